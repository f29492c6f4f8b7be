import { createContext, useContext, useState, type ReactNode } from 'react';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { getSessionUser } from '../session';

/** Lets the user menu and the dashboard open the one change-password dialog. */
const AccountContext = createContext<{ openChangePassword: () => void }>({ openChangePassword: () => undefined });

export const AccountProvider = ({ children }: { children: ReactNode }) => {
  // The API answers nothing else until a password set by someone else is changed: ask at once.
  const [open, setOpen] = useState(() => Boolean(getSessionUser()?.mustChangePassword));
  return (
    <AccountContext.Provider value={{ openChangePassword: () => setOpen(true) }}>
      {children}
      <ChangePasswordDialog open={open} onClose={() => setOpen(false)} />
    </AccountContext.Provider>
  );
};

export const useAccount = () => useContext(AccountContext);

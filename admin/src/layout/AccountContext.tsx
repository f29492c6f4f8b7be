import { createContext, useContext, useState, type ReactNode } from 'react';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** Lets the user menu and the dashboard open the one change-password dialog. */
const AccountContext = createContext<{ openChangePassword: () => void }>({ openChangePassword: () => undefined });

export const AccountProvider = ({ children }: { children: ReactNode }) => {
  const [open, setOpen] = useState(false);
  return (
    <AccountContext.Provider value={{ openChangePassword: () => setOpen(true) }}>
      {children}
      <ChangePasswordDialog open={open} onClose={() => setOpen(false)} />
    </AccountContext.Provider>
  );
};

export const useAccount = () => useContext(AccountContext);

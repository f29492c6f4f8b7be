import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AccountProvider } from './AccountContext';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

export const Layout = ({ children }: { children: ReactNode }) => (
  <AccountProvider>
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  </AccountProvider>
);

export default Layout;

import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AccountProvider } from './AccountContext';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * Pages never grow wider than the screen: a wide table scrolls inside its card, so on a phone the
 * page's toolbar (编辑, 增员, …) and tabs stay in view instead of sliding off to the right.
 */
const fitScreen = {
  minWidth: { xs: 0, md: 'fit-content' },
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar': { minWidth: 0 },
  '& .RaLayout-content, & .RaShow-main, & .RaEdit-main, & .RaList-main': { minWidth: 0 },
  '& .RaShow-card, & .RaEdit-card': { minWidth: 0, overflowX: 'auto' },
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <AccountProvider>
    <RaLayout appBar={AppBar} menu={Menu} sx={fitScreen}>
      {children}
    </RaLayout>
  </AccountProvider>
);

export default Layout;

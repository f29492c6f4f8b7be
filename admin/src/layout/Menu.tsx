import { Menu as RaMenu } from 'react-admin';

/**
 * Dashboard first, then one entry per resource; react-admin hides the resources that
 * `authProvider.canAccess({ resource, action: 'list' })` refuses.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="app.menu.dashboard" />
    <RaMenu.ResourceItems />
  </RaMenu>
);

export default Menu;

import { Admin, Resource } from 'react-admin';
import apiTokens from './apiTokens';
import auditEntries from './auditEntries';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import divisions from './divisions';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout, LoginPage } from './layout';
import { theme } from './layout/theme';
import users from './users';

export const App = () => (
  <Admin
    title="防返贫监测帮扶平台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    layout={Layout}
    loginPage={LoginPage}
    theme={theme}
    requireAuth
    disableTelemetry
  >
    <Resource name="users" {...users} />
    <Resource name="divisions" {...divisions} />
    <Resource name="apiTokens" {...apiTokens} />
    <Resource name="auditEntries" {...auditEntries} />
  </Admin>
);

export default App;

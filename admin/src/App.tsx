import { CasePrintRoute, HouseholdPrintRoute } from './print';
import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import apiTokens from './apiTokens';
import { assistanceResources } from './assistance';
import assets from './assets';
import collectiveIncome from './collectiveIncome';
import auditEntries from './auditEntries';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import departmentBatches from './departmentBatches';
import departmentWarnings from './departmentWarnings';
import divisions from './divisions';
import households, { HouseholdImport } from './households';
import { insuranceClaims, insurancePolicies, insuranceSummary } from './insurance';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout, LoginPage } from './layout';
import { theme } from './layout/theme';
import monitoringCases from './monitoringCases';
import { insurerClaims } from './partner';
import policies from './policies';
import selfReports, { SelfReportPage } from './selfReports';
import supervision from './supervision';
import users from './users';

// The router react-admin itself uses (react-router is not a direct dependency of the console).
const { Route } = reactRouterProvider;

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
    {/* #/self-report: 农户自主申报, public (no sign-in, outside the layout). */}
    <CustomRoutes noLayout>
      <Route path="/self-report" element={<SelfReportPage />} />
    </CustomRoutes>
    <Resource name="households" {...households}>
      {/* #/households/import: a static segment, so it wins over the edit route `:id`. */}
      <Route path="import" element={<HouseholdImport />} />
      <Route path=":id/print" element={<HouseholdPrintRoute />} />
    </Resource>
    <Resource name="monitoringCases" {...monitoringCases}>
      <Route path=":id/print" element={<CasePrintRoute />} />
    </Resource>
    <Resource name="visits" {...assistanceResources.visits} />
    <Resource name="myHouseholds" {...assistanceResources.myHouseholds} />
    <Resource name="assistanceGaps" {...assistanceResources.assistanceGaps} />
    <Resource name="contactPeople" {...assistanceResources.contactPeople} />
    <Resource name="measureKinds" {...assistanceResources.measureKinds} />
    <Resource name="selfReports" {...selfReports} />
    <Resource name="departmentWarnings" {...departmentWarnings} />
    <Resource name="departmentBatches" {...departmentBatches} />
    <Resource name="supervision" {...supervision} />
    <Resource name="assets" {...assets} />
    <Resource name="collectiveIncome" {...collectiveIncome} />
    <Resource name="policies" {...policies} />
    <Resource name="insurerClaims" {...insurerClaims} />
    <Resource name="insuranceClaims" {...insuranceClaims} />
    <Resource name="insurancePolicies" {...insurancePolicies} />
    <Resource name="insuranceSummary" {...insuranceSummary} />
    <Resource name="users" {...users} />
    <Resource name="divisions" {...divisions} />
    <Resource name="apiTokens" {...apiTokens} />
    <Resource name="auditEntries" {...auditEntries} />
  </Admin>
);

export default App;

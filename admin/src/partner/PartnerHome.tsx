import type { Role } from '../gql/graphql';
import { PartnerStatistics } from './dashboard/PartnerStatistics';
import { InsurerPage } from './insurer/InsurerPage';

/** A partner's home is its work: the insurer's 防贫保 page, the dashboard account's statistics. */
export const PartnerHome = ({ roles }: { roles: readonly Role[] }) => (
  <>
    {roles.includes('INSURER') && <InsurerPage />}
    {roles.includes('DASHBOARD') && <PartnerStatistics />}
  </>
);

export default PartnerHome;

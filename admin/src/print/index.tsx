import { useParams } from 'react-admin';
import { CasePrint } from './CasePrint';
import { HouseholdPrint } from './HouseholdPrint';

/** #/households/:id/print */
export const HouseholdPrintRoute = () => {
  const { id } = useParams<{ id: string }>();
  return id ? <HouseholdPrint id={id} /> : null;
};

/** #/monitoringCases/:id/print */
export const CasePrintRoute = () => {
  const { id } = useParams<{ id: string }>();
  return id ? <CasePrint id={id} /> : null;
};

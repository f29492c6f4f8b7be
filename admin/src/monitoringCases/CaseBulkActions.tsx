import { useDataProvider, usePermissions } from 'react-admin';
import { Button } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { CaseAction } from '../gql/graphql';
import type { CaseRecord, ConsoleDataProvider } from '../dataProvider';
import { useBulkRun } from '../common/bulk';
import { CASE_ACTION_LABELS } from '../labels';

/** Steps offered for many cases at once, and the permission that makes the button worth showing. */
const BULK_STEPS: Array<{ action: CaseAction; permission: string; icon: React.ReactElement }> = [
  { action: 'START_SURVEY', permission: 'MONITORING_PROPOSE', icon: <PlayArrowIcon /> },
  { action: 'APPROVE_TOWNSHIP', permission: 'MONITORING_REVIEW_TOWNSHIP', icon: <DoneAllIcon /> },
];

type Row = CaseRecord & { household?: { householdNumber?: string; head?: { name?: string } | null } | null };

/**
 * 批量开始入户调查 / 批量乡镇审核通过: `actOnCase` per selected case with the version the list read.
 * Whether each step is allowed stays with the API (state, level, permission); refusals are listed.
 */
export const CaseBulkActions = () => {
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { running, run, report } = useBulkRun<Row>('monitoringCases');
  const label = (record: Row) => `${record.household?.householdNumber ?? ''} ${record.household?.head?.name ?? ''}`.trim();
  return (
    <>
      {BULK_STEPS.filter((step) => permissions?.includes(step.permission)).map((step) => (
        // MUI's Button, not react-admin's: that one drops its label for an icon on phones, and two bare icons say nothing.
        <Button
          key={step.action}
          size="small"
          startIcon={step.icon}
          disabled={running}
          data-testid={`bulk-${step.action}`}
          onClick={() => run((record) => dataProvider.actOnCase(record, step.action), label)}
        >
          {`批量${CASE_ACTION_LABELS[step.action]}`}
        </Button>
      ))}
      {report}
    </>
  );
};

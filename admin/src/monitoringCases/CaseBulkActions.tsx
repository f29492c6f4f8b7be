import { useState } from 'react';
import { useDataProvider, usePermissions } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
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
 * 批量开始入户调查 / 批量乡镇审核通过: after a confirmation that names the step and the number of
 * cases (with an optional note recorded on each), `actOnCase` per selected case with the version
 * the list read. Whether each step is allowed stays with the API (state, level, permission);
 * refusals are listed.
 */
export const CaseBulkActions = () => {
  const { permissions } = usePermissions<string[]>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { selected, running, run, report } = useBulkRun<Row>('monitoringCases');
  const [asking, setAsking] = useState<CaseAction | null>(null);
  const [note, setNote] = useState('');
  const label = (record: Row) =>
    `${record.household?.householdNumber ?? ''} ${record.household?.head?.name ?? ''}`.trim();
  const confirm = () => {
    const action = asking!;
    setAsking(null);
    void run((record) => dataProvider.actOnCase(record, action, { note }), label);
  };
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
          onClick={() => {
            setNote('');
            setAsking(step.action);
          }}
        >
          {`批量${CASE_ACTION_LABELS[step.action]}`}
        </Button>
      ))}
      <Dialog open={asking !== null} onClose={() => setAsking(null)} maxWidth="xs" fullWidth data-testid="bulk-confirm">
        <DialogTitle>{asking && `批量${CASE_ACTION_LABELS[asking]}`}</DialogTitle>
        <DialogContent>
          <DialogContentText data-testid="bulk-confirm-count">
            {asking && `将对所选 ${selected.length} 件案卷办理「${CASE_ACTION_LABELS[asking]}」，每件由系统逐一核验。`}
          </DialogContentText>
          <TextField
            label="备注（可选）"
            helperText="记入每件案卷的办理记录"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            fullWidth
            multiline
            minRows={2}
            sx={{ mt: 2 }}
            name="bulkNote"
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>取消</Button>
          <Button
            variant="contained"
            onClick={confirm}
            data-testid="bulk-confirm-ok"
          >{`确认办理（${selected.length} 件）`}</Button>
        </DialogActions>
      </Dialog>
      {report}
    </>
  );
};

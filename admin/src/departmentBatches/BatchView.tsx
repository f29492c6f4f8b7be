import { useDataProvider, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Chip,
  CircularProgress,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import type { BatchStatus } from '../gql/graphql';
import type { ConsoleDataProvider, DepartmentBatchRecord } from '../dataProvider';
import { formatDateTime } from '../format';
import { BATCH_STATUS_LABELS, DEPARTMENT_LABELS } from '../labels';
import { usePolledJob } from '../common/usePolledJob';

export const BATCH_STATUS_COLORS: Record<BatchStatus, ChipProps['color']> = {
  RUNNING: 'primary',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

/** Re-reads a running batch every second until it finishes; `setBatch` takes the first one. */
export function usePolledBatch(initial: DepartmentBatchRecord | null = null) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const {
    job: batch,
    setJob: setBatch,
    running,
  } = usePolledJob(
    (id) => dataProvider.departmentBatch(id),
    (b) => b.status === 'RUNNING',
    initial,
  );
  return { batch, setBatch, running };
}

/** A two-column table (序号 + one value) of invalid rows or unmatched ID numbers. */
const ListTable = ({
  title,
  items,
  header,
  testId,
  mono,
}: {
  title: string;
  items: readonly string[];
  header: string;
  testId: string;
  mono?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle2" gutterBottom>
        {title}
      </Typography>
      <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader data-testid={testId}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 80 }}>{translate('app.department_import.row_no')}</TableCell>
              <TableCell>{header}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item, index) => (
              <TableRow key={`${index}-${item}`}>
                <TableCell>{index + 1}</TableCell>
                <TableCell sx={mono ? { fontFamily: 'monospace' } : undefined}>{item}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};

/** Status, progress bar, counts, message, invalid rows and unmatched ID numbers of one batch. */
export const BatchView = ({ batch }: { batch: DepartmentBatchRecord }) => {
  const translate = useTranslate();
  const finished = batch.status !== 'RUNNING';
  const percent = batch.total > 0 ? Math.min(100, (batch.processed / batch.total) * 100) : finished ? 100 : 0;
  const indeterminate = !finished && batch.total === 0;
  const counts: Array<[string, number, string]> = [
    ['resources.departmentBatches.fields.total', batch.total, 'total'],
    ['resources.departmentBatches.fields.matched', batch.matched, 'matched'],
    ['resources.departmentBatches.fields.warnings', batch.warnings, 'warnings'],
    ['resources.departmentBatches.fields.unmatchedCount', batch.unmatchedCount, 'unmatched'],
    ['app.department_import.invalid_count', batch.invalid.length, 'invalid'],
  ];
  return (
    <Stack spacing={2} data-testid="department-batch">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('app.department_import.status')}
        </Typography>
        <Chip
          label={BATCH_STATUS_LABELS[batch.status]}
          color={BATCH_STATUS_COLORS[batch.status]}
          size="small"
          data-testid="department-status"
          data-status={batch.status}
          icon={finished ? undefined : <CircularProgress size={12} color="inherit" />}
        />
        <Typography variant="body2">
          {DEPARTMENT_LABELS[batch.department]} · {batch.submittedByName ?? batch.submittedBy} ·{' '}
          {formatDateTime(batch.createdAt)}
        </Typography>
      </Stack>
      <Box>
        <LinearProgress
          variant={indeterminate ? 'indeterminate' : 'determinate'}
          value={percent}
          color={batch.status === 'FAILED' ? 'error' : batch.status === 'SUCCEEDED' ? 'success' : 'primary'}
          sx={{ height: 10, borderRadius: 5 }}
          data-testid="department-progress"
          aria-valuenow={Math.round(percent)}
        />
        <Typography variant="caption" color="text.secondary" data-testid="department-progress-text">
          {translate('app.department_import.progress', { processed: batch.processed, total: batch.total })}
          {batch.total > 0 ? `（${Math.round(percent)}%）` : ''}
        </Typography>
      </Box>
      <Stack direction="row" spacing={4} data-testid="department-counts" sx={{ flexWrap: 'wrap' }}>
        {counts.map(([label, value, key]) => (
          <Box key={key} data-count={key}>
            <Typography variant="caption" color="text.secondary">
              {translate(label)}
            </Typography>
            <Typography variant="h6" color={key === 'warnings' && value > 0 ? 'warning.main' : undefined}>
              {value.toLocaleString('zh-CN')}
            </Typography>
          </Box>
        ))}
      </Stack>
      {(finished || batch.message) && (
        <Alert
          severity={
            batch.status === 'FAILED'
              ? 'error'
              : batch.status === 'RUNNING'
                ? 'info'
                : batch.invalid.length || batch.unmatchedCount
                  ? 'warning'
                  : 'success'
          }
          data-testid="department-message"
        >
          {batch.message ?? BATCH_STATUS_LABELS[batch.status]}
        </Alert>
      )}
      {batch.invalid.length > 0 && (
        <ListTable
          title={translate('app.department_import.invalid', { count: batch.invalid.length })}
          items={batch.invalid}
          header={translate('app.department_import.reason')}
          testId="department-invalid"
        />
      )}
      {batch.unmatched.length > 0 && (
        <ListTable
          title={
            translate('app.department_import.unmatched', { count: batch.unmatchedCount }) +
            (batch.unmatchedCount > batch.unmatched.length
              ? `（${translate('app.department_import.unmatched_truncated', { shown: batch.unmatched.length })}）`
              : '')
          }
          items={batch.unmatched}
          header={translate('app.department_import.id_number')}
          testId="department-unmatched"
          mono
        />
      )}
    </Stack>
  );
};

import { useState, type ReactNode } from 'react';
import {
  LinkBase,
  RecordContextProvider,
  useCreatePath,
  useListContext,
  useNotify,
  useRefresh,
  useResourceContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import {
  Box,
  Button,
  Card,
  CardActionArea,
  CardContent,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { errorMessage } from '../format';

export interface BulkFailure {
  label: string;
  message: string;
}

/**
 * Runs one existing mutation per selected row, one after another (each its own request and so its
 * own transaction; the API decides for each row whether the actor may), then reports how many were
 * done and, for each row refused, the API's reason.
 */
export function useBulkRun<T extends { id: string }>(resource: string) {
  const { data, selectedIds } = useListContext<T>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [running, setRunning] = useState(false);
  const [failures, setFailures] = useState<BulkFailure[] | null>(null);
  const selected = (data ?? []).filter((record) => selectedIds.includes(record.id));

  const run = async (each: (record: T) => Promise<unknown>, label: (record: T) => string) => {
    setRunning(true);
    const failed: BulkFailure[] = [];
    let done = 0;
    for (const record of selected) {
      try {
        await each(record);
        done += 1;
      } catch (error) {
        failed.push({ label: label(record), message: errorMessage(error) });
      }
    }
    setRunning(false);
    notify('app.bulk.summary', {
      type: failed.length ? 'warning' : 'success',
      messageArgs: { done, failed: failed.length },
    });
    if (failed.length) setFailures(failed);
    else unselectAll();
    refresh();
  };

  const report = (
    <BulkReport
      failures={failures}
      onClose={() => {
        setFailures(null);
        unselectAll();
      }}
    />
  );
  return { selected, running, run, report };
}

const BulkReport = ({ failures, onClose }: { failures: BulkFailure[] | null; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={!!failures} onClose={onClose} maxWidth="sm" fullWidth data-testid="bulk-report">
      <DialogTitle>{translate('app.bulk.report_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary">
          {translate('app.bulk.report_help')}
        </Typography>
        <List dense>
          {failures?.map((failure, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText primary={failure.label} secondary={failure.message} />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};

/**
 * A list as cards for phones, with the selection and bulk actions the desktop table has: a checkbox
 * on each selectable card (react-admin's list selection, so the same bulk buttons work), and above
 * the cards a bar to select the page and, once something is selected, the bulk actions.
 */
export function SelectableCards<T extends { id: string }>({
  bulkActions,
  isSelectable,
  primary,
  secondary,
  tertiary,
  footer,
  linkToShow = true,
  testId,
}: {
  bulkActions: ReactNode;
  isSelectable?: (record: T) => boolean;
  primary: (record: T) => ReactNode;
  secondary?: (record: T) => ReactNode;
  tertiary?: (record: T) => ReactNode;
  /** Per-record actions under the card's text (rendered in the record's context). */
  footer?: ReactNode;
  linkToShow?: boolean;
  testId: string;
}) {
  const { data, isPending, selectedIds, onToggleItem, onSelect, onUnselectItems } = useListContext<T>();
  const translate = useTranslate();
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const records = data ?? [];
  const selectable = records.filter((record) => !isSelectable || isSelectable(record));
  const onPage = selectable.filter((record) => selectedIds.includes(record.id)).length;
  const allOnPage = selectable.length > 0 && onPage === selectable.length;
  if (isPending) return <LinearProgress sx={{ m: 2 }} />;
  if (!records.length)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid={testId}>
        {translate('ra.navigation.no_filtered_results', {
          name: translate(`resources.${resource}.name`, { smart_count: 2, _: '' }),
        })}
      </Typography>
    );
  return (
    <Box data-testid={testId}>
      <Box
        data-testid="phone-bulk-bar"
        sx={{
          display: 'flex',
          alignItems: 'center',
          flexWrap: 'wrap',
          gap: 0.5,
          px: 1,
          py: 0.5,
          bgcolor: selectedIds.length ? 'action.selected' : undefined,
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Checkbox
          checked={allOnPage}
          indeterminate={onPage > 0 && !allOnPage}
          disabled={!selectable.length}
          onChange={() => (allOnPage ? onUnselectItems() : onSelect(selectable.map((record) => record.id)))}
          slotProps={{ input: { 'aria-label': translate('app.bulk.select_page') } }}
          data-testid="phone-select-page"
        />
        <Typography variant="body2" sx={{ mr: 'auto' }}>
          {selectedIds.length
            ? translate('app.bulk.selected', { count: selectedIds.length })
            : translate('app.bulk.select_page')}
        </Typography>
        {selectedIds.length > 0 && (
          <>
            <Button size="small" onClick={() => onUnselectItems()}>
              {translate('app.bulk.unselect')}
            </Button>
            {/* Full-width row so the labelled buttons wrap instead of widening the page. */}
            <Stack direction="row" sx={{ flexBasis: '100%', flexWrap: 'wrap', gap: 0.5 }}>
              {bulkActions}
            </Stack>
          </>
        )}
      </Box>
      <Stack spacing={1} sx={{ p: 1 }}>
        {records.map((record) => {
          const canSelect = !isSelectable || isSelectable(record);
          const text = (
            <CardContent sx={{ py: 1, '&:last-child': { pb: 1 }, minWidth: 0 }}>
              <Typography variant="body1">{primary(record)}</Typography>
              {secondary && (
                <Typography variant="body2" color="text.secondary">
                  {secondary(record)}
                </Typography>
              )}
              {tertiary && (
                <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                  {tertiary(record)}
                </Typography>
              )}
            </CardContent>
          );
          return (
            <RecordContextProvider key={record.id} value={record}>
              <Card
                variant="outlined"
                data-testid={`${testId}-item`}
                sx={{ display: 'flex', alignItems: 'flex-start' }}
              >
                {canSelect && (
                  <Checkbox
                    checked={selectedIds.includes(record.id)}
                    onChange={() => onToggleItem(record.id)}
                    slotProps={{ input: { 'aria-label': translate('app.bulk.select_one') } }}
                    sx={{ mt: 0.5 }}
                    data-testid="phone-select-item"
                  />
                )}
                <Box sx={{ flex: 1, minWidth: 0, pl: canSelect ? 0 : 1 }}>
                  {linkToShow && resource ? (
                    <CardActionArea component={LinkBase} to={createPath({ resource, type: 'show', id: record.id })}>
                      {text}
                    </CardActionArea>
                  ) : (
                    text
                  )}
                  {footer && <Box sx={{ px: 1, pb: 1 }}>{footer}</Box>}
                </Box>
              </Card>
            </RecordContextProvider>
          );
        })}
      </Stack>
    </Box>
  );
}

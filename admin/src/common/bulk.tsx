import { useState } from 'react';
import { useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
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
    notify('app.bulk.summary', { type: failed.length ? 'warning' : 'success', messageArgs: { done, failed: failed.length } });
    if (failed.length) setFailures(failed);
    else unselectAll();
    refresh();
  };

  const report = (
    <BulkReport failures={failures} onClose={() => { setFailures(null); unselectAll(); }} />
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

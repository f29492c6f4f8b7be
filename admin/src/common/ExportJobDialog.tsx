import { useEffect, useRef } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import type { ConsoleDataProvider, ExportJobRecord } from '../dataProvider';
import { errorMessage } from '../format';
import { EXPORT_KIND_LABELS } from '../gql/enum-labels';
import { usePolledJob } from './usePolledJob';

const RUNNING = ['QUEUED', 'RUNNING'];

/** Follows a signed link (same origin, plain HTTP): the browser saves the file under the server's name. */
export function followDownload(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * An export job from start to file: progress while the server writes it, then the download
 * (started once, automatically; the button fetches a fresh link if the browser blocked it).
 */
export const ExportJobDialog = ({ initial, onClose }: { initial: ExportJobRecord; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { job } = usePolledJob(
    (id) => dataProvider.exportJob(id),
    (j: ExportJobRecord) => RUNNING.includes(j.status),
    initial,
  );
  const downloaded = useRef(false);
  const current = job ?? initial;

  const download = async () => {
    try {
      followDownload(await dataProvider.exportDownloadLink(current.id));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };

  useEffect(() => {
    if (current.status !== 'SUCCEEDED' || downloaded.current) return;
    downloaded.current = true;
    void download();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the status turns SUCCEEDED
  }, [current.status]);

  const running = RUNNING.includes(current.status);
  const percent = current.totalRows > 0 ? Math.min(100, (current.processedRows / current.totalRows) * 100) : 0;
  const hours = current.expiresAt
    ? Math.max(1, Math.round((new Date(current.expiresAt).getTime() - Date.now()) / 3600_000))
    : 0;
  return (
    <Dialog open onClose={running ? undefined : onClose} fullWidth maxWidth="sm" data-testid="export-dialog">
      <DialogTitle>{translate('app.exports.title', { kind: EXPORT_KIND_LABELS[current.kind] })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          {current.filename}
        </Typography>
        <LinearProgress
          variant={running && current.processedRows === 0 ? 'indeterminate' : 'determinate'}
          value={current.status === 'SUCCEEDED' ? 100 : percent}
          color={current.status === 'FAILED' ? 'error' : current.status === 'SUCCEEDED' ? 'success' : 'primary'}
          sx={{ height: 10, borderRadius: 5, my: 1 }}
          data-testid="export-progress"
          data-status={current.status}
        />
        <Typography variant="caption" color="text.secondary">
          {translate('app.exports.progress', { processed: current.processedRows, total: current.totalRows })}
        </Typography>
        {current.status === 'SUCCEEDED' && (
          <Alert severity="success" sx={{ mt: 2 }} data-testid="export-ready">
            {current.message}
            <Box component="span" sx={{ display: 'block' }}>
              {translate('app.exports.ready', { size: megabytes(current.byteSize), hours })}
            </Box>
          </Alert>
        )}
        {current.status === 'FAILED' && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {current.message}
          </Alert>
        )}
        {current.masked && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('app.exports.masked')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        {current.status === 'SUCCEEDED' && (
          <Button startIcon={<DownloadIcon />} onClick={download} data-testid="export-download">
            {translate('app.exports.download')}
          </Button>
        )}
        <Button onClick={onClose} disabled={running}>
          {translate('app.exports.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

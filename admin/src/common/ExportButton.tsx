import { useState, type ReactElement } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Button, CircularProgress } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import type { ExportJobRecord } from '../dataProvider';
import { errorMessage } from '../format';
import { ExportJobDialog } from './ExportJobDialog';

/**
 * Starts an export job (a list's filter, its ticked rows, or a page's figures) and follows it in
 * the export dialog to the download. Every export in the console is this button.
 */
export const ExportButton = ({
  start,
  label = 'app.exports.export',
  testId,
  icon = <DownloadIcon />,
}: {
  start: () => Promise<ExportJobRecord>;
  label?: string;
  testId: string;
  icon?: ReactElement;
}) => {
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<ExportJobRecord | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      setJob(await start());
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {/* MUI's Button keeps its label on a phone (react-admin's shows only the icon there). */}
      <Button
        size="small"
        startIcon={busy ? <CircularProgress size={16} /> : icon}
        onClick={run}
        disabled={busy || job !== null}
        data-testid={testId}
      >
        {translate(busy ? 'app.exports.exporting' : label)}
      </Button>
      {job && <ExportJobDialog initial={job} onClose={() => setJob(null)} />}
    </>
  );
};

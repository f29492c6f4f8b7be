import { useRef, useState } from 'react';
import { Title, useCanAccess, useDataProvider, useNotify, useTranslate, Link } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControl,
  FormLabel,
  Radio,
  RadioGroup,
  CircularProgress,
  FormControlLabel,
  FormHelperText,
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
import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import type { ImportMode, ImportStatus } from '../gql/graphql';
import { followDownload } from '../common/ExportJobDialog';
import type { ConsoleDataProvider, ImportJobRecord } from '../dataProvider';
import { downloadExcel, errorMessage, fileToBase64 } from '../format';
import { IMPORT_STATUS_LABELS } from '../labels';
import { XlsxFilePicker } from '../common/XlsxFilePicker';
import { usePolledJob } from '../common/usePolledJob';

const MAX_MB = 15;
const FINISHED: ImportStatus[] = ['SUCCEEDED', 'FAILED'];
/** Polling stops here too: a preview waits for the person to confirm. */
const SETTLED: ImportStatus[] = [...FINISHED, 'PREVIEW'];
const STATUS_COLORS: Record<ImportStatus, ChipProps['color']> = {
  QUEUED: 'default',
  VALIDATING: 'info',
  PREVIEW: 'warning',
  IMPORTING: 'primary',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

/** Status, progress bar, result and the error table of one import job. */
const ImportJobView = ({
  job,
  onApply,
  applying,
}: {
  job: ImportJobRecord;
  onApply: () => void;
  applying: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const downloadErrors = async () => {
    try {
      followDownload(await dataProvider.importErrorsDownloadLink(job.id));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  const finished = FINISHED.includes(job.status);
  const percent = job.totalRows > 0 ? Math.min(100, (job.processedRows / job.totalRows) * 100) : finished ? 100 : 0;
  const indeterminate = !finished && job.totalRows === 0;
  return (
    <Stack spacing={2} data-testid="import-job">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('app.import.status')}
        </Typography>
        <Chip
          label={IMPORT_STATUS_LABELS[job.status]}
          color={STATUS_COLORS[job.status]}
          size="small"
          data-testid="import-status"
          data-status={job.status}
          icon={SETTLED.includes(job.status) ? undefined : <CircularProgress size={12} color="inherit" />}
        />
        <Typography variant="body2">{job.filename}</Typography>
      </Stack>
      <Box>
        <LinearProgress
          variant={indeterminate ? 'indeterminate' : 'determinate'}
          value={percent}
          color={job.status === 'FAILED' ? 'error' : job.status === 'SUCCEEDED' ? 'success' : 'primary'}
          sx={{ height: 10, borderRadius: 5 }}
          data-testid="import-progress"
          aria-valuenow={Math.round(percent)}
        />
        <Typography variant="caption" color="text.secondary" data-testid="import-progress-text">
          {translate('app.import.progress', { processed: job.processedRows, total: job.totalRows })}
          {job.totalRows > 0 ? `（${Math.round(percent)}%）` : ''}
        </Typography>
      </Box>
      {(finished || job.status === 'PREVIEW') && (
        // The job's own summary only: it already says how many were imported or updated.
        <Alert
          severity={
            job.status === 'FAILED' ? 'error' : job.status === 'PREVIEW' || job.errorCount ? 'warning' : 'success'
          }
          data-testid="import-message"
        >
          {job.message ?? IMPORT_STATUS_LABELS[job.status]}
        </Alert>
      )}
      {job.mode === 'UPDATE' && job.changes.length > 0 && (
        <Box>
          <Typography variant="subtitle2" gutterBottom>
            {translate(job.status === 'SUCCEEDED' ? 'app.import.applied_title' : 'app.import.preview_title', {
              count: job.changeCount,
            })}
          </Typography>
          <TableContainer sx={{ maxHeight: 480, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" stickyHeader data-testid="import-changes">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 70 }}>{translate('app.import.row')}</TableCell>
                  <TableCell>{translate('app.import.household_number')}</TableCell>
                  <TableCell>{translate('app.import.member')}</TableCell>
                  <TableCell>{translate('app.import.column')}</TableCell>
                  <TableCell>{translate('app.import.before')}</TableCell>
                  <TableCell>{translate('app.import.after')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {job.changes.map((change, index) => (
                  <TableRow key={`${change.row}-${change.column}-${index}`}>
                    <TableCell>{change.row}</TableCell>
                    <TableCell>{change.householdNumber}</TableCell>
                    <TableCell>{change.memberName ?? '（户信息）'}</TableCell>
                    <TableCell>{change.column}</TableCell>
                    <TableCell sx={{ color: 'text.secondary' }}>{change.before || '（空）'}</TableCell>
                    <TableCell sx={{ fontWeight: 600 }}>{change.after || '（空）'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {job.status === 'PREVIEW' && (
            <Button
              variant="contained"
              sx={{ mt: 2 }}
              onClick={onApply}
              disabled={applying}
              startIcon={applying ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />}
              data-testid="apply-import"
            >
              {translate(applying ? 'app.import.applying' : 'app.import.apply')}
            </Button>
          )}
        </Box>
      )}
      {job.errors.length > 0 && (
        <Box>
          <Typography variant="subtitle2" gutterBottom>
            {translate('app.import.errors', { count: job.errorCount })}
            <Button
              size="small"
              startIcon={<DownloadIcon />}
              onClick={downloadErrors}
              sx={{ ml: 1 }}
              data-testid="download-errors"
            >
              {translate('app.import.download_errors')}
            </Button>
            {job.errorCount > job.errors.length && (
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {translate('app.import.errors_truncated', { shown: job.errors.length })}
              </Typography>
            )}
          </Typography>
          <TableContainer sx={{ maxHeight: 480, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" stickyHeader data-testid="import-errors">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 80 }}>{translate('app.import.row')}</TableCell>
                  <TableCell sx={{ width: 160 }}>{translate('app.import.column')}</TableCell>
                  <TableCell>{translate('app.import.reason')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {job.errors.map((error, index) => (
                  <TableRow key={`${error.row}-${error.column}-${index}`}>
                    <TableCell>{error.row === 0 ? translate('app.import.whole_file') : error.row}</TableCell>
                    <TableCell>{error.column || '—'}</TableCell>
                    <TableCell>{error.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Box>
      )}
    </Stack>
  );
};

/** 导入农户 (`#/households/import`): template, file, 仅导入无误的农户, then the job's progress every second. */
export const HouseholdImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending } = useCanAccess({ resource: 'households', action: 'import' });
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [mode, setMode] = useState<ImportMode>('CREATE');
  const [applying, setApplying] = useState(false);
  const [starting, setStarting] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const { job, setJob, running } = usePolledJob(
    (id) => dataProvider.importJob(id),
    (j: ImportJobRecord) => !SETTLED.includes(j.status),
  );
  const [fileError, setFileError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate('app.import.title')} />
        <Alert severity="error">{translate('ra.message.access_denied')}</Alert>
      </Box>
    );
  }

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      downloadExcel(await dataProvider.householdImportTemplate());
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };

  const pick = (picked: File | null) => {
    setFileError(null);
    if (picked && !/\.xlsx$/i.test(picked.name)) {
      setFileError(translate('app.import.not_xlsx'));
      setFile(null);
      return;
    }
    if (picked && picked.size > MAX_MB * 1024 * 1024) {
      setFileError(translate('app.import.file_too_large', { size: MAX_MB }));
      setFile(null);
      return;
    }
    setFile(picked);
  };

  const start = async () => {
    if (!file) return;
    setStarting(true);
    setJob(null);
    try {
      const content = await fileToBase64(file);
      setJob(await dataProvider.importHouseholds(content, file.name, validOnly, mode));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setStarting(false);
    }
  };

  const apply = async () => {
    if (!job) return;
    setApplying(true);
    try {
      setJob(await dataProvider.applyImportJob(job.id));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setApplying(false);
    }
  };

  const reset = () => {
    setJob(null);
    setFile(null);
    if (input.current) input.current.value = '';
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title={translate('app.import.title')} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('app.import.intro')}
            </Typography>
            <Box>
              <Button
                variant="outlined"
                startIcon={downloading ? <CircularProgress size={16} /> : <DownloadIcon />}
                onClick={downloadTemplate}
                disabled={downloading}
                data-testid="download-template"
              >
                {translate('app.import.download_template')}
              </Button>
            </Box>
            <XlsxFilePicker
              file={file}
              error={fileError}
              disabled={starting || running}
              onPick={pick}
              chooseLabel={translate('app.import.choose_file')}
              emptyLabel={translate('app.import.no_file')}
              testId="import-file"
              inputRef={input}
            />
            <FormControl disabled={starting || running}>
              <FormLabel id="import-mode">{translate('app.import.mode')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="import-mode"
                value={mode}
                onChange={(event) => setMode(event.target.value as ImportMode)}
              >
                <FormControlLabel
                  value="CREATE"
                  control={<Radio />}
                  label={translate('app.import.mode_create')}
                  data-testid="mode-create"
                />
                <FormControlLabel
                  value="UPDATE"
                  control={<Radio />}
                  label={translate('app.import.mode_update')}
                  data-testid="mode-update"
                />
              </RadioGroup>
              <FormHelperText sx={{ mt: 0 }}>{translate('app.import.mode_help')}</FormHelperText>
            </FormControl>
            <Box>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={validOnly}
                    onChange={(event) => setValidOnly(event.target.checked)}
                    name="validOnly"
                    disabled={starting || running}
                  />
                }
                label={translate('app.import.valid_only')}
              />
              <FormHelperText sx={{ mt: 0 }}>{translate('app.import.valid_only_help')}</FormHelperText>
            </Box>
            <Stack direction="row" spacing={2}>
              <Button
                variant="contained"
                startIcon={starting ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />}
                onClick={start}
                disabled={!file || starting || running}
                data-testid="start-import"
              >
                {translate(starting ? 'app.import.starting' : 'app.import.start')}
              </Button>
              {job && !running && (
                <Button onClick={reset} data-testid="import-again">
                  {translate('app.import.again')}
                </Button>
              )}
              <Box sx={{ flex: 1 }} />
              <Link to="/households" sx={{ alignSelf: 'center' }}>
                {translate('app.import.back')}
              </Link>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {job && (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <ImportJobView job={job} onApply={apply} applying={applying} />
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

export default HouseholdImport;

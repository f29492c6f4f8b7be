import { useRef, useState } from 'react';
import { Link, Title, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import type { ConsoleDataProvider } from '../dataProvider';
import { errorMessage, fileToBase64 } from '../format';
import { DEPARTMENT_RECORD_KIND_LABELS } from '../labels';
import { BatchView, usePolledBatch } from './BatchView';
import { XlsxFilePicker } from '../common/XlsxFilePicker';

const MAX_MB = 15;

/** What goes in each column of the department's .xlsx. */
const ColumnHelp = () => {
  const translate = useTranslate();
  const kinds = Object.values(DEPARTMENT_RECORD_KIND_LABELS).join('、');
  return (
    <Alert severity="info" icon={false} data-testid="department-columns">
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {translate('app.department_import.columns_title')}
        <Box component="strong" sx={{ ml: 0.5 }}>
          {translate('app.department_import.columns')}
        </Box>
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, typography: 'body2' }}>
        <li>{translate('app.department_import.column_help_id')}</li>
        <li>{translate('app.department_import.column_help_kind', { kinds })}</li>
        <li>{translate('app.department_import.column_help_amount')}</li>
        <li>{translate('app.department_import.column_help_grade')}</li>
        <li>{translate('app.department_import.column_help_date')}</li>
      </Box>
    </Alert>
  );
};

/** 部门数据报送 (`#/departmentBatches/create`): explanation, file, 开始报送, then the batch's progress every second. */
export const DepartmentImport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending } = useCanAccess({ resource: 'departmentBatches', action: 'create' });
  const [file, setFile] = useState<File | null>(null);
  const [starting, setStarting] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const { batch, setBatch, running } = usePolledBatch();
  const input = useRef<HTMLInputElement>(null);

  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title={translate('app.department_import.title')} />
        <Alert severity="error">{translate('ra.message.access_denied')}</Alert>
      </Box>
    );
  }

  const pick = (picked: File | null) => {
    setFileError(null);
    if (picked && !/\.xlsx$/i.test(picked.name)) {
      setFileError(translate('app.department_import.not_xlsx'));
      setFile(null);
      return;
    }
    if (picked && picked.size > MAX_MB * 1024 * 1024) {
      setFileError(translate('app.department_import.file_too_large', { size: MAX_MB }));
      setFile(null);
      return;
    }
    setFile(picked);
  };

  const start = async () => {
    if (!file) return;
    setStarting(true);
    setBatch(null);
    try {
      setBatch(await dataProvider.submitDepartmentRecords(await fileToBase64(file)));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setStarting(false);
    }
  };

  const reset = () => {
    setBatch(null);
    setFile(null);
    if (input.current) input.current.value = '';
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title={translate('app.department_import.title')} />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('app.department_import.intro')}
            </Typography>
            <ColumnHelp />
            <XlsxFilePicker
              file={file}
              error={fileError}
              disabled={starting || running}
              onPick={pick}
              chooseLabel={translate('app.department_import.choose_file')}
              emptyLabel={translate('app.department_import.no_file')}
              testId="department-file"
              inputRef={input}
            />
            <Stack direction="row" spacing={2}>
              <Button
                variant="contained"
                startIcon={starting ? <CircularProgress size={16} color="inherit" /> : <PlayArrowIcon />}
                onClick={start}
                disabled={!file || starting || running}
                data-testid="start-department-import"
              >
                {translate(starting ? 'app.department_import.starting' : 'app.department_import.start')}
              </Button>
              {batch && !running && (
                <Button onClick={reset} data-testid="department-import-again">
                  {translate('app.department_import.again')}
                </Button>
              )}
              <Box sx={{ flex: 1 }} />
              <Link to="/departmentBatches" sx={{ alignSelf: 'center' }}>
                {translate('app.department_import.back')}
              </Link>
            </Stack>
          </Stack>
        </CardContent>
      </Card>
      {batch && (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <BatchView batch={batch} />
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

export default DepartmentImport;

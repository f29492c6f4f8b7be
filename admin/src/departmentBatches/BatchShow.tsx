import { useEffect } from 'react';
import { Link, Title, useDataProvider, useGetRecordId, useNotify, useTranslate } from 'react-admin';
import { Box, Card, CardContent, CircularProgress, Stack } from '@mui/material';
import type { ConsoleDataProvider } from '../dataProvider';
import { RequireAccess } from '../common/RequireAccess';
import { errorMessage } from '../format';
import { BatchView, usePolledBatch } from './BatchView';

const BatchShowContent = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const id = String(useGetRecordId());
  const { batch, setBatch } = usePolledBatch();

  useEffect(() => {
    let cancelled = false;
    dataProvider.departmentBatch(id).then(
      (found) => !cancelled && setBatch(found),
      (error) => !cancelled && notify(errorMessage(error), { type: 'error' }),
    );
    return () => {
      cancelled = true;
    };
  }, [id, dataProvider, notify, setBatch]);

  return (
    <Box sx={{ mt: 2, maxWidth: 1000 }}>
      <Title title={translate('app.department_import.title')} />
      <Card>
        <CardContent>
          {batch ? <BatchView batch={batch} /> : <CircularProgress size={24} />}
          <Stack direction="row" sx={{ mt: 2 }}>
            <Link to="/departmentBatches">{translate('app.department_import.back')}</Link>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};

/** One batch (`#/departmentBatches/:id/show`), followed until it finishes. */
export const BatchShow = () => (
  <RequireAccess resource="departmentBatches" action="show" title="app.department_import.title">
    <BatchShowContent />
  </RequireAccess>
);

export default BatchShow;

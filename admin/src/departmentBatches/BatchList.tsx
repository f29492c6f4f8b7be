import { CreateButton, DataTable, FunctionField, List, TopToolbar, useTranslate } from 'react-admin';
import { DateField } from '../common/fields';
import { Box, Chip, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { DepartmentBatchListRecord } from '../dataProvider';
import { BATCH_STATUS_LABELS, DEPARTMENT_LABELS } from '../labels';
import { BATCH_STATUS_COLORS } from './BatchView';

const BatchActions = () => (
  <TopToolbar>
    <CreateButton label="app.department_import.new" icon={<UploadFileIcon />} data-testid="new-department-batch" />
  </TopToolbar>
);

/** No batch yet: say so and offer the upload page. */
const BatchEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 6, textAlign: 'center' }}>
      <UploadFileIcon sx={{ fontSize: 80, color: 'text.disabled' }} />
      <Typography variant="h6" color="text.secondary" gutterBottom>
        {translate('app.department_import.empty')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.department_import.intro')}
      </Typography>
      <CreateButton
        variant="contained"
        label="app.department_import.new"
        icon={<UploadFileIcon />}
        data-testid="new-department-batch"
      />
    </Box>
  );
};

/** 部门数据报送: the batches in the user's jurisdiction, newest first. */
export const BatchList = () => (
  <List actions={<BatchActions />} empty={<BatchEmpty />} perPage={25} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable
      bulkActionButtons={false}
      rowClick="show"
      data-testid="department-batch-table"
      sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}
    >
      <DataTable.Col source="createdAt" disableSort>
        <DateField source="createdAt" showTime locales="zh-CN" options={{ hour12: false, timeZone: 'Asia/Shanghai' }} />
      </DataTable.Col>
      <DataTable.Col source="department" disableSort>
        <FunctionField<DepartmentBatchListRecord>
          render={(record) => DEPARTMENT_LABELS[record.department] ?? record.department}
        />
      </DataTable.Col>
      <DataTable.Col source="submittedBy" disableSort>
        <FunctionField<DepartmentBatchListRecord> render={(record) => record.submittedByName ?? record.submittedBy} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <FunctionField<DepartmentBatchListRecord>
          render={(record) => (
            <Chip
              size="small"
              variant="outlined"
              color={BATCH_STATUS_COLORS[record.status]}
              label={BATCH_STATUS_LABELS[record.status]}
              data-status={record.status}
            />
          )}
        />
      </DataTable.Col>
      <DataTable.NumberCol source="total" disableSort />
      <DataTable.NumberCol source="matched" disableSort />
      <DataTable.NumberCol source="warnings" disableSort />
      <DataTable.NumberCol source="unmatchedCount" disableSort />
    </DataTable>
  </List>
);

export default BatchList;

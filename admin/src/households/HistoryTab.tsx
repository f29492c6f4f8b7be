import { DataTable, DateField, ListBase, Pagination, useRecordContext, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { HouseholdRecord } from '../dataProvider';
import { ActionField, ActorField, ChangesField } from '../auditEntries/AuditEntryList';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate('app.households.no_history')}
    </Typography>
  );
};

/** 变更记录: the audit entries of this household (AUDIT_READ only; the tab is hidden otherwise). */
export const HistoryTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  if (!household) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <ListBase
        resource="auditEntries"
        filter={{ entityName: 'Household', entityId: household.id }}
        sort={{ field: 'id', order: 'DESC' }}
        perPage={25}
        disableSyncWithLocation
      >
        <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />} data-testid="household-history">
          <DataTable.Col source="at" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
            <DateField source="at" showTime locales="zh-CN" />
          </DataTable.Col>
          <DataTable.Col source="action" disableSort>
            <ActionField />
          </DataTable.Col>
          <DataTable.Col source="actorName" disableSort>
            <ActorField />
          </DataTable.Col>
          <DataTable.Col source="changes" disableSort>
            <ChangesField />
          </DataTable.Col>
        </DataTable>
        <Pagination rowsPerPageOptions={[25, 50]} />
      </ListBase>
    </Box>
  );
};

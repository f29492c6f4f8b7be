import {
  DataTable,
  FilterButton,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/fields';
import { Box, Chip, Tooltip, Typography } from '@mui/material';
import type { AuditAction } from '../gql/graphql';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  DEPARTMENT_LABELS,
  REGISTRATION_STATUS_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  LEVEL_LABELS,
  ROLE_LABELS,
  TOKEN_KIND_LABELS,
  choicesOf,
} from '../labels';
import { formatDateTime } from '../format';

type AuditEntryRecord = {
  id: string;
  at: string;
  action: AuditAction;
  actorKind: string;
  actorName: string;
  entityName: string;
  entityId?: string | null;
  entityIds?: string[] | null;
  divisionCode: string;
  changes?: Record<string, unknown> | null;
  requestId?: string | null;
};

const actionChoices = choicesOf(AUDIT_ACTION_LABELS);
const entityChoices = Object.entries(AUDIT_ENTITY_LABELS).map(([id, name]) => ({ id, name: `${name}（${id}）` }));

const useAuditFilters = () => {
  const translate = useTranslate();
  return [
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn emptyText="app.filters.all_actions" />,
    <SelectInput key="entityName" source="entityName" choices={entityChoices} alwaysOn emptyText="app.filters.all_entities" />,
    <TextInput key="actorName" source="actorName" alwaysOn helperText={false} placeholder={translate('app.filters.actor_name_hint')} />,
    <TextInput key="entityId" source="entityId" helperText={false} />,
    // Who read (or changed) this person's data: the ID number finds the person's records in every entry.
    <TextInput key="idNumber" source="idNumber" helperText={false} />,
  ];
};

export const ActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record) return null;
  const color = record.action === 'LOGIN_FAILED' || record.action === 'DELETE' ? 'error' : record.action === 'PII_READ' || record.action === 'DUPLICATE_ATTEMPT' ? 'warning' : 'default';
  return <Chip size="small" variant="outlined" color={color} label={AUDIT_ACTION_LABELS[record.action] ?? record.action} />;
};

export const ActorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const kind = translate(`app.audit.actor_kind.${record.actorKind}`, { _: record.actorKind });
  return (
    <>
      {record.actorName}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
        （{kind}）
      </Typography>
    </>
  );
};

const EntityField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record) return null;
  return <>{AUDIT_ENTITY_LABELS[record.entityName] ?? record.entityName}</>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ENUM_LABELS: Record<string, string> = {
  ...ROLE_LABELS,
  ...DEPARTMENT_LABELS,
  ...LEVEL_LABELS,
  ...TOKEN_KIND_LABELS,
  ...REGISTRATION_STATUS_LABELS,
};

/** Values whose label depends on the field (ACTIVE is 在册 for a household, 未消除 for a risk). */
const FIELD_VALUE_LABELS: Record<string, Record<string, string>> = {
  status: { ...HOUSEHOLD_STATUS_LABELS },
};

/** A value from the change log in words: 空, 是/否, local time, Chinese labels for enum values and field names. */
function formatValue(value: unknown, field: string): string {
  if (value === null || value === undefined || value === '') return '空';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDateTime(value);
    if (field === 'fields') return AUDIT_FIELD_LABELS[value] ?? value;
    return FIELD_VALUE_LABELS[field]?.[value] ?? ENUM_LABELS[value] ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(item, field)).join('、') || '空';
  return JSON.stringify(value);
}

/** Changes as “字段：原值 → 新值” (updates), the values written (creates) or the fields read. */
export const ChangesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record?.changes || Object.keys(record.changes).length === 0) return <>—</>;
  const lines = Object.entries(record.changes).map(([field, change]) => {
    const label = AUDIT_FIELD_LABELS[field] ?? field;
    return record.action === 'UPDATE' && Array.isArray(change) && change.length === 2
      ? `${label}：${formatValue(change[0], field)} → ${formatValue(change[1], field)}`
      : `${label}：${formatValue(change, field)}`;
  });
  return (
    <Box component="ul" sx={{ m: 0, pl: 2, maxWidth: 420, wordBreak: 'break-all', fontSize: '0.8125rem' }}>
      {lines.slice(0, 8).map((line) => (
        <li key={line}>{line}</li>
      ))}
      {lines.length > 8 && <li>…</li>}
    </Box>
  );
};

/** Ids are UUIDs: the first block is enough to tell them apart on screen; the whole id is in the tooltip. */
const ShortIdField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record?.entityId) {
    // A read entry of a whole page lists its records instead of naming one.
    return record?.entityIds?.length ? <>{`${record.entityIds.length} 条记录`}</> : <>—</>;
  }
  const short = record.entityId.length > 12 ? `${record.entityId.slice(0, 8)}…` : record.entityId;
  return (
    <Tooltip title={record.entityId}>
      <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {short}
      </Typography>
    </Tooltip>
  );
};

const AuditListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

export const AuditEntryList = () => {
  const filters = useAuditFilters();
  return (
    <List filters={filters} actions={<AuditListActions />} perPage={25} sort={{ field: 'id', order: 'DESC' }}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="at" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <DateField source="at" showTime locales="zh-CN" />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort>
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="actorName" disableSort>
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="entityName" disableSort cellSx={() => ({ whiteSpace: 'nowrap' })}>
          <EntityField />
        </DataTable.Col>
        <DataTable.Col source="entityId" disableSort>
          <ShortIdField />
        </DataTable.Col>
        <DataTable.Col source="divisionCode" disableSort />
        <DataTable.Col source="changes" disableSort>
          <ChangesField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

export default AuditEntryList;

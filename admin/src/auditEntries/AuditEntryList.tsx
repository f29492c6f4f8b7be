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
import { DateField, MASKED } from '../common/fields';
import * as generatedLabels from '../gql/enum-labels';
import { getSessionPermissions } from '../session';
import { Box, Chip, Tooltip, Typography } from '@mui/material';
import type { AuditAction } from '../gql/graphql';
import {
  ASSET_EVENT_KIND_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_TYPE_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  BATCH_STATUS_LABELS,
  CASE_ACTION_LABELS,
  CASE_STATE_LABELS,
  CLAIM_STATUS_LABELS,
  DEPARTMENT_LABELS,
  DEPARTMENT_RECORD_KIND_LABELS,
  DISTRIBUTION_LINE_KIND_LABELS,
  EXPORT_KIND_LABELS,
  EXPORT_STATUS_LABELS,
  IMPORT_STATUS_LABELS,
  INSURED_CAUSE_LABELS,
  MEASURE_FIELD_LABELS,
  MEASURE_NATURE_LABELS,
  MEASURE_STATUS_LABELS,
  MEMBER_STATUS_LABELS,
  MONITORING_CATEGORY_LABELS,
  PAYMENT_METHOD_LABELS,
  PLAN_ACTION_LABELS,
  PLAN_GUARD_LABELS,
  PLAN_STATE_LABELS,
  PLAN_STATUS_LABELS,
  PROJECT_ACTION_LABELS,
  PROJECT_STATE_LABELS,
  REGISTRATION_STATUS_LABELS,
  HOUSEHOLD_STATUS_LABELS,
  LEVEL_LABELS,
  RELATION_LABELS,
  REVIEW_STAGE_LABELS,
  RISK_STATUS_LABELS,
  RISK_TYPE_LABELS,
  ROLE_LABELS,
  SELF_REPORT_STATUS_LABELS,
  TEAM_ROLE_LABELS,
  TOKEN_KIND_LABELS,
  WARNING_STATUS_LABELS,
  choicesOf,
} from '../labels';
import { formatDateTime, formatMoney, formatPercent } from '../format';

type AuditEntryRecord = {
  id: string;
  at: string;
  action: AuditAction;
  actorKind: string;
  actorName: string;
  actor?: { displayName: string; divisionName?: string | null } | null;
  entityName: string;
  entityId?: string | null;
  entityIds?: string[] | null;
  divisionCode: string;
  changes?: Record<string, unknown> | null;
  /** Records the entry names by id, with their names. */
  references?: ReadonlyArray<{ id: string; label: string }> | null;
  requestId?: string | null;
};

const actionChoices = choicesOf(AUDIT_ACTION_LABELS);
const entityChoices = Object.entries(AUDIT_ENTITY_LABELS).map(([id, name]) => ({ id, name: `${name}（${id}）` }));

const useAuditFilters = () => {
  const translate = useTranslate();
  return [
    <SelectInput key="action" source="action" choices={actionChoices} alwaysOn emptyText="app.filters.all_actions" />,
    <SelectInput
      key="entityName"
      source="entityName"
      choices={entityChoices}
      alwaysOn
      emptyText="app.filters.all_entities"
    />,
    <TextInput
      key="actorName"
      source="actorName"
      alwaysOn
      helperText={false}
      placeholder={translate('app.filters.actor_name_hint')}
    />,
    <TextInput key="entityId" source="entityId" helperText={false} />,
    // Who read (or changed) this person's data: the ID number finds the person's records in every entry.
    <TextInput key="idNumber" source="idNumber" helperText={false} />,
  ];
};

export const ActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record) return null;
  const color =
    record.action === 'LOGIN_FAILED' || record.action === 'DELETE'
      ? 'error'
      : record.action === 'PII_READ' || record.action === 'DUPLICATE_ATTEMPT'
        ? 'warning'
        : 'default';
  return (
    <Chip size="small" variant="outlined" color={color} label={AUDIT_ACTION_LABELS[record.action] ?? record.action} />
  );
};

export const ActorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const kind = translate(`app.audit.actor_kind.${record.actorKind}`, { _: record.actorKind });
  // The system's own steps (seed, scheduled work) read as 系统, not its internal name.
  if (record.actorKind === 'SYSTEM') return <span>{kind}</span>;
  // A person by name and division; the login name (or a token's name) when the person is not known.
  const who = record.actor ? record.actor.displayName : record.actorName;
  const where = record.actor?.divisionName ? `${record.actor.divisionName} · ` : '';
  return (
    <Tooltip title={record.actorName}>
      <span>
        {who}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
          （{where}
          {kind}）
        </Typography>
      </span>
    </Tooltip>
  );
};

/** A read of several kinds of record is logged as `Household+Member`. */
export const entityLabel = (entityName: string) =>
  entityName
    .split('+')
    .map((name) => AUDIT_ENTITY_LABELS[name] ?? name)
    .join('、');

const EntityField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record) return null;
  return <>{entityLabel(record.entityName)}</>;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY_TEXT = /^-?\d+\.\d{2}$/;
const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
/** Shares and ratios (0.3, "0.15"), shown as percentages. */
const RATIO_FIELD = /(Share|Ratio)(Warning)?$|^rate$/;
/** Multiples of a line ("1.5"), shown as 1.5 倍. */
const MULTIPLE_FIELD = /Multiple$/;
/** The ORM logs JSON properties as JSON text and PostgreSQL arrays as `{a,b}`. */
const JSON_TEXT = /^(\[.*\]|\{".*\})$/s;
const PG_ARRAY_TEXT = /^\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}$/s;

function parsePgArray(text: string): string[] {
  const items: string[] = [];
  for (const match of text.slice(1, -1).matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)) {
    items.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
  }
  return items;
}

/** Every enum label table the API generates, by its field name in logged changes (`sex` → SEX_LABELS). */
const GENERATED_BY_FIELD: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(generatedLabels).map(([name, table]) => [
    name
      .replace(/_LABELS$/, '')
      .toLowerCase()
      .replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()),
    table as Record<string, string>,
  ]),
);

/** Fields whose name differs from their enum's, or whose value depends on the entity (ACTIVE: 在册 / 未消除). */
const FIELD_VALUE_LABELS: Record<string, Record<string, string>> = {
  ...GENERATED_BY_FIELD,
  status: { ...HOUSEHOLD_STATUS_LABELS },
  roles: ROLE_LABELS,
  level: LEVEL_LABELS,
  kind: TOKEN_KIND_LABELS,
  formerHeadRelation: RELATION_LABELS,
  category: MONITORING_CATEGORY_LABELS,
  monitoredCategories: MONITORING_CATEGORY_LABELS,
  monitoringCategories: MONITORING_CATEGORY_LABELS,
  cause: INSURED_CAUSE_LABELS,
  insuredCauses: INSURED_CAUSE_LABELS,
  nature: MEASURE_NATURE_LABELS,
  requiredFields: MEASURE_FIELD_LABELS,
  answersRisks: RISK_TYPE_LABELS,
  difficulty: RISK_TYPE_LABELS,
  method: PAYMENT_METHOD_LABELS,
  guard: PLAN_GUARD_LABELS,
  stage: REVIEW_STAGE_LABELS,
  registrationStatuses: REGISTRATION_STATUS_LABELS,
  via: { link: '下载链接', token: '登录令牌' },
};

/** Where the same field name holds another enum on another entity (a plan's state is not a case's). */
const ENTITY_VALUE_LABELS: Record<string, Record<string, Record<string, string>>> = {
  CaseEvent: { action: CASE_ACTION_LABELS, fromState: CASE_STATE_LABELS, toState: CASE_STATE_LABELS },
  MonitoringCase: { state: CASE_STATE_LABELS },
  ProjectEvent: { action: PROJECT_ACTION_LABELS, fromState: PROJECT_STATE_LABELS, toState: PROJECT_STATE_LABELS },
  AssetProject: { state: PROJECT_STATE_LABELS },
  PlanEvent: { action: PLAN_ACTION_LABELS, fromState: PLAN_STATE_LABELS, toState: PLAN_STATE_LABELS },
  DistributionPlan: { state: PLAN_STATE_LABELS },
  DistributionLine: { kind: DISTRIBUTION_LINE_KIND_LABELS },
  InsuranceClaim: { status: CLAIM_STATUS_LABELS },
  AssistancePlan: { status: PLAN_STATUS_LABELS },
  AssistanceMeasure: { status: MEASURE_STATUS_LABELS },
  TeamMember: { role: TEAM_ROLE_LABELS },
  Asset: { status: ASSET_STATUS_LABELS, type: ASSET_TYPE_LABELS },
  AssetEvent: { kind: ASSET_EVENT_KIND_LABELS, fromStatus: ASSET_STATUS_LABELS, toStatus: ASSET_STATUS_LABELS },
  DepartmentWarning: { status: WARNING_STATUS_LABELS, kind: DEPARTMENT_RECORD_KIND_LABELS },
  DepartmentRecord: { kind: DEPARTMENT_RECORD_KIND_LABELS },
  DepartmentBatch: { status: BATCH_STATUS_LABELS },
  RiskFactor: { status: RISK_STATUS_LABELS, type: RISK_TYPE_LABELS },
  Member: { status: MEMBER_STATUS_LABELS },
  SelfReport: { status: SELF_REPORT_STATUS_LABELS },
  ImportJob: { status: IMPORT_STATUS_LABELS, mode: { CREATE: '新增', UPDATE: '更新' } },
  ExportJob: { status: EXPORT_STATUS_LABELS, kind: EXPORT_KIND_LABELS },
};

/** Any generated label, for a value in a field the table above does not name. */
const ANY_LABEL: Record<string, string> = Object.assign(
  {},
  ...Object.values(generatedLabels),
  DEPARTMENT_LABELS,
  REGISTRATION_STATUS_LABELS,
);

/** Health is withheld (null) from readers without PII_READ: it reads 已脱敏, not 空. */
const SENSITIVE_FIELDS = new Set(['healthStatus', 'disabilityGrade']);

/**
 * A value from the change log in words: 空, 是/否, China time, amounts with separators, percentages,
 * Chinese labels (by the entity's field when it names one), nested fields.
 */
export function formatValue(
  value: unknown,
  field: string,
  names: Record<string, string> = {},
  entity?: string,
): string {
  if (value === null || value === undefined || value === '') {
    return SENSITIVE_FIELDS.has(field) && !getSessionPermissions().includes('PII_READ') ? MASKED : '空';
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (RATIO_FIELD.test(field) && DECIMAL_TEXT.test(String(value))) return formatPercent(Number(value));
  if (MULTIPLE_FIELD.test(field) && DECIMAL_TEXT.test(String(value))) return `${Number(value)} 倍`;
  // Years and positions read as written (2025, not 2,025); other counts with separators.
  if (typeof value === 'number') return /year|position/i.test(field) ? String(value) : value.toLocaleString('zh-CN');
  if (typeof value === 'string') {
    if (JSON_TEXT.test(value)) {
      try {
        return formatValue(JSON.parse(value), field, names, entity);
      } catch {
        /* not JSON after all: shown as written */
      }
    }
    if (PG_ARRAY_TEXT.test(value)) return formatValue(parsePgArray(value), field, names, entity);
    if (ISO_DATE.test(value)) return formatDateTime(value);
    if (field === 'fields') return AUDIT_FIELD_LABELS[value] ?? value;
    if (UUID.test(value)) return names[value] ?? `${value.slice(0, 8)}…`;
    if (MONEY_TEXT.test(value)) return formatMoney(value);
    const labels = (entity ? ENTITY_VALUE_LABELS[entity]?.[field] : undefined) ?? FIELD_VALUE_LABELS[field];
    return labels?.[value] ?? ANY_LABEL[value] ?? value;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(item, field, names, entity)).join('、') || '空';
  if (typeof value === 'object') {
    // A read of several kinds of record: the fields read, by entity.
    if (field === 'read') {
      return (
        Object.entries(value as Record<string, unknown>)
          .map(([name, fields]) => `${entityLabel(name)}：${formatValue(fields, 'fields', names)}`)
          .join('；') || '空'
      );
    }
    return (
      Object.entries(value as Record<string, unknown>)
        .map(([key, inner]) => `${AUDIT_FIELD_LABELS[key] ?? key}：${formatValue(inner, key, names, entity)}`)
        .join('，') || '空'
    );
  }
  return String(value);
}

/** Changes as “字段：原值 → 新值” (updates), the values written (creates) or the fields read. */
export const ChangesField = ({
  names: given = {},
}: {
  label?: string;
  source?: string;
  names?: Record<string, string>;
}) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record?.changes || Object.keys(record.changes).length === 0) return <>—</>;
  // Ids read as the records' names (the API names what the reader may see).
  const names = { ...referenceNames(record), ...given };
  const lines = Object.entries(record.changes).map(([field, change]) => {
    const label = AUDIT_FIELD_LABELS[field] ?? field;
    return record.action === 'UPDATE' && Array.isArray(change) && change.length === 2
      ? `${label}：${formatValue(change[0], field, names, record.entityName)} → ${formatValue(change[1], field, names, record.entityName)}`
      : `${label}：${formatValue(change, field, names, record.entityName)}`;
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

/** The entry's references as id → name. */
const referenceNames = (record: {
  references?: ReadonlyArray<{ id: string; label: string }> | null;
}): Record<string, string> => Object.fromEntries((record.references ?? []).map((r) => [r.id, r.label]));

/** The record by name where the API gives one; else the id's first block (the whole id is in the tooltip). */
const ShortIdField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEntryRecord>();
  if (!record?.entityId) {
    // A read entry of a whole page lists its records instead of naming one.
    return record?.entityIds?.length ? <>{`${record.entityIds.length} 条记录`}</> : <>—</>;
  }
  const named = referenceNames(record)[record.entityId.toLowerCase()];
  const short = named ?? (record.entityId.length > 12 ? `${record.entityId.slice(0, 8)}…` : record.entityId);
  return (
    <Tooltip title={record.entityId}>
      <Typography component="span" variant="body2" sx={{ fontFamily: named ? undefined : 'monospace' }}>
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

import DataLoader from 'dataloader';
import type { Context } from '../context';
import { perRequest } from '../common/loaders';
import { isUuid } from '../common/ids';
import { formatMoneyForReading as money } from '../common/money';
import { scopedSql, SqlFragment, type SqlScope } from '../jurisdiction/scoped-sql';
import type { AuditEntry } from './audit-entry.entity';
import {
  DISTRIBUTION_LINE_KIND_LABELS,
  type DistributionLineKind,
} from '../modules/collective-income/collective-income.enums';
import { RISK_TYPE_LABELS, type RiskType } from '../modules/monitoring/monitoring.enums';

/**
 * The records an audit entry names by id (its `entityId`, and ids inside its changes: `householdId`,
 * `lineId`, `measureId`…), by the name people know them by. Each source is one table: the SQL that
 * reads the label off row `t`, and how its text becomes words where it holds a code.
 */
interface ReferenceSource {
  table: string;
  label: string;
  words?: (text: string) => string;
}

const REFERENCE_SOURCES: readonly ReferenceSource[] = [
  { table: 'household', label: `'户 ' || t.household_number` },
  { table: 'household_member', label: 't.name' },
  { table: 'household_income', label: `t.year::text || ' 年收支'` },
  { table: 'app_user', label: 't.display_name' },
  {
    table: 'monitoring_case',
    label: `'监测案卷（户 ' || (select h.household_number from household h where h.id = t.household_id) || '）'`,
  },
  {
    table: 'risk_factor',
    label: 't.type::text',
    words: (type) => `风险：${RISK_TYPE_LABELS[type as RiskType] ?? type}`,
  },
  { table: 'asset', label: 't.name' },
  { table: 'asset_project', label: 't.name' },
  { table: 'measure_kind', label: 'coalesce(t.name, t.code)' },
  { table: 'assistance_measure', label: `'帮扶措施：' || t.kind_name` },
  { table: 'assistance_team_member', label: `'专班成员：' || t.name` },
  { table: 'distribution_plan', label: `t.year::text || ' 年收益分配方案'` },
  {
    table: 'distribution_line',
    label: `t.kind::text || '|' || t.amount::text`,
    words: (text) => {
      const [kind, amount] = text.split('|');
      return `${DISTRIBUTION_LINE_KIND_LABELS[kind as DistributionLineKind] ?? kind} ${money(amount)} 元`;
    },
  },
  {
    table: 'distribution_payment',
    label: `(select h.household_number from household h where h.id = t.household_id) || '|' || t.amount::text`,
    words: (text) => {
      const [householdNumber, amount] = text.split('|');
      return `户 ${householdNumber} 发放 ${money(amount)} 元`;
    },
  },
  { table: 'insurance_policy', label: `t.year::text || ' 年防贫保保单（' || t.insurer_name || '）'` },
  { table: 'insurance_claim', label: `'防贫保案件 ' || t.external_reference` },
];

/** Ids one entry may have named (a read's list of records is left out: it can be thousands). */
const MAX_REFERENCES = 50;

/** The ids an entry names: its record and the ids inside its changes. */
export function idsNamedBy(entry: Pick<AuditEntry, 'entityId' | 'changes'>): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (ids.size >= MAX_REFERENCES) return;
    if (typeof value === 'string') {
      if (isUuid(value)) ids.add(value.toLowerCase());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.entityId);
  walk(entry.changes);
  return [...ids];
}

/**
 * Labels for ids, every id asked for in one tick answered by ONE statement (a `union all` branch per
 * table, each inside the reader's jurisdiction): an id the reader may not see, or of no known
 * table, has no label and stays an id.
 */
export function referenceLabelLoader(scope: () => SqlScope) {
  return new DataLoader<string, string | null>(
    async (ids) => {
      const wanted = [...new Set(ids.filter(isUuid))];
      if (wanted.length === 0) return ids.map(() => null);
      const scoped = scopedSql(scope());
      const literal = `{${wanted.join(',')}}`;
      const branches = REFERENCE_SOURCES.map((source, index) => {
        const inScope = scoped.inScope('t.division_code');
        return new SqlFragment(
          `select ${index} as source, t.id::text as id, ${source.label} as label from ${source.table} t where ${inScope.text} and t.id = any(?::uuid[])`,
          [...inScope.params, literal],
          true,
        );
      });
      const union = new SqlFragment(
        branches.map((b) => `(${b.text})`).join(' union all '),
        branches.flatMap((b) => b.params),
        true,
      );
      const rows = await scoped.query<{ source: number; id: string; label: string | null }>`${union}`;
      const labels = new Map<string, string>();
      for (const row of rows) {
        if (row.label === null) continue;
        const words = REFERENCE_SOURCES[row.source].words;
        labels.set(row.id, words ? words(row.label) : row.label);
      }
      return ids.map((id) => labels.get(id.toLowerCase()) ?? null);
    },
    { maxBatchSize: 2000 },
  );
}

/** The request's reference-label loader (audit entries' references, and the 变更记录 views). */
export const referenceLabels = perRequest((ctx: Context) =>
  referenceLabelLoader(() => ({ em: ctx.em, actor: ctx.scope.actor, requestId: ctx.requestId })),
);

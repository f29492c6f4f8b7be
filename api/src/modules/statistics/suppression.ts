import { createHmac } from 'node:crypto';
import type { Actor } from '../../auth/actor';
import { Permission } from '../../auth/permission';
import type { RollupRow, TrendVillageRow } from './statistics.sql';

/**
 * 小数抑制 (small-cell protection) for aggregate-only readers: every account that reads statistics
 * but not the household list (the dashboard, a partner's DASHBOARD token). Officers, who can read the
 * rows anyway, get exact figures. All decisions about protection are made in this file.
 *
 * Method: unbiased random rounding to base B (B = STATISTICS_MIN_HOUSEHOLDS, regional default 5) of
 * the finest cells, with every published figure the sum of rounded finest cells (a controlled,
 * additive rounding, as census offices publish small areas):
 * - finest cells are per village: households and persons of the five groups that partition the
 *   registered households (脱贫户 and 一般农户 not under monitoring; monitored households by category,
 *   split by registration status), monitored households with a measure in effect by category,
 *   households with a risk of each type, households whose risk was eliminated in the year, and per
 *   month the households identified, eliminated and monitored at month end;
 * - a cell of value x = qB + r is published as qB when r = 0, otherwise as (q+1)B with probability r/B
 *   and qB otherwise; the draw is an HMAC-SHA256 of the cell (village, figure, key) and its value under a
 *   secret drawn once per database (table statistics_rounding_key), so a cell always rounds the same way
 *   on every instance and repeated queries cannot be averaged, and a reader cannot compute the draw;
 * - every figure above the village (township, county, city totals, categories, children) is the sum
 *   of the rounded village cells, so the published tables add up exactly and carry no information
 *   beyond the rounded cells: a parent minus its children, a total minus its categories or one month
 *   minus the previous gives only another sum of rounded cells. Ratios and rates are computed from
 *   the rounded figures.
 * A published figure differs from the true one by at most B − 1 (`maxPublishedError`); a true 1–4 is
 * published as 0 or 5, so no published figure tells a reader that one to four households exist. The
 * expected value of a rounded cell is its true value, so sums over many villages stay unbiased.
 * Rounding applies at every level for these readers: an exact county figure would let a reader pin
 * its villages' cells by difference.
 */

/** Aggregate-only readers (no household list) get rounded figures; officers get exact ones. */
export const readsProtectedFigures = (actor: Actor) => !actor.permissions.has(Permission.HOUSEHOLD_READ);

/** The largest difference between a published figure of one cell and its true value. */
export const maxPublishedError = (base: number) => base - 1;

/** Unbiased random rounding to `base`, keyed to the cell and its value by the database's secret. */
export class ControlledRounding {
  constructor(
    private readonly key: string,
    readonly base: number,
  ) {}

  round(cell: string, value: number): number {
    const remainder = value % this.base;
    if (remainder === 0 || this.base <= 1) return value;
    const draw = createHmac('sha256', this.key).update(`${cell}\u0000${value}`).digest().readUIntBE(0, 6) / 2 ** 48;
    return value - remainder + (draw < remainder / this.base ? this.base : 0);
  }
}

const LIFTED_MONITORED = 'LIFTED_MONITORED';

/**
 * Rounds per-village rollup rows (grp = village code) cell by cell and returns rows of the same
 * shape whose figures are sums of rounded cells: REGISTERED per status = its unmonitored cell plus
 * its monitored cells, MONITORED per category = its 脱贫户 and 一般农户 cells, and so on.
 */
export function roundRollup(rows: readonly RollupRow[], rounding: ControlledRounding): RollupRow[] {
  const villages = new Map<string, RollupRow[]>();
  for (const row of rows) villages.set(row.grp, [...(villages.get(row.grp) ?? []), row]);
  const out: RollupRow[] = [];
  for (const [village, own] of villages) {
    const find = (figure: string, key: string) => own.find((r) => r.figure === figure && r.key === key);
    const n = (row: RollupRow | undefined, field: 'households' | 'persons' | 'covered') => Number(row?.[field] ?? 0);
    const cell = (name: string, value: number) => rounding.round(`${village}:${name}`, value);
    const push = (figure: RollupRow['figure'], key: string, households: number, persons: number, covered = 0) => {
      if (!households && !persons && !covered) return;
      out.push({
        figure,
        grp: village,
        key,
        households: String(households),
        persons: String(persons),
        covered: String(covered),
      });
    };
    const monitoredCategories = own.filter((r) => r.figure === 'MONITORED').map((r) => r.key);
    const monitoredOf = { households: { LIFTED_OUT: 0, ORDINARY: 0 }, persons: { LIFTED_OUT: 0, ORDINARY: 0 } };
    const roundedOf = { households: { LIFTED_OUT: 0, ORDINARY: 0 }, persons: { LIFTED_OUT: 0, ORDINARY: 0 } };
    for (const category of monitoredCategories) {
      const all = find('MONITORED', category);
      const liftedOut = find(LIFTED_MONITORED, category);
      const result = { households: 0, persons: 0, liftedOutHouseholds: 0, liftedOutPersons: 0 };
      for (const field of ['households', 'persons'] as const) {
        const lifted = n(liftedOut, field);
        const ordinary = n(all, field) - lifted;
        monitoredOf[field].LIFTED_OUT += lifted;
        monitoredOf[field].ORDINARY += ordinary;
        const roundedLifted = cell(`MONITORED:${category}:LIFTED_OUT:${field}`, lifted);
        const roundedOrdinary = cell(`MONITORED:${category}:ORDINARY:${field}`, ordinary);
        roundedOf[field].LIFTED_OUT += roundedLifted;
        roundedOf[field].ORDINARY += roundedOrdinary;
        result[field] = roundedLifted + roundedOrdinary;
        result[field === 'households' ? 'liftedOutHouseholds' : 'liftedOutPersons'] = roundedLifted;
      }
      push(
        'MONITORED',
        category,
        result.households,
        result.persons,
        cell(`MONITORED:${category}:covered`, n(all, 'covered')),
      );
      push(LIFTED_MONITORED, category, result.liftedOutHouseholds, result.liftedOutPersons);
    }
    for (const status of ['LIFTED_OUT', 'ORDINARY'] as const) {
      const registered = find('REGISTERED', status);
      const [households, persons] = (['households', 'persons'] as const).map(
        (field) =>
          cell(`UNMONITORED:${status}:${field}`, Math.max(0, n(registered, field) - monitoredOf[field][status])) +
          roundedOf[field][status],
      );
      push('REGISTERED', status, households, persons);
    }
    for (const row of own.filter((r) => r.figure === 'ELIMINATED' || r.figure === 'RISK')) {
      push(row.figure, row.key, cell(`${row.figure}:${row.key}`, n(row, 'households')), 0);
    }
  }
  return out;
}

/** Rounds per-village month rows and sums them per month. */
export function roundTrend(rows: readonly TrendVillageRow[], months: readonly string[], rounding: ControlledRounding) {
  const totals = new Map(months.map((month) => [month, { identified: 0, eliminated: 0, monitored: 0 }]));
  for (const row of rows) {
    const total = totals.get(row.month)!;
    for (const figure of ['identified', 'eliminated', 'monitored'] as const) {
      total[figure] += rounding.round(`${row.village}:TREND:${row.month}:${figure}`, Number(row[figure]));
    }
  }
  return months.map((month) => ({ month, ...totals.get(month)! }));
}

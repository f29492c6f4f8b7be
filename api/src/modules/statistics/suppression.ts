/**
 * Small-cell suppression (小数抑制) for aggregate-only readers. Below county level a count from
 * fewer than `min` households could point at a family, so it is withheld (null, `suppressed`):
 * - a row whose division has fewer than `min` households is withheld entirely;
 * - otherwise each household count between 1 and min−1 is withheld, with the persons and the ratio
 *   derived from it;
 * - among sibling rows, when exactly one row's figure is withheld, the parent total minus the others
 *   would reveal it, so the smallest other non-zero figure is withheld too (secondary suppression).
 * Zero is shown: "no monitored household" reveals nothing about a family.
 */

export interface Figures {
  households: number | null;
  persons: number | null;
  registeredHouseholds: number | null;
  registeredPersons: number | null;
  monitoredHouseholds: number | null;
  monitoredPersons: number | null;
  monitoredRatio: number | null;
  riskEliminatedHouseholds: number | null;
  suppressed: boolean;
}

/** Household counts and what is derived from each (withheld together). */
const DERIVED: Array<[keyof Figures, Array<keyof Figures>]> = [
  ['households', ['persons']],
  ['registeredHouseholds', ['registeredPersons', 'monitoredRatio']],
  ['monitoredHouseholds', ['monitoredPersons', 'monitoredRatio']],
  ['riskEliminatedHouseholds', []],
];

export const isSmall = (households: number | null, min: number) => households !== null && households > 0 && households < min;

export function suppressRow<T extends Figures>(row: T, min: number): T {
  if (isSmall(row.households, min)) {
    return { ...row, households: null, persons: null, registeredHouseholds: null, registeredPersons: null, monitoredHouseholds: null, monitoredPersons: null, monitoredRatio: null, riskEliminatedHouseholds: null, suppressed: true };
  }
  const out = { ...row };
  for (const [count, derived] of DERIVED) {
    if (isSmall(out[count] as number | null, min)) {
      (out as Figures)[count] = null as never;
      for (const d of derived) (out as Figures)[d] = null as never;
      out.suppressed = true;
    }
  }
  return out;
}

/** Suppresses each sibling row, then adds secondary suppression per figure where exactly one was withheld. */
export function suppressSiblings<T extends Figures>(rows: T[], min: number): T[] {
  const out = rows.map((row) => suppressRow(row, min));
  for (const [count, derived] of DERIVED) {
    const withheld = out.filter((row, i) => row[count] === null && rows[i][count] !== null).length;
    if (withheld !== 1) continue;
    const candidates = out.map((row, i) => ({ row, i })).filter(({ row }) => typeof row[count] === 'number' && (row[count] as number) > 0);
    if (!candidates.length) continue;
    const smallest = candidates.reduce((a, b) => ((a.row[count] as number) <= (b.row[count] as number) ? a : b));
    const row = { ...smallest.row, suppressed: true };
    (row as Figures)[count] = null as never;
    for (const d of derived) (row as Figures)[d] = null as never;
    out[smallest.i] = row;
  }
  return out;
}

/** A single household count (a category, a risk type, a month's figure): withheld when small. */
export const suppressCount = (households: number, min: number): number | null => (isSmall(households, min) ? null : households);

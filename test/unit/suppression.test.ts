import { describe, expect, it } from 'vitest';
import { suppressCount, suppressRow, suppressSiblings, type Figures } from '../../api/src/modules/statistics/suppression';

const row = (households: number, monitoredHouseholds: number, riskEliminatedHouseholds = 0): Figures => ({
  households, persons: households * 3, registeredHouseholds: households, registeredPersons: households * 3, monitoredHouseholds, monitoredPersons: monitoredHouseholds * 3,
  monitoredRatio: households ? monitoredHouseholds / households : 0, riskEliminatedHouseholds, suppressed: false,
});

describe('small-cell suppression (threshold 5)', () => {
  it('withholds a whole row under 5 households, and flags it', () => {
    expect(suppressRow(row(3, 1), 5)).toEqual({ households: null, persons: null, registeredHouseholds: null, registeredPersons: null, monitoredHouseholds: null, monitoredPersons: null, monitoredRatio: null, riskEliminatedHouseholds: null, suppressed: true });
  });

  it('withholds a small count with what derives from it, shows zero and large counts', () => {
    expect(suppressRow(row(20, 2, 0), 5)).toEqual({ ...row(20, 2, 0), monitoredHouseholds: null, monitoredPersons: null, monitoredRatio: null, suppressed: true });
    expect(suppressRow(row(20, 0, 7), 5)).toEqual(row(20, 0, 7));
    expect(suppressRow(row(0, 0), 5)).toEqual(row(0, 0));
  });

  it('adds the smallest other sibling when exactly one sibling is withheld (no recovery from the parent total)', () => {
    const [a, b, c] = suppressSiblings([row(30, 10), row(8, 6), row(2, 0)], 5);
    expect(c.households).toBeNull();
    expect(b).toMatchObject({ households: null, persons: null, suppressed: true });
    expect(a).toEqual(row(30, 10));
  });

  it('withholds single counts between 1 and 4 only', () => {
    expect([0, 1, 4, 5].map((n) => suppressCount(n, 5))).toEqual([0, null, null, 5]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ControlledRounding,
  maxPublishedError,
  roundRollup,
  roundTrend,
} from '../../api/src/modules/statistics/suppression';
import type { RollupRow } from '../../api/src/modules/statistics/statistics.sql';

const rounding = new ControlledRounding('a secret of the database', 5);

describe('controlled rounding (base 5)', () => {
  it('publishes multiples of 5 within 4 of the true value; multiples of 5 and zero stay as they are', () => {
    for (let value = 0; value <= 40; value++) {
      for (let cell = 0; cell < 20; cell++) {
        const published = rounding.round(`village-${cell}`, value);
        expect(published % 5).toBe(0);
        expect(Math.abs(published - value)).toBeLessThanOrEqual(maxPublishedError(5));
        if (value % 5 === 0) expect(published).toBe(value);
      }
    }
  });

  it('shows 1–4 households as 0 or 5, never as themselves', () => {
    for (let cell = 0; cell < 200; cell++) {
      for (const value of [1, 2, 3, 4]) expect([0, 5]).toContain(rounding.round(`cell-${cell}`, value));
    }
  });

  it('is unbiased: a cell of 1 is published as 5 about one time in five, of 4 about four in five', () => {
    const share = (value: number) =>
      Array.from({ length: 4000 }, (_, i) => rounding.round(`cell-${i}`, value)).filter((v) => v === 5).length / 4000;
    expect(share(1)).toBeGreaterThan(0.17);
    expect(share(1)).toBeLessThan(0.23);
    expect(share(4)).toBeGreaterThan(0.77);
    expect(share(4)).toBeLessThan(0.83);
  });

  it('rounds a cell the same way every time, and differently under another secret', () => {
    const again = new ControlledRounding('a secret of the database', 5);
    const other = new ControlledRounding('another database', 5);
    const cells = Array.from({ length: 200 }, (_, i) => `cell-${i}`);
    expect(cells.map((c) => again.round(c, 3))).toEqual(cells.map((c) => rounding.round(c, 3)));
    expect(cells.map((c) => other.round(c, 3))).not.toEqual(cells.map((c) => rounding.round(c, 3)));
  });
});

describe('rounded figures add up', () => {
  const row = (
    grp: string,
    figure: RollupRow['figure'],
    key: string,
    households: number,
    persons = households * 3,
    covered = 0,
  ): RollupRow => ({
    grp,
    figure,
    key,
    households: String(households),
    persons: String(persons),
    covered: String(covered),
  });
  // Two villages: 脱贫户 12 and 一般农户 9; monitored: 2 unstable 脱贫户, 1 marginal and 1 sudden 一般农户, 1 sudden 脱贫户.
  const rows = ['V1', 'V2'].flatMap((v) => [
    row(v, 'REGISTERED', 'LIFTED_OUT', 12),
    row(v, 'REGISTERED', 'ORDINARY', 9),
    row(v, 'MONITORED', 'UNSTABLE_LIFTED_OUT', 2, 6, 1),
    row(v, 'LIFTED_MONITORED', 'UNSTABLE_LIFTED_OUT', 2),
    row(v, 'MONITORED', 'MARGINAL_AT_RISK', 1),
    row(v, 'MONITORED', 'SUDDEN_HARDSHIP', 2),
    row(v, 'LIFTED_MONITORED', 'SUDDEN_HARDSHIP', 1),
    row(v, 'RISK', 'ILLNESS', 3),
    row(v, 'ELIMINATED', '2026', 1),
  ]);

  it('keeps every village row a sum of rounded cells: 脱贫户 = outside monitoring + monitored 脱贫户, all multiples of 5', () => {
    const rounded = roundRollup(rows, rounding);
    for (const r of rounded) {
      expect(Number(r.households) % 5).toBe(0);
      expect(Number(r.persons) % 5).toBe(0);
    }
    for (const v of ['V1', 'V2']) {
      const own = rounded.filter((r) => r.grp === v);
      const get = (figure: string, key: string) =>
        Number(own.find((r) => r.figure === figure && r.key === key)?.households ?? 0);
      const monitoredLiftedOut =
        get('LIFTED_MONITORED', 'UNSTABLE_LIFTED_OUT') + get('LIFTED_MONITORED', 'SUDDEN_HARDSHIP');
      expect(get('REGISTERED', 'LIFTED_OUT') - monitoredLiftedOut).toBeGreaterThanOrEqual(0);
      expect(get('MONITORED', 'SUDDEN_HARDSHIP')).toBeGreaterThanOrEqual(get('LIFTED_MONITORED', 'SUDDEN_HARDSHIP'));
      // Within the rounding's reach of the truth: 12 registered 脱贫户 are rounded as 9 outside monitoring and 3 monitored cells.
      expect(Math.abs(get('REGISTERED', 'LIFTED_OUT') - 12)).toBeLessThanOrEqual(4 * 3);
    }
  });

  it('sums the trend of villages rounded cell by cell', () => {
    const trend = roundTrend(
      [
        { village: 'V1', month: '2026-01', identified: '3', eliminated: '0', monitored: '3' },
        { village: 'V2', month: '2026-01', identified: '5', eliminated: '0', monitored: '7' },
      ],
      ['2026-01', '2026-02'],
      rounding,
    );
    expect(trend[1]).toEqual({ month: '2026-02', identified: 0, eliminated: 0, monitored: 0 });
    expect(trend[0].identified % 5).toBe(0);
    expect([5, 10]).toContain(trend[0].identified);
    expect(Math.abs(trend[0].monitored - 10)).toBeLessThanOrEqual(8);
  });
});

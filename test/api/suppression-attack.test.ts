import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { seedAssistanceDemo } from '../../api/src/seed/assistance.seed';
import { seedStoryDemo } from '../../api/src/seed/story.seed';
import { monitoredCaseSql, monitoredOnSql } from '../../api/src/modules/monitoring/monitored.sql';
import { todayInChina } from '../../api/src/common/dates';
import { RiskType } from '../../api/src/modules/monitoring/monitoring.enums';
import { ROLE_PERMISSIONS } from '../../api/src/auth/roles';
import { Permission } from '../../api/src/auth/permission';
import * as suppression from '../../api/src/modules/statistics/suppression';

/**
 * The differencing attack on the dashboard figures, as a partner would run it: the contract's
 * RegionOverview and MonthlyTrend for the city and every county, township and village of the demo
 * city (plus monitored cases spread over every village, so that small cells are everywhere), then a
 * solver over every relation the published figures obey (parent = sum of children; the categories
 * partition the total; persons against households; risk types and the trend against the totals;
 * month-to-month trend differences; the year's eliminations against the months'), iterated to a fixpoint
 * of interval bounds with non-negativity. The attacker knows the documented method: a published figure
 * is its true value plus the rounding errors of the village cells it sums, each within
 * `maxPublishedError` (an exact method: 0), so every published figure is one linear equation in true
 * values and cell errors (the integrality of rounded cells is relaxed). No figure of 1–4 households
 * below county level (nor the persons behind such a figure) may come out exact, and each keeps a
 * feasible interval of at least PROTECTION_MARGIN + 1 values. The true figures are read from the
 * database as its owner. Before controlled rounding (null for small cells, secondary suppression among
 * siblings, exact counties) this attack rebuilt 653 of 2,382 withheld cells, 649 of them of 1–4 households.
 */
const CITY = '150100000000';
const TODAY = todayInChina();
const YEAR = Number(TODAY.slice(0, 4));
const MONTHS = Array.from({ length: Number(TODAY.slice(5, 7)) }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
/**
 * The feasible interval of a sensitive cell spans at least this many households beyond one value: the
 * attacker is left with at least two candidates. (Rounding to base 5 usually leaves five to nine; where a
 * cell sits at the edge of several linked figures the interval can narrow, never to one value.)
 */
const PROTECTION_MARGIN = 1;
/** Largest household the attacker assumes (persons ≤ 20 × households). */
const MAX_HOUSEHOLD_SIZE = 20;
const CATEGORIES = ['LIFTED_OUT', 'UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP', 'ORDINARY'];
const MONITORING = ['UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP'];
const RISKS: string[] = Object.values(RiskType);

const contract = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'contract', 'dashboard.graphql'), 'utf8');
const operation = (name: string) => new RegExp(`query ${name}\\b[^]*?\\n\\}`).exec(contract)![0];
const RegionOverview = operation('RegionOverview');
const MonthlyTrend = operation('MonthlyTrend');

type Count = number | null;
interface Overview {
  divisionCode: string;
  households: Count;
  persons: Count;
  monitoredHouseholds: Count;
  monitoredPersons: Count;
  riskEliminatedHouseholds: Count;
  byCategory: Array<{ category: string; households: Count; persons: Count }>;
  byRiskType: Array<{ riskType: string; households: Count }>;
  children: Array<{ divisionCode: string; households: Count; monitoredHouseholds: Count }>;
}
interface TrendMonth {
  month: string;
  identified: Count;
  eliminated: Count;
  monitoredAtMonthEnd: Count;
}

/** Integer interval bounds over linear relations Σ a·x = 0 (or ≤ 0), tightened to a fixpoint. */
class BoundSolver {
  readonly index = new Map<string, number>();
  lo: number[] = [];
  hi: number[] = [];
  private constraints: Array<{ vars: number[]; coef: number[]; equality: boolean }> = [];

  /** A variable, non-negative unless told (rounding errors). */
  variable(name: string, low = 0, high = 1e7) {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.lo.length;
      this.index.set(name, i);
      this.lo.push(low);
      this.hi.push(high);
    }
    return i;
  }

  relate(terms: Array<[string, number]>, equality: boolean) {
    this.constraints.push({ vars: terms.map(([n]) => this.variable(n)), coef: terms.map(([, a]) => a), equality });
  }

  solve() {
    for (let sweep = 0; sweep < 5000; sweep++) {
      let changed = false;
      for (const { vars, coef, equality } of this.constraints) {
        let min = 0;
        let max = 0;
        for (let k = 0; k < vars.length; k++) {
          const a = coef[k];
          min += a > 0 ? a * this.lo[vars[k]] : a * this.hi[vars[k]];
          max += a > 0 ? a * this.hi[vars[k]] : a * this.lo[vars[k]];
        }
        for (let k = 0; k < vars.length; k++) {
          const a = coef[k];
          const v = vars[k];
          const restMin = min - (a > 0 ? a * this.lo[v] : a * this.hi[v]);
          const restMax = max - (a > 0 ? a * this.hi[v] : a * this.lo[v]);
          // a·x ≤ −restMin always; a·x ≥ −restMax for an equality.
          let low = this.lo[v];
          let high = this.hi[v];
          if (a > 0) {
            high = Math.min(high, Math.floor(-restMin / a + 1e-9));
            if (equality) low = Math.max(low, Math.ceil(-restMax / a - 1e-9));
          } else {
            low = Math.max(low, Math.ceil(-restMin / a - 1e-9));
            if (equality) high = Math.min(high, Math.floor(-restMax / a + 1e-9));
          }
          if (low > this.lo[v] || high < this.hi[v]) {
            if (low > high)
              throw new Error(
                `infeasible at ${[...this.index.keys()][v]}: ${vars.map((x, i) => `${coef[i]}·${[...this.index.keys()][x]}[${this.lo[x]},${this.hi[x]}]`).join(' + ')}`,
              );
            min += a > 0 ? a * (low - this.lo[v]) : a * (high - this.hi[v]);
            max += a > 0 ? a * (high - this.hi[v]) : a * (low - this.lo[v]);
            this.lo[v] = low;
            this.hi[v] = high;
            changed = true;
          }
        }
      }
      if (!changed) return sweep;
    }
    throw new Error('no fixpoint');
  }
}

let api: TestApi;
let dashboard: string;
const divisions: Array<{ code: string; level: string; parent: string | null }> = [];
/** True value of every cell (owner's reading), keyed like the solver's variables. */
const truth = new Map<string, number>();

/** Deterministic pseudo-random numbers (mulberry32), so the fixture is the same at every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Monitored (and some eliminated) cases with risks in every village: few per village, so small cells everywhere. */
async function spreadCases() {
  const next = random(20261208);
  const free = await api.sql<{ id: string; division_code: string; registration_status: string }>(
    `
    select h.id, h.division_code, h.registration_status from household h
    where h.division_code like ? and h.status = 'ACTIVE'
      and not exists (select 1 from monitoring_case c where c.household_id = h.id)
    order by h.division_code, h.household_number`,
    [`${CITY.slice(0, 4)}%`],
  );
  const byVillage = new Map<string, typeof free>();
  for (const h of free) byVillage.set(h.division_code, [...(byVillage.get(h.division_code) ?? []), h]);
  const cases: unknown[][] = [];
  const risks: unknown[][] = [];
  for (const [village, households] of byVillage) {
    const wanted = [0, 1, 1, 2, 3, 4, 6][Math.floor(next() * 7)];
    for (const h of households.slice(0, wanted)) {
      const category =
        h.registration_status === 'LIFTED_OUT'
          ? next() < 0.8
            ? 'UNSTABLE_LIFTED_OUT'
            : 'SUDDEN_HARDSHIP'
          : next() < 0.6
            ? 'MARGINAL_AT_RISK'
            : 'SUDDEN_HARDSHIP';
      const month = 1 + Math.floor(next() * MONTHS.length);
      const identified = `${YEAR}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(next() * 27)).padStart(2, '0')}`;
      const closedMonth = month + 1 + Math.floor(next() * Math.max(1, MONTHS.length - month));
      const closed = `${YEAR}-${String(closedMonth).padStart(2, '0')}-15`;
      const eliminated = closedMonth <= MONTHS.length && closed < TODAY && next() < 0.3;
      cases.push([
        h.id,
        village,
        category,
        eliminated ? 'RISK_ELIMINATED' : 'MONITORED',
        identified,
        identified,
        eliminated ? closed : null,
      ]);
      const types = new Set([RISKS[Math.floor(next() * 4)], ...(next() < 0.3 ? [RISKS[Math.floor(next() * 4)]] : [])]);
      for (const type of types) risks.push([h.id, village, type, identified]);
    }
  }
  await api.sql(
    `
    insert into monitoring_case (id, created_at, updated_at, version, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at, identified_on, closed_on)
    values ${cases.map(() => `(gen_random_uuid(), now(), now(), 1, ?, ?, ?::monitoring_category, ?::case_state, 'CADRE_VISIT', '{}', ?::date, now(), ?::date, ?::date)`).join(', ')}`,
    cases.flat(),
  );
  await api.sql(
    `
    insert into risk_factor (id, created_at, updated_at, version, household_id, division_code, type, occurred_on, source, status)
    values ${risks.map(() => `(gen_random_uuid(), now(), now(), 1, ?, ?, ?::risk_type, ?::date, 'CADRE_VISIT', 'ACTIVE')`).join(', ')}`,
    risks.flat(),
  );
}

/** True figures per village from the base tables, summed up the hierarchy. */
async function readTruth(partition: boolean) {
  const monitored = monitoredCaseSql('c');
  const groups = await api.sql<{
    village: string;
    registration: string;
    category: string | null;
    households: string;
    persons: string;
  }>(
    `
    select h.division_code as village, h.registration_status as registration, c.category,
      count(*) as households, sum(h.member_count) as persons
    from household h left join monitoring_case c on c.household_id = h.id and ${monitored}
    where h.division_code like ? and h.status = 'ACTIVE' group by 1, 2, 3`,
    [`${CITY.slice(0, 4)}%`],
  );
  const risks = await api.sql<{ village: string; type: string; households: string }>(
    `
    select r.division_code as village, r.type, count(distinct r.household_id) as households from risk_factor r
    where r.division_code like ? and r.status = 'ACTIVE'
      and exists (select 1 from monitoring_case c where c.household_id = r.household_id and ${monitored})
    group by 1, 2`,
    [`${CITY.slice(0, 4)}%`],
  );
  const eliminated = await api.sql<{ village: string; households: string }>(
    `
    select c.division_code as village, count(distinct c.household_id) as households from monitoring_case c
    where c.division_code like ? and c.state = 'RISK_ELIMINATED' and extract(year from c.closed_on) = ? group by 1`,
    [`${CITY.slice(0, 4)}%`, YEAR],
  );
  const trend = await api.sql<{
    village: string;
    month: string;
    identified: string;
    eliminated: string;
    monitored: string;
  }>(
    `
    with months as (
      select m::date as first_day, (m + interval '1 month')::date as next_first from generate_series(?::date, ?::date, interval '1 month') as m
    ), cases as (
      select c.division_code, c.identified_on, c.closed_on, c.state from monitoring_case c join household h on h.id = c.household_id and h.status = 'ACTIVE'
      where c.division_code like ? and c.identified_on is not null
    )
    select c.division_code as village, to_char(m.first_day, 'YYYY-MM') as month,
      count(*) filter (where c.identified_on >= m.first_day and c.identified_on < m.next_first) as identified,
      count(*) filter (where c.state = 'RISK_ELIMINATED' and c.closed_on >= m.first_day and c.closed_on < m.next_first) as eliminated,
      count(*) filter (where ${monitoredOnSql('c', '(m.next_first - 1)')}) as monitored
    from months m join cases c on c.identified_on < m.next_first group by 1, 2`,
    [`${MONTHS[0]}-01`, `${MONTHS.at(-1)}-01`, `${CITY.slice(0, 4)}%`],
  );

  const add = (village: string, field: string, n: number) => {
    for (let d: string | null = village; d; d = divisions.find((x) => x.code === d)!.parent) {
      truth.set(`${d}|${field}`, (truth.get(`${d}|${field}`) ?? 0) + n);
    }
  };
  for (const d of divisions) for (const field of fields()) truth.set(`${d.code}|${field}`, 0);
  for (const g of groups) {
    const [h, p] = [Number(g.households), Number(g.persons)];
    add(g.village, 'H', h);
    add(g.village, 'P', p);
    if (g.category) {
      add(g.village, 'M', h);
      add(g.village, 'MP', p);
      add(g.village, `cat:${g.category}`, h);
      add(g.village, `catP:${g.category}`, p);
    }
    // Today's shape counted every registered household under its registration status as well.
    if (!g.category || !partition) {
      add(g.village, `cat:${g.registration}`, h);
      add(g.village, `catP:${g.registration}`, p);
    }
  }
  for (const r of risks) add(r.village, `risk:${r.type}`, Number(r.households));
  for (const e of eliminated) add(e.village, 'E', Number(e.households));
  for (const t of trend) {
    add(t.village, `id:${t.month}`, Number(t.identified));
    add(t.village, `el:${t.month}`, Number(t.eliminated));
    add(t.village, `end:${t.month}`, Number(t.monitored));
  }
}

const fields = () => [
  'H',
  'P',
  'M',
  'MP',
  'E',
  ...CATEGORIES.flatMap((k) => [`cat:${k}`, `catP:${k}`]),
  ...RISKS.map((t) => `risk:${t}`),
  ...MONTHS.flatMap((m) => [`id:${m}`, `el:${m}`, `end:${m}`]),
];
/** A persons cell and the households cell it comes from. */
const PERSONS_OF: Record<string, string> = {
  P: 'H',
  MP: 'M',
  ...Object.fromEntries(CATEGORIES.map((k) => [`catP:${k}`, `cat:${k}`])),
};

beforeAll(async () => {
  api = await startTestApi();
  await seedAssistanceDemo(api.ownerOrm);
  await seedStoryDemo(api.ownerOrm, api.config);
  await spreadCases();
  dashboard = await api.login('dashboard');
  const rows = await api.sql<{ code: string; level: string; parent_code: string | null }>(
    `select code, level, parent_code from division where code like ? order by code`,
    [`${CITY.slice(0, 4)}%`],
  );
  for (const r of rows)
    divisions.push({ code: r.code, level: r.level, parent: r.code === CITY ? null : r.parent_code });
}, 180_000);

afterAll(async () => {
  await api?.close();
});

describe('small-cell protection against a differencing attack by a dashboard partner', () => {
  it('rebuilds no figure of 1–4 households from every RegionOverview and MonthlyTrend of the demo city', async () => {
    const overviews = new Map<string, Overview>();
    const trends = new Map<string, TrendMonth[]>();
    for (const d of divisions) {
      const overview = (await api.ok(dashboard, RegionOverview, { divisionCode: d.code, year: YEAR })) as {
        regionStatistics: Overview;
      };
      overviews.set(d.code, overview.regionStatistics);
      const trend = (await api.ok(dashboard, MonthlyTrend, {
        divisionCode: d.code,
        from: MONTHS[0],
        to: MONTHS.at(-1)!,
      })) as { monitoringTrend: TrendMonth[] };
      trends.set(d.code, trend.monitoringTrend);
    }
    // The documented shape: do the categories partition the total? (Today's shape counted 脱贫户 twice.)
    const city = overviews.get(CITY)!;
    const partition = city.byCategory.reduce((n, c) => n + (c.households ?? 0), 0) === city.households;
    await readTruth(partition);

    // The documented method: each finest cell of a village is published within maxError of its true
    // value (0: exact), and every other figure is the sum of such cells. The attacker models one error
    // per cell and lets the errors add up as the figures do.
    const maxError =
      (suppression as { maxPublishedError?: (base: number) => number }).maxPublishedError?.(
        api.config.statisticsMinHouseholds,
      ) ?? 0;
    const solver = new BoundSolver();
    for (const name of truth.keys()) solver.variable(name);
    solver.variable('ONE', 1, 1);
    const level = (code: string) => divisions.find((d) => d.code === code)!.level;
    const groupCells = ['LIFTED_OUT', 'ORDINARY', ...MONITORING.flatMap((c) => [`${c}:LIFTED_OUT`, `${c}:ORDINARY`])];
    const cellsOf = (field: string): string[] => {
      if (field === 'H' || field === 'P') return groupCells.map((g) => `${field}:${g}`);
      if (field === 'M' || field === 'MP')
        return groupCells.filter((g) => g.includes(':')).map((g) => `${field === 'M' ? 'H' : 'P'}:${g}`);
      const [kind, key] = field.split(':');
      if (kind === 'cat' || kind === 'catP') {
        const of = kind === 'cat' ? 'H' : 'P';
        return MONITORING.includes(key) ? [`${of}:${key}:LIFTED_OUT`, `${of}:${key}:ORDINARY`] : [`${of}:${key}`];
      }
      return [field];
    };
    for (const d of divisions) for (const field of fields()) solver.variable(`${d.code}|err:${field}`, -1e7, 1e7);
    for (const d of divisions) {
      const children = divisions.filter((c) => c.parent === d.code);
      for (const field of fields()) {
        const error = `${d.code}|err:${field}`;
        if (children.length)
          solver.relate([[error, -1], ...children.map((c): [string, number] => [`${c.code}|err:${field}`, 1])], true);
        else {
          for (const cell of cellsOf(field)) solver.variable(`${d.code}|e:${cell}`, -maxError, maxError);
          solver.relate(
            [[error, -1], ...cellsOf(field).map((cell): [string, number] => [`${d.code}|e:${cell}`, 1])],
            true,
          );
        }
      }
    }
    const hidden = new Set<string>();
    const below = (code: string) => ['TOWNSHIP', 'VILLAGE'].includes(level(code));
    const observe = (code: string, field: string, value: Count) => {
      const name = `${code}|${field}`;
      if ((value === null || maxError > 0) && below(code)) hidden.add(name);
      if (value !== null)
        solver.relate(
          [
            [name, 1],
            [`${code}|err:${field}`, 1],
            ['ONE', -value],
          ],
          true,
        );
    };
    for (const [code, o] of overviews) {
      observe(code, 'H', o.households);
      observe(code, 'P', o.persons);
      observe(code, 'M', o.monitoredHouseholds);
      observe(code, 'MP', o.monitoredPersons);
      observe(code, 'E', o.riskEliminatedHouseholds);
      for (const c of o.byCategory) {
        observe(code, `cat:${c.category}`, c.households);
        observe(code, `catP:${c.category}`, c.persons);
      }
      for (const r of o.byRiskType) observe(code, `risk:${r.riskType}`, r.households);
      for (const child of o.children) {
        observe(child.divisionCode, 'H', child.households);
        observe(child.divisionCode, 'M', child.monitoredHouseholds);
      }
      for (const m of trends.get(code)!) {
        observe(code, `id:${m.month}`, m.identified);
        observe(code, `el:${m.month}`, m.eliminated);
        observe(code, `end:${m.month}`, m.monitoredAtMonthEnd);
      }
    }

    // Every relation the attacker may assume, kept only where the true figures obey it (a worst-case attacker knows which do).
    let relations = 0;
    const value = (name: string) => truth.get(name)!;
    const relate = (terms: Array<[string, number]>, equality: boolean) => {
      const sum = terms.reduce((n, [name, a]) => n + a * value(name), 0);
      if (equality ? sum !== 0 : sum > 0) return;
      solver.relate(terms, equality);
      relations++;
    };
    for (const d of divisions) {
      const at = (field: string) => `${d.code}|${field}`;
      const children = divisions.filter((c) => c.parent === d.code);
      if (children.length)
        for (const field of fields())
          relate([[at(field), -1], ...children.map((c): [string, number] => [`${c.code}|${field}`, 1])], true);
      const whole = partition ? CATEGORIES : ['LIFTED_OUT', 'ORDINARY'];
      relate([[at('H'), -1], ...whole.map((k): [string, number] => [at(`cat:${k}`), 1])], true);
      relate([[at('P'), -1], ...whole.map((k): [string, number] => [at(`catP:${k}`), 1])], true);
      relate([[at('M'), -1], ...MONITORING.map((k): [string, number] => [at(`cat:${k}`), 1])], true);
      relate([[at('MP'), -1], ...MONITORING.map((k): [string, number] => [at(`catP:${k}`), 1])], true);
      relate(
        [
          [at('M'), 1],
          [at('H'), -1],
        ],
        false,
      );
      for (const [persons, households] of Object.entries(PERSONS_OF)) {
        relate(
          [
            [at(households), 1],
            [at(persons), -1],
          ],
          false,
        );
        relate(
          [
            [at(persons), 1],
            [at(households), -MAX_HOUSEHOLD_SIZE],
          ],
          false,
        );
      }
      for (const t of RISKS)
        relate(
          [
            [at(`risk:${t}`), 1],
            [at('M'), -1],
          ],
          false,
        );
      relate([[at('M'), -1], ...RISKS.map((t): [string, number] => [at(`risk:${t}`), 1])], false);
      relate([[at('M'), 1], ...RISKS.map((t): [string, number] => [at(`risk:${t}`), -1])], false);
      relate(
        [
          [at(`end:${MONTHS.at(-1)}`), 1],
          [at('M'), -1],
        ],
        true,
      );
      relate([[at('E'), -1], ...MONTHS.map((m): [string, number] => [at(`el:${m}`), 1])], true);
      for (let i = 1; i < MONTHS.length; i++) {
        // Month-to-month: end(m) = end(m−1) + identified(m) − eliminated(m) (− other exits).
        const terms: Array<[string, number]> = [
          [at(`end:${MONTHS[i]}`), 1],
          [at(`end:${MONTHS[i - 1]}`), -1],
          [at(`id:${MONTHS[i]}`), -1],
          [at(`el:${MONTHS[i]}`), 1],
        ];
        relate(terms, true);
        relate(terms, false);
      }
      relate(
        [
          [at(`end:${MONTHS[0]}`), 1],
          [at(`id:${MONTHS[0]}`), -1],
          [at(`el:${MONTHS[0]}`), 1],
        ],
        false,
      );
      for (const m of MONTHS)
        relate(
          [
            [at(`end:${m}`), 1],
            [at('H'), -1],
          ],
          false,
        );
    }
    const sweeps = solver.solve();

    const interval = (name: string) => [solver.lo[solver.index.get(name)!], solver.hi[solver.index.get(name)!]];
    for (const name of truth.keys()) {
      const [lo, hi] = interval(name);
      expect(lo <= value(name) && value(name) <= hi, `${name}: true ${value(name)} outside [${lo}, ${hi}]`).toBe(true);
    }
    const sensitive = [...hidden].filter((name) => {
      const [code, field] = name.split('|');
      const households = value(`${code}|${PERSONS_OF[field] ?? field}`);
      return households >= 1 && households <= 4;
    });
    const rebuilt = [...hidden].filter((name) => {
      const [lo, hi] = interval(name);
      return lo === hi;
    });
    const rebuiltSensitive = sensitive.filter((name) => {
      const [lo, hi] = interval(name);
      return lo === hi;
    });
    const narrow = sensitive.filter((name) => {
      const [lo, hi] = interval(name);
      return hi - lo < PROTECTION_MARGIN;
    });
    console.log(
      `suppression attack: ${overviews.size} overviews and trends, ${solver.lo.length} cells, ${relations} relations, ` +
        `fixpoint after ${sweeps} sweeps; hidden cells below county ${hidden.size}, rebuilt exactly ${rebuilt.length} ` +
        `(${rebuilt.filter((n) => value(n) === 0).length} of them zero); ` +
        `sensitive (1–4 households) ${sensitive.length}, rebuilt exactly ${rebuiltSensitive.length}, narrower than the margin ${narrow.length}` +
        `${
          rebuiltSensitive.length
            ? `; e.g. ${rebuiltSensitive
                .slice(0, 5)
                .map((n) => `${n}=${value(n)}`)
                .join(', ')}`
            : ''
        }`,
    );
    expect(sensitive.length).toBeGreaterThan(100);
    expect(rebuiltSensitive).toEqual([]);
    expect(narrow).toEqual([]);
  }, 300_000);

  it('leaves the what-if (政策测算) to roles that read the household list, so no protected reader reaches it', async () => {
    for (const [role, permissions] of Object.entries(ROLE_PERMISSIONS)) {
      if (permissions.includes(Permission.POLICY_WRITE)) expect(permissions, role).toContain(Permission.HOUSEHOLD_READ);
    }
    const whatIf = `query { policyWhatIf(divisionCode: "${CITY}", year: ${YEAR}) { total { current { matched } } } }`;
    expect(errorCode(await api.exec(dashboard, whatIf))).toBe('FORBIDDEN');
  });
});

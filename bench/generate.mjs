// The benchmark's data set: one league-city (呼和浩特市), deterministic, loaded with COPY.
//
// Households, members and incomes come from the product's own generator
// (api/src/seed/households.seed.ts: generateVillageHouseholds, and COLUMNS, the one list of generated
// columns per table); cases, risk factors, measures, visits, claims and assets are derived from the
// households in set-based statements keyed on a hash of the household number, so a rerun makes the
// same data. The harness depends on tables and GraphQL operations only, never on the API's internals.
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { API_DIST } from './lib/paths.mjs';

const require = createRequire(import.meta.url);
const { generateVillageHouseholds, COLUMNS, IdNumberFactory, CONTRACT_PERSON } = require(
  `${API_DIST}/seed/households.seed.js`,
);

export const CITY = '150100000000';
/** Ten counties: the city's nine plus its development zone. */
export const COUNTIES = [
  '150102',
  '150103',
  '150104',
  '150105',
  '150121',
  '150122',
  '150123',
  '150124',
  '150125',
  '150172',
];
const TOWNSHIP_NAMES = ['金川', '白塔', '保合少', '西把栅', '榆林', '黄合少', '巧报', '太平庄', '金河', '沙尔沁'];
const VILLAGE_NAMES = [
  '东营',
  '西营',
  '前进',
  '新胜',
  '榆树沟',
  '大井',
  '小营子',
  '沙梁',
  '后窑',
  '南园',
  '北滩',
  '红旗',
  '丰收',
  '团结',
  '兴隆',
];
/** Generated townships use codes 120–129 (the reference data has 100–104 and 200–201). */
const TOWNSHIPS_PER_COUNTY = 10;
const VILLAGES_PER_TOWNSHIP = 10;

/** Division rows the benchmark adds to the reference data: ~1,000 villages in 10 counties. */
export function benchDivisions() {
  const rows = [];
  COUNTIES.forEach((county, c) => {
    rows.push({
      code: `${county}000000`,
      name: county === '150172' ? '呼和浩特经济技术开发区' : null,
      level: 'COUNTY',
      parent: CITY,
    });
    for (let t = 0; t < TOWNSHIPS_PER_COUNTY; t++) {
      const township = `${county}${120 + t}000`;
      rows.push({
        code: township,
        name: `${TOWNSHIP_NAMES[(c + t) % TOWNSHIP_NAMES.length]}镇`,
        level: 'TOWNSHIP',
        parent: `${county}000000`,
      });
      for (let v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
        rows.push({
          code: `${township.slice(0, 9)}${301 + v}`,
          name: `${VILLAGE_NAMES[(c * 7 + t * 3 + v) % VILLAGE_NAMES.length]}村`,
          level: 'VILLAGE',
          parent: township,
        });
      }
    }
  });
  return rows;
}

/** COPY text format: tab-separated, \N for null, backslash escapes. */
const field = (value) => {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};

async function copyInto(client, table, columns) {
  const stream = client.query(
    copyStreams.from(
      `copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}, "created_at", "updated_at") from stdin`,
    ),
  );
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  return {
    async write(rows, stamp) {
      let text = '';
      for (const row of rows) text += `${columns.map((c) => field(row[c])).join('\t')}\t${stamp}\t${stamp}\n`;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async end() {
      stream.end();
      await done;
    },
  };
}

/** The tables the COPY fills: their secondary indexes are dropped before and built after. */
const BULK_TABLES = [
  'household',
  'household_member',
  'household_income',
  'monitoring_case',
  'risk_factor',
  'assistance_measure',
  'assistance_visit',
  'insurance_claim',
];

async function connect(url, replica = true) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // A data load, not anybody's action: foreign keys are checked by construction, not per row.
  if (replica) await client.query(`set session_replication_role = replica`);
  await client.query(`set maintenance_work_mem = '256MB'`);
  return client;
}

/**
 * Loads `households` generated households into the database at `url` (migrated and seeded by the
 * API's own start). Returns timings. The database keeps a `bench_dataset` row so later runs reuse it.
 */
export async function generate(url, households, log = console.log) {
  const timings = {};
  const t0 = performance.now();
  const admin = await connect(url);
  await admin.query(
    `create table if not exists bench_dataset (households int not null, generated_at timestamptz not null, seconds numeric not null)`,
  );
  const {
    rows: [done],
  } = await admin.query(`select * from bench_dataset`);
  if (done) {
    await admin.end();
    return { reused: true, seconds: Number(done.seconds), generatedAt: done.generated_at };
  }

  // Divisions: ~1,000 villages in 10 counties beside the reference data.
  const divisions = benchDivisions();
  await admin.query(
    `insert into division (code, name, level, parent_code)
     select d.code, coalesce(d.name, '县' || d.code), d.level::division_level, d.parent from json_to_recordset($1::json) as d(code text, name text, level text, parent text)
     on conflict (code) do nothing`,
    [JSON.stringify(divisions)],
  );
  const { rows: villageRows } = await admin.query(
    `select code from division where level = 'VILLAGE' and code like '1501%' order by code`,
  );
  const villages = villageRows.map((r) => r.code);
  const { rows: existingRows } = await admin.query(
    `select division_code, count(*)::int as n from household group by 1`,
  );
  const existing = new Map(existingRows.map((r) => [r.division_code, r.n]));
  const already = existingRows.reduce((sum, r) => sum + r.n, 0);
  const toMake = Math.max(0, households - already);

  // Secondary indexes off during the load, rebuilt once at the end (far faster than per row).
  const { rows: indexes } = await admin.query(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = 'public' and i.tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [BULK_TABLES],
  );
  for (const index of indexes) await admin.query(`drop index if exists "${index.indexname}"`);

  // Households, members, incomes: three COPY streams fed from one generator.
  const year = new Date().getFullYear();
  const ids = new IdNumberFactory();
  ids.reserve(CONTRACT_PERSON.idNumber);
  for (const row of (
    await admin.query(
      `select left(id_number, 14) || max(substr(id_number, 15, 3)) || 'X' as id_number from household_member group by left(id_number, 14)`,
    )
  ).rows)
    ids.reserve(row.id_number);
  const clients = await Promise.all([connect(url), connect(url), connect(url)]);
  const streams = await Promise.all(
    ['household', 'household_member', 'household_income'].map((table, i) =>
      copyInto(clients[i], table, Object.keys(COLUMNS[table])),
    ),
  );
  const stamp = new Date(Date.UTC(year, 0, 2)).toISOString();
  const perVillage = Math.floor(toMake / villages.length);
  const remainder = toMake % villages.length;
  let made = 0;
  let lastLog = performance.now();
  const BATCH = 500;
  for (const [index, village] of villages.entries()) {
    const count = perVillage + (index < remainder ? 1 : 0);
    for (let offset = 0; offset < count; offset += BATCH) {
      const batch = generateVillageHouseholds(
        village,
        Math.min(BATCH, count - offset),
        2026 * 100_003 + index * 1_009 + offset,
        ids,
        year,
        (existing.get(village) ?? 0) + offset + 1,
      );
      await streams[0].write(batch.households, stamp);
      await streams[1].write(batch.members, stamp);
      await streams[2].write(batch.incomes, stamp);
      made += batch.households.length;
    }
    if (performance.now() - lastLog > 15_000) {
      lastLog = performance.now();
      log(
        `  已生成 ${made.toLocaleString()}/${toMake.toLocaleString()} 户（${Math.round(made / ((lastLog - t0) / 1000)).toLocaleString()} 户/秒）`,
      );
    }
  }
  await Promise.all(streams.map((s) => s.end()));
  await Promise.all(clients.map((c) => c.end()));
  timings.copy = (performance.now() - t0) / 1000;
  log(`  COPY 农户、成员、收入：${timings.copy.toFixed(0)} 秒`);

  // Cases in every state, risk factors, measures, visits, claims and assets, derived set-wise.
  const t1 = performance.now();
  for (const statement of DERIVED) await admin.query(statement);
  timings.derived = (performance.now() - t1) / 1000;
  log(`  监测对象、风险、措施、走访、理赔、资产：${timings.derived.toFixed(0)} 秒`);

  const t2 = performance.now();
  // Two index builds at a time: the machine has two cores.
  const queue = [...indexes];
  const builders = await Promise.all([connect(url), connect(url)]);
  await Promise.all(
    builders.map(async (client) => {
      for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.indexdef);
      await client.end();
    }),
  );
  await admin.query(`select setval('household_number_seq', greatest((select count(*) from household), 1))`);
  // Maintained figures (if the schema keeps any) are recomputed once after a load that bypassed triggers.
  const {
    rows: [refresh],
  } = await admin.query(`select to_regproc('statistics_rollup_rebuild') as fn`);
  if (refresh.fn) await admin.query(`select statistics_rollup_rebuild()`);
  await admin.query(`vacuum analyze`);
  timings.indexes = (performance.now() - t2) / 1000;
  log(`  建索引、统计汇总、vacuum analyze：${timings.indexes.toFixed(0)} 秒`);
  const seconds = (performance.now() - t0) / 1000;
  await admin.query(`insert into bench_dataset values ($1, now(), $2)`, [households, seconds.toFixed(1)]);
  await admin.end();
  return { reused: false, seconds, timings, made };
}

// k: a stable per-household number from its household number (hashtext is stable across runs).
const K = `abs(hashtext(h.household_number))`;

/**
 * One statement per table. About 12% of households have a case; its state is drawn from a weighted
 * list so every state occurs (监测中 most often); monitored cases have unresolved risks and measures in
 * effect, eliminated ones resolved risks and ended measures.
 */
const DERIVED = [
  `insert into monitoring_case (id, created_at, updated_at, household_id, division_code, category, state, source, reasons, opened_on, state_changed_at, notice_ends_on, identified_on, closed_on)
   select gen_random_uuid(), now(), now(), x.id, x.division_code,
     (array['UNSTABLE_LIFTED_OUT','MARGINAL_AT_RISK','SUDDEN_HARDSHIP'])[1 + x.k % 3]::monitoring_category,
     x.state::case_state,
     (array['SELF_REPORT','CADRE_VISIT','DEPARTMENT_WARNING','DATA_COMPARISON'])[1 + (x.k / 7) % 4]::risk_source,
     array['人均纯收入低于监测收入线'], x.opened_on, now() - ((x.k % 200) || ' days')::interval,
     case when x.state in ('VILLAGE_REVIEW','TOWNSHIP_REVIEW') then x.opened_on + 20 end,
     case when x.rank >= 6 then x.opened_on + 30 end,
     case when x.state = 'RISK_ELIMINATED' then least(current_date, x.opened_on + 60 + (x.k % 300)) when x.state = 'DISMISSED' then x.opened_on + 10 end
   from (
     select h.id, h.division_code, ${K} as k, s.state, s.rank, current_date - 60 - (${K} % 540) as opened_on
     from household h
     cross join lateral (select (array['LEAD','SURVEY','VILLAGE_REVIEW','TOWNSHIP_REVIEW','COUNTY_REVIEW','MONITORED','MONITORED','MONITORED','MONITORED','MONITORED','MONITORED',
       'EXIT_VILLAGE_REVIEW','EXIT_TOWNSHIP_REVIEW','EXIT_COUNTY_REVIEW','RISK_ELIMINATED','RISK_ELIMINATED','RISK_ELIMINATED','DISMISSED'])[1 + (${K} / 100) % 18] as state) s0
     cross join lateral (select s0.state, array_position(array['LEAD','SURVEY','VILLAGE_REVIEW','TOWNSHIP_REVIEW','COUNTY_REVIEW','MONITORED','EXIT_VILLAGE_REVIEW','EXIT_TOWNSHIP_REVIEW','EXIT_COUNTY_REVIEW','RISK_ELIMINATED','DISMISSED'], s0.state) as rank) s
     where ${K} % 100 < 12 and h.status = 'ACTIVE'
       and not exists (select 1 from monitoring_case c where c.household_id = h.id)
   ) x`,
  // The monitoring status the county's confirmation writes on the household (monitored cases only).
  `update household h set monitoring_category = c.category, monitored_since = c.identified_on
   from monitoring_case c
   where c.household_id = h.id and c.state in ('MONITORED','EXIT_VILLAGE_REVIEW','EXIT_TOWNSHIP_REVIEW','EXIT_COUNTY_REVIEW')
     and h.monitoring_category is distinct from c.category`,
  `insert into risk_factor (id, created_at, updated_at, household_id, division_code, type, amount, occurred_on, source, status, resolved_on)
   select gen_random_uuid(), now(), now(), c.household_id, c.division_code,
     (array['ILLNESS','DISABILITY','SCHOOLING','DISASTER','ACCIDENT','INDUSTRY_FAILURE','EMPLOYMENT_INSTABILITY','INCOME_DROP','EXPENDITURE_SURGE','HOUSING_SAFETY'])[1 + (abs(hashtext(c.id::text)) + n) % 10]::risk_type,
     case when n = 0 then 5000 + abs(hashtext(c.id::text)) % 30000 end, c.opened_on, c.source,
     case when c.state in ('RISK_ELIMINATED','DISMISSED') then 'RESOLVED' else 'ACTIVE' end::risk_status, c.closed_on
   from monitoring_case c cross join generate_series(0, 1) n
   where c.state <> 'LEAD' and (n = 0 or abs(hashtext(c.id::text)) % 3 = 0)
     and not exists (select 1 from risk_factor r where r.household_id = c.household_id)`,
  `insert into assistance_measure (id, created_at, updated_at, household_id, division_code, kind_code, kind_name, nature, income_source, amount, starts_on, ends_on, responsible_unit, status, case_id)
   select gen_random_uuid(), now(), now(), c.household_id, c.division_code, m.code, m.name, m.nature::measure_nature, m.source::assistance_income_source,
     m.amount, c.identified_on, case when c.state = 'RISK_ELIMINATED' then c.closed_on end, m.unit,
     case when c.state = 'RISK_ELIMINATED' then 'ENDED' else 'IN_EFFECT' end::measure_status, c.id
   from monitoring_case c
   cross join lateral (values
     ('INDUSTRY', '产业帮扶', 'DEVELOPMENT', 'OPERATIONS', 3000.00, '旗农牧局', 0),
     ('MINIMUM_LIVING', '低保', 'PROTECTIVE', 'TRANSFERS', 4200.00, '旗民政局', 1),
     ('EMPLOYMENT', '就业帮扶', 'DEVELOPMENT', 'TRANSFERS', 200.00, '旗人社局', 2)) as m(code, name, nature, source, amount, unit, n)
   where c.identified_on is not null and c.state <> 'DISMISSED'
     and (m.n = 0 or abs(hashtext(c.id::text)) % 4 = m.n)
     -- one monitored household in ten has no measure yet (an assistance gap)
     and abs(hashtext(c.id::text)) % 10 <> 9
     and not exists (select 1 from assistance_measure a where a.household_id = c.household_id)`,
  `insert into assistance_visit (id, created_at, updated_at, household_id, division_code, client_key, visited_on, visitor_name, findings, income_check)
   select gen_random_uuid(), now(), now(), c.household_id, c.division_code, 'bench-' || c.id || '-' || n,
     current_date - (n * 45 + abs(hashtext(c.id::text)) % 40), '驻村队员', '入户核实收入和措施落实情况', 'STABLE'
   from monitoring_case c cross join generate_series(0, 1) n
   where c.identified_on is not null and c.state <> 'DISMISSED'
   on conflict (client_key) do nothing`,
  `insert into insurance_claim (id, created_at, updated_at, division_code, policy_id, policy_year, insurer_name, external_reference, member_id, household_id, cause, incident_date,
     total_cost, reimbursed_amount, self_paid_amount, per_capita_income_after_loss, prevention_line, payout_amount, status, filed_by)
   select gen_random_uuid(), now(), now(), m.division_code, p.id, p.year, p.insurer_name, 'BENCH-' || m.id, m.id, m.household_id, 'ILLNESS', make_date(p.year, 3, 2),
     86000, 51000, 35000, 4100, 8000, 12000, (array['SUBMITTED','APPROVED','PAID','REJECTED'])[1 + abs(hashtext(m.id::text)) % 4]::claim_status, '承保机构'
   from household_member m
   join insurance_policy p on p.year = extract(year from current_date)::int - 1
   where m.relation = 'HEAD' and m.health_status = 'SERIOUS_ILLNESS' and abs(hashtext(m.id_number)) % 40 = 0
   on conflict do nothing`,
  `insert into asset (id, created_at, updated_at, name, asset_class, type, division_code, owner, used_by, manager, supervisor, accepted_on, book_value, status)
   select gen_random_uuid(), now(), now(), d.name || (array['光伏电站','扶贫车间','养殖园区'])[n], (array['OPERATING','OPERATING','PUBLIC_WELFARE'])[n]::asset_class,
     (array['PHOTOVOLTAIC','WORKSHOP','BREEDING_FARM'])[n]::asset_type, d.code, d.name || '村股份经济合作社', d.name || '村股份经济合作社', d.name || '村委会', '乡镇人民政府',
     make_date(2021 + n, 6, 30), 200000 * n, 'OPERATING'
   from division d cross join generate_series(1, 3) n
   where d.level = 'VILLAGE' and d.code like '1501%'
     and not exists (select 1 from asset a where a.division_code = d.code and a.name = d.name || (array['光伏电站','扶贫车间','养殖园区'])[n])`,
];

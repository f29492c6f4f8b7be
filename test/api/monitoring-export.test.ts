import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { startHttpServer } from '../../api/src/server';
import { CASE_EXPORT_COLUMNS } from '../../api/src/modules/monitoring/case-export.service';
import { SUPERVISION_EXPORT_COLUMNS } from '../../api/src/modules/monitoring/supervision-export.service';

/**
 * The case list and 监测督导 leave as .xlsx through the export jobs, and a list's ticked rows can
 * be exported alone; the home page's counts by state are the list's own totals.
 */
let api: TestApi;
let http: { url: string; stop(): Promise<void> };
const tokens: Record<string, string> = {};
const USERS = ['county_admin', 'county_admin_2', 'city_admin', 'township_officer', 'village_officer'];

/** 东营村 and 西营村 of 察素齐镇, and a village of another township of the same county. */
const DONGYING = '150121100201';
let otherTownshipVillage: string;
const caseIds: string[] = [];
let overdueCaseId: string;

type Row = Record<string, string>;

async function readSheet(body: Buffer): Promise<{ headers: string[]; rows: Row[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1)
      rows.push(
        Object.fromEntries(
          headers.map((h, i) => [h, row.getCell(i + 1).value === null ? '' : String(row.getCell(i + 1).value)]),
        ),
      );
  });
  return { headers, rows };
}

interface Job {
  id: string;
  status: string;
  kind: string;
  masked: boolean;
  filename: string;
  totalRows: number;
  byteSize: number;
  message: string | null;
}
const JOB_FIELDS = 'id status kind filename totalRows byteSize message masked';

/** Starts an export with `mutation`, waits for the job, downloads the file by a signed link. */
async function exportFile(
  token: string,
  mutation: string,
  variables: Record<string, unknown> = {},
): Promise<{ job: Job; headers: string[]; rows: Row[] }> {
  const started = Object.values((await api.ok(token, mutation, variables)) as Record<string, Job>)[0];
  expect(started.status).toBe('QUEUED');
  let job = started;
  for (let i = 0; i < 600 && !['SUCCEEDED', 'FAILED'].includes(job.status); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = (
      (await api.ok(token, `query($id: String!) { exportJob(id: $id) { ${JOB_FIELDS} } }`, { id: started.id })) as {
        exportJob: Job;
      }
    ).exportJob;
  }
  expect(job.status, job.message ?? '').toBe('SUCCEEDED');
  const { createExportDownloadLink: link } = (await api.ok(
    token,
    `mutation($id: String!) { createExportDownloadLink(id: $id) { url } }`,
    { id: job.id },
  )) as { createExportDownloadLink: { url: string } };
  const response = await fetch(`${http.url}${link.url}`);
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.length).toBe(job.byteSize);
  return { job, ...(await readSheet(body)) };
}

const CASE_EXPORT = `mutation($divisionCode: String, $states: [CaseState!], $overdue: Boolean, $pendingForMe: Boolean, $ids: [String!]) {
  startMonitoringCaseExport(divisionCode: $divisionCode, states: $states, overdue: $overdue, pendingForMe: $pendingForMe, ids: $ids) { ${JOB_FIELDS} } }`;
const CASE_TOTAL = `query($divisionCode: String, $states: [CaseState!], $overdue: Boolean, $pendingForMe: Boolean, $ids: [String!]) {
  monitoringCases(divisionCode: $divisionCode, states: $states, overdue: $overdue, pendingForMe: $pendingForMe, ids: $ids, limit: 1) { total } }`;
const CASE_COUNTS = `query($divisionCode: String, $overdue: Boolean, $pendingForMe: Boolean) {
  monitoringCaseCounts(divisionCode: $divisionCode, overdue: $overdue, pendingForMe: $pendingForMe) { state cases } }`;

const total = async (token: string, filter: Record<string, unknown>) =>
  ((await api.ok(token, CASE_TOTAL, filter)) as { monitoringCases: { total: number } }).monitoringCases.total;

beforeAll(async () => {
  api = await startTestApi();
  http = await startHttpServer(api.orm, api.config, 0);
  for (const user of USERS) tokens[user] = await api.login(user);
  [{ code: otherTownshipVillage }] = await api.sql<{ code: string }>(
    `select code from division where code like '150121%' and level = 'VILLAGE' and code not like '150121100%' order by code limit 1`,
  );
  // Three leads in 东营村 and one in another township, opened as the procedure opens them.
  const households = [
    ...(await api.sql<{ id: string }>(
      `select id from household where division_code = ? and status = 'ACTIVE' order by household_number desc limit 3`,
      [DONGYING],
    )),
    ...(await api.sql<{ id: string }>(
      `select id from household where division_code = ? and status = 'ACTIVE' order by household_number limit 1`,
      [otherTownshipVillage],
    )),
  ];
  for (const household of households) {
    const opened = (await api.ok(
      tokens.county_admin,
      `mutation($h: String!) { openLead(input: { householdId: $h, category: MARGINAL_AT_RISK, source: CADRE_VISIT, reasons: ["走访发现", "收入骤减"] }) { id } }`,
      { h: household.id },
    )) as { openLead: { id: string } };
    caseIds.push(opened.openLead.id);
  }
  // One lead waited 40 days: past the 15-day default, so it is overdue.
  overdueCaseId = caseIds[0];
  await api.sql(`update monitoring_case set state_changed_at = now() - interval '40 days' where id = ?`, [
    overdueCaseId,
  ]);
});

afterAll(async () => {
  await http?.stop();
  await api?.close();
});

describe('counts by state (the home page)', () => {
  it('equal the list total for each state, for every filter the home page uses, in one statement', async () => {
    for (const filter of [{}, { overdue: true }, { pendingForMe: true }, { divisionCode: DONGYING }]) {
      for (const user of ['county_admin', 'township_officer', 'village_officer']) {
        const { monitoringCaseCounts: counts } = (await api.ok(tokens[user], CASE_COUNTS, filter)) as {
          monitoringCaseCounts: Array<{ state: string; cases: number }>;
        };
        expect(counts.map((c) => c.state)).toContain('LEAD');
        for (const { state, cases } of counts)
          expect(cases, `${user} ${JSON.stringify(filter)} ${state}`).toBe(
            await total(tokens[user], { ...filter, states: [state] }),
          );
      }
    }
    const leads = async (user: string, filter = {}) =>
      (
        (await api.ok(tokens[user], CASE_COUNTS, filter)) as {
          monitoringCaseCounts: Array<{ state: string; cases: number }>;
        }
      ).monitoringCaseCounts.find((c) => c.state === 'LEAD')!.cases;
    expect(await leads('county_admin')).toBeGreaterThanOrEqual(4);
    expect(await leads('county_admin', { overdue: true })).toBeGreaterThanOrEqual(1);
    expect(await leads('county_admin_2', { divisionCode: '150121' })).toBe(0);

    api.resetQueries();
    await api.ok(tokens.county_admin, CASE_COUNTS, {});
    expect(api.queries.filter((q) => /monitoring_case/.test(q))).toHaveLength(1);
  });
});

describe('exporting the case list', () => {
  it('writes the filtered list sorted by 户编号, with places and the head by name, and 逾期 as the list judges it', async () => {
    const { job, headers, rows } = await exportFile(tokens.county_admin, CASE_EXPORT, {
      divisionCode: '150121',
      states: ['LEAD'],
    });
    expect(job.kind).toBe('MONITORING_CASES');
    expect(job.masked).toBe(false);
    expect(job.filename).toMatch(/^监测案卷_\d{8}-\d{4}\.xlsx$/);
    expect(headers).toEqual(CASE_EXPORT_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(await total(tokens.county_admin, { divisionCode: '150121', states: ['LEAD'] }));
    const numbers = rows.map((r) => r.户编号);
    expect(numbers).toEqual([...numbers].sort());
    expect(
      rows.every(
        (r) =>
          r.当前环节 === '线索' &&
          r['旗县（区）'] === '土默特左旗' &&
          r['乡镇（街道）'] !== '' &&
          r['村（社区）'] !== '',
      ),
    ).toBe(true);

    const [overdue] = await api.sql<{ household_number: string; head: string; village: string; township: string }>(
      `
      select h.household_number, m.name as head, v.name as village, t.name as township from monitoring_case c join household h on h.id = c.household_id
        join household_member m on m.household_id = h.id and m.relation = 'HEAD' and m.status = 'ACTIVE'
        join division v on v.code = h.division_code join division t on t.code = substr(h.division_code, 1, 9) || '000' where c.id = ?`,
      [overdueCaseId],
    );
    const row = rows.find((r) => r.户编号 === overdue.household_number)!;
    expect(row).toMatchObject({
      户主: overdue.head,
      '村（社区）': overdue.village,
      '乡镇（街道）': overdue.township,
      是否逾期: '是',
      监测对象类别: '边缘易致贫户',
      识别理由: '走访发现；收入骤减',
    });
    expect(Number(row.已停留天数)).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.是否逾期 === '是').length).toBe(
      await total(tokens.county_admin, { divisionCode: '150121', states: ['LEAD'], overdue: true }),
    );
  });

  it('exports only the ticked cases (ids that are no case match nothing)', async () => {
    const ticked = [caseIds[1], caseIds[3]];
    const { rows } = await exportFile(tokens.county_admin, CASE_EXPORT, { ids: [...ticked, 'not-a-case'] });
    const numbers = await api.sql<{ household_number: string }>(
      `select h.household_number from monitoring_case c join household h on h.id = c.household_id where c.id in (?, ?) order by 1`,
      ticked,
    );
    expect(rows.map((r) => r.户编号)).toEqual(numbers.map((n) => n.household_number));
    expect(await total(tokens.county_admin, { ids: ticked })).toBe(2);
  });

  it('stays in the jurisdiction: the township sees its own cases, the other county none, the village may not export', async () => {
    const township = await exportFile(tokens.township_officer, CASE_EXPORT, {});
    expect(township.rows.length).toBeGreaterThanOrEqual(3);
    expect(township.rows.every((r) => r['乡镇（街道）'] === '察素齐镇')).toBe(true);
    const county2 = await exportFile(tokens.county_admin_2, CASE_EXPORT, { ids: caseIds });
    expect(county2.rows).toHaveLength(0);
    expect(errorCode(await api.exec(tokens.village_officer, CASE_EXPORT, {}))).toBe('FORBIDDEN');
    // Another person's case export is not found for them, nor downloadable.
    const { job } = await exportFile(tokens.county_admin, CASE_EXPORT, { ids: caseIds });
    expect(
      errorCode(
        await api.exec(tokens.township_officer, `query($id: String!) { exportJob(id: $id) { id } }`, { id: job.id }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      (
        await fetch(`${http.url}/downloads/exports/${job.id}`, {
          headers: { Authorization: `Bearer ${tokens.city_admin}` },
        })
      ).status,
    ).toBe(404);
  });
});

describe('exporting 监测督导', () => {
  it('writes the total and one row per child with the page’s own figures', async () => {
    const { supervision } = (await api.ok(
      tokens.county_admin,
      `query { supervision(divisionCode: "150121000000") {
      overdueDays total { divisionName persons overdueCases warningRatio }
      children { divisionCode divisionName persons registeredPersons monitoredPersons overdueCases byState { state cases } } } }`,
    )) as {
      supervision: {
        total: { divisionName: string; persons: number; overdueCases: number; warningRatio: number | null };
        children: Array<{
          divisionCode: string;
          divisionName: string;
          persons: number;
          registeredPersons: number;
          monitoredPersons: number;
          overdueCases: number;
          byState: Array<{ state: string; cases: number }>;
        }>;
      };
    };
    const { job, headers, rows } = await exportFile(
      tokens.county_admin,
      `mutation { startSupervisionExport(divisionCode: "150121000000") { ${JOB_FIELDS} } }`,
    );
    expect(job.kind).toBe('SUPERVISION');
    expect(job.filename).toMatch(/^监测督导_土默特左旗_\d{8}-\d{4}\.xlsx$/);
    expect(headers).toEqual(SUPERVISION_EXPORT_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(1 + supervision.children.length);
    expect(rows[0]).toMatchObject({
      区划: '土默特左旗（合计）',
      在册人口: String(supervision.total.persons),
      逾期案卷: String(supervision.total.overdueCases),
      深度贫困地区: '否',
    });
    expect(rows[0].预警值).toBe(`${(supervision.total.warningRatio! * 100).toFixed(1)}%`);
    expect(Number(rows[0].逾期案卷)).toBeGreaterThanOrEqual(1);
    supervision.children.forEach((child, i) => {
      const row = rows[i + 1];
      expect(row).toMatchObject({
        区划: child.divisionName,
        区划代码: child.divisionCode,
        在册人口: String(child.persons),
        建档立卡人口: String(child.registeredPersons),
        监测对象人口: String(child.monitoredPersons),
        逾期案卷: String(child.overdueCases),
      });
      expect(row.线索).toBe(String(child.byState.find((s) => s.state === 'LEAD')?.cases ?? 0));
    });
  });

  it('is refused outside the jurisdiction and without supervision.read', async () => {
    expect(
      errorCode(
        await api.exec(
          tokens.county_admin_2,
          `mutation { startSupervisionExport(divisionCode: "150121000000") { id } }`,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.exec(
          tokens.village_officer,
          `mutation { startSupervisionExport(divisionCode: "150121100201") { id } }`,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('exporting ticked households', () => {
  it('writes the members of exactly the ticked households', async () => {
    const ticked = await api.sql<{ id: string; household_number: string; member_count: number }>(
      `select id, household_number, member_count from household where division_code = ? and status = 'ACTIVE' order by household_number limit 2`,
      [DONGYING],
    );
    const { job, rows } = await exportFile(
      tokens.county_admin,
      `mutation($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { ${JOB_FIELDS} } }`,
      { filter: { ids: [...ticked.map((h) => h.id), '00000000-0000-0000-0000-000000000000'] } },
    );
    expect(job.kind).toBe('HOUSEHOLDS');
    expect([...new Set(rows.map((r) => r.户编号))]).toEqual(ticked.map((h) => h.household_number));
    expect(rows).toHaveLength(ticked.reduce((sum, h) => sum + h.member_count, 0));
    // Another county's ticked households are not exported.
    const other = await exportFile(
      tokens.county_admin_2,
      `mutation($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { ${JOB_FIELDS} } }`,
      { filter: { ids: ticked.map((h) => h.id) } },
    );
    expect(other.rows).toHaveLength(0);
  });

  it('refuses more than 1,000 ticked rows with a field-named error', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const result = await api.exec(
      tokens.county_admin,
      `mutation($filter: HouseholdFilter) { startHouseholdExport(filter: $filter) { id } }`,
      { filter: { ids } },
    );
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.exec(tokens.county_admin, CASE_EXPORT, { ids }))).toBe('BAD_USER_INPUT');
  });
});

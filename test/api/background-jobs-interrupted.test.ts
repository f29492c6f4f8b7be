import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { waitForBackgroundJobs } from '../../api/src/common/background';
import { INTERRUPTED_MESSAGE, failInterruptedJobs } from '../../api/src/common/interrupted-jobs';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { startTestApi, type TestApi } from '../support/api';

/**
 * A household import or a department batch whose process is killed (SIGKILL) while it writes
 * leaves nothing behind, is marked failed at the next start, and the same file / records run again
 * give the full counts with no duplicates (issue 15, item 12). The job runs in a child process
 * started from the built API, so the kill is a real one.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const CHILD = path.join(ROOT, 'test/support/job-child.cjs');
const BUILT = ['modules/imports/household-import.service', 'modules/warnings/warning.service', 'common/interrupted-jobs', 'context'];

let api: TestApi;
let workDir: string;

beforeAll(async () => {
  for (const file of BUILT) {
    const built = path.join(ROOT, 'api/dist/api/src', `${file}.js`);
    const source = path.join(ROOT, 'api/src', `${file}.ts`);
    if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(source).mtimeMs) {
      throw new Error(`该测试在子进程中运行构建后的 API，请先构建：npx pnpm@10.34.9 --filter @fangfanpin/api build（${file}）`);
    }
  }
  api = await startTestApi();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-kill-'));
});
afterAll(async () => {
  await api?.close();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

const count = async (sql: string, params: unknown[] = []) => Number((await api.sql<{ n: string }>(sql, params))[0].n);

/** Starts the job in a child process; kills it with SIGKILL once `midway(jobId)` holds. */
async function startAndKill(kind: 'import' | 'batch', token: string, payload: string, midway: (jobId: string) => Promise<boolean>): Promise<string> {
  const payloadFile = path.join(workDir, `${kind}.payload`);
  fs.writeFileSync(payloadFile, payload);
  const child = spawn(process.execPath, [CHILD, kind, api.appUrl, token, payloadFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  const jobId = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/JOB (\S+)\n/);
      if (match) resolve(match[1]);
    });
    void exited.then((how) => reject(new Error(`child exited (${how}) before starting the job: ${stderr}`)));
  });
  for (let i = 0; ; i++) {
    if (await midway(jobId)) break;
    if (i > 3000) throw new Error('the job never reached the midway point');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  // The server notices the closed socket and rolls the transaction back; wait until it has.
  for (let i = 0; i < 500; i++) {
    const open = await count(`select count(*) as n from pg_stat_activity where datname = current_database() and xact_start is not null and backend_xid is not null and pid <> pg_backend_pid()`);
    if (open === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return jobId;
}

/** 1,000 households of three people (3,000 rows, two chunks), in the county's villages; IDs born 1936–1944, sequence 9xx. */
async function householdFile(villages: string[]): Promise<string> {
  const headers = ['户编号', '所在村代码', '家庭住址', '户类别', '整户无劳动能力', '低保户', '特困户', '易地搬迁户', '姓名', '身份证号', '与户主关系', '劳动技能'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('农户信息');
  sheet.addRow(headers);
  let person = 0;
  for (let h = 0; h < 1000; h++) {
    for (let m = 0; m < 3; m++, person++) {
      const birth = new Date(Date.UTC(1936, 0, 1 + person)).toISOString().slice(0, 10).replace(/-/g, '');
      const first17 = `150121${birth}${900 + (person % 40) * 2 + (m === 1 ? 0 : 1)}`;
      sheet.addRow([`KILL-${String(h + 1).padStart(5, '0')}`, villages[h % villages.length], `重跑巷${h + 1}号`, '一般农户', '否', '否', '否', '否',
        `重跑${person}`, first17 + checkCharacter(first17), m === 0 ? '户主' : m === 1 ? '配偶' : '子女', '普通劳动力']);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const ImportHouseholds = `mutation($file: String!) { importHouseholds(fileBase64: $file, filename: "interrupted.xlsx") { id } }`;
const ImportJob = `query($id: String!) { importJob(id: $id) { status importedHouseholds importedMembers message } }`;
const Submit = `mutation($records: [DepartmentRecordInput!]!) { submitDepartmentRecords(records: $records) { id } }`;
const Batch = `query($id: String!) { departmentBatch(id: $id) { status processed warnings message } }`;

describe('background jobs killed midway', () => {
  it('a household import leaves no household behind and the same file then imports in full, once', async () => {
    const county = await api.login('county_admin');
    const villages = (await api.sql<{ code: string }>(`select code from division where level = 'VILLAGE' and code like '150121%' order by code`)).map((r) => r.code);
    const file = await householdFile(villages);
    const auditBefore = await count(`select count(*) as n from audit_entry where entity_name = 'Household'`);

    const jobId = await startAndKill('import', county, file, async (id) => {
      const [job] = await api.sql<{ status: string; imported_households: number }>('select status, imported_households from import_job where id = ?', [id]);
      if (job.status === 'SUCCEEDED' || job.status === 'FAILED') throw new Error(`the import ended (${job.status}) before it could be killed`);
      return job.status === 'IMPORTING' && job.imported_households >= 500; // at least one chunk written
    });

    expect(await count(`select count(*) as n from household where household_number like 'KILL-%'`)).toBe(0);
    expect(await count(`select count(*) as n from household_member where name like '重跑%'`)).toBe(0);
    expect(await count(`select count(*) as n from audit_entry where entity_name = 'Household'`)).toBe(auditBefore);
    const [stale] = await api.sql<{ status: string }>('select status from import_job where id = ?', [jobId]);
    expect(stale.status).toBe('IMPORTING'); // the killed process could not say so itself

    // The next start marks it failed, with nothing counted as imported.
    expect(await failInterruptedJobs(api.ownerOrm)).toBe(1);
    const { importJob: failed } = await api.ok(county, ImportJob, { id: jobId }) as { importJob: Record<string, unknown> };
    expect(failed).toEqual({ status: 'FAILED', importedHouseholds: 0, importedMembers: 0, message: INTERRUPTED_MESSAGE });

    // Uploading the same file again imports everything exactly once.
    const { importHouseholds } = await api.ok(county, ImportHouseholds, { file }) as { importHouseholds: { id: string } };
    await waitForBackgroundJobs();
    const { importJob: rerun } = await api.ok(county, ImportJob, { id: importHouseholds.id }) as { importJob: Record<string, unknown> };
    expect(rerun).toMatchObject({ status: 'SUCCEEDED', importedHouseholds: 1000, importedMembers: 3000 });
    expect(await count(`select count(*) as n from household where household_number like 'KILL-%'`)).toBe(1000);
    expect(await count(`select count(distinct id_number) as n from household_member where name like '重跑%'`)).toBe(3000);
    expect(await count(`select count(*) as n from household_member where name like '重跑%'`)).toBe(3000);
    expect(await count(`select count(*) as n from audit_entry where entity_name = 'Household'`)).toBe(auditBefore + 1000);
  }, 120_000);

  it('a department batch leaves no warning behind and the same records then warn in full, once', async () => {
    const medical = await api.login('department_medical');
    const people = (await api.sql<{ id_number: string }>(
      `select id_number from household_member where division_code like '150121%' and status = 'ACTIVE' order by id_number limit 1000`)).map((r) => r.id_number);
    expect(people.length).toBe(1000);
    // 20,000 records (two chunks of 10,000): every person's house found unsafe on 20 different days of 2025.
    const records = people.flatMap((idNumber) => Array.from({ length: 20 }, (_, d) => ({
      idNumber, kind: 'UNSAFE_HOUSING', occurredOn: new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10),
    })));
    const warningsBefore = await count('select count(*) as n from department_warning');

    const batchId = await startAndKill('batch', medical, JSON.stringify(records), async (id) => {
      const [batch] = await api.sql<{ status: string; processed: number }>('select status, processed from department_batch where id = ?', [id]);
      if (batch.status !== 'RUNNING') throw new Error(`the batch ended (${batch.status}) before it could be killed`);
      return batch.processed >= 10_000; // the first chunk's warnings are written
    });

    expect(await count('select count(*) as n from department_warning where batch_id = ?', [batchId])).toBe(0);
    expect(await count('select count(*) as n from department_warning')).toBe(warningsBefore);
    expect(await failInterruptedJobs(api.ownerOrm)).toBe(1);
    const { departmentBatch: failed } = await api.ok(medical, Batch, { id: batchId }) as { departmentBatch: Record<string, unknown> };
    expect(failed).toMatchObject({ status: 'FAILED', warnings: 0, message: INTERRUPTED_MESSAGE });

    const { submitDepartmentRecords } = await api.ok(medical, Submit, { records }) as { submitDepartmentRecords: { id: string } };
    await waitForBackgroundJobs();
    const { departmentBatch: rerun } = await api.ok(medical, Batch, { id: submitDepartmentRecords.id }) as { departmentBatch: Record<string, unknown> };
    expect(rerun).toMatchObject({ status: 'SUCCEEDED', processed: 20_000, warnings: 20_000 });
    expect(await count('select count(*) as n from department_warning')).toBe(warningsBefore + 20_000);
    expect(await count(`select count(*) as n from (select distinct member_id, kind, occurred_on from department_warning) d`)).toBe(warningsBefore + 20_000);
  }, 120_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from '../../api/node_modules/exceljs';
import { checkCharacter } from '../../api/src/modules/households/id-number';
import { startTestApi, type TestApi } from '../support/api';
import { gqlHttp, loginHttp } from '../support/http';
import { freePort } from '../support/ports';

/**
 * Jobs survive the process that runs them: real API and worker processes (the built API) on one
 * database. An import whose worker is killed with SIGKILL mid-write is taken up again by another
 * worker and finishes with exact counts and no duplicate rows; an export started through one API
 * instance downloads from another (the file is in PostgreSQL, not on either machine's disk).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'api/dist/api/src');
const BUILT = [
  'main',
  'worker',
  'jobs/job-worker',
  'modules/imports/household-import.service',
  'modules/imports/downloads',
];
/** Short, so the test sees a dead worker's job released within seconds (the default is 30 s). */
const WORKER_TIMEOUT_S = 2;

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<NodeJS.Signals | number | null>;
}

let api: TestApi;
const children: Started[] = [];

function start(script: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [path.join(DIST, script)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: api.config.databaseUrl!,
      JOB_WORKER_TIMEOUT_S: String(WORKER_TIMEOUT_S),
      ...env,
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  const started = { child, output: () => output, exited };
  children.push(started);
  return started;
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\n${children.map((c) => c.output()).join('\n---\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An API instance with no worker of its own (JOB_WORKER=off), answering on a free port. */
async function startApi(): Promise<string> {
  const port = await freePort();
  const instance = start('main.js', {
    PORT: String(port),
    JOB_WORKER: 'off',
    DEMO_DATA: 'true',
    DOWNLOAD_LINK_SECRET: 'durable-jobs-test',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(`API on ${port}`, async () => {
    if (instance.child.exitCode !== null) throw new Error(`API exited: ${instance.output()}`);
    return fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  });
  return url;
}

const startWorker = () => start('worker.js', {});

const count = async (sql: string, params: unknown[] = []) => Number((await api.sql<{ n: string }>(sql, params))[0].n);

beforeAll(async () => {
  for (const file of BUILT) {
    const built = path.join(DIST, `${file}.js`);
    const source = path.join(ROOT, 'api/src', `${file}.ts`);
    if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(source).mtimeMs) {
      throw new Error(
        `该测试运行构建后的 API 与任务执行者进程，请先构建：npx pnpm@10.34.9 --filter @fangfanpin/api build（${file}）`,
      );
    }
  }
  // The database only: this file's workers are processes of their own.
  api = await startTestApi({ worker: false });
});
afterAll(async () => {
  for (const { child, exited } of children) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }
  await api?.close();
}, 60_000);

/** 1,000 households of three people (3,000 rows, two chunks of 500 households), IDs born 1936–1944. */
async function householdFile(villages: string[]): Promise<string> {
  const headers = [
    '户编号',
    '所在村代码',
    '家庭住址',
    '户类别',
    '整户无劳动能力',
    '低保户',
    '特困户',
    '易地搬迁户',
    '姓名',
    '身份证号',
    '与户主关系',
    '劳动技能',
  ];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('农户信息');
  sheet.addRow(headers);
  let person = 0;
  for (let h = 0; h < 1000; h++) {
    for (let m = 0; m < 3; m++, person++) {
      const birth = new Date(Date.UTC(1936, 0, 1 + person)).toISOString().slice(0, 10).replace(/-/g, '');
      const first17 = `150121${birth}${900 + (person % 40) * 2 + (m === 1 ? 0 : 1)}`;
      sheet.addRow([
        `KILL-${String(h + 1).padStart(5, '0')}`,
        villages[h % villages.length],
        `重跑巷${h + 1}号`,
        '一般农户',
        '否',
        '否',
        '否',
        '否',
        `重跑${person}`,
        first17 + checkCharacter(first17),
        m === 0 ? '户主' : m === 1 ? '配偶' : '子女',
        '普通劳动力',
      ]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const ImportHouseholds = `mutation($file: String!) { importHouseholds(fileBase64: $file, filename: "durable.xlsx") { id status } }`;
const ImportJob = `query($id: String!) { importJob(id: $id) { status totalRows processedRows importedHouseholds importedMembers message } }`;
const StartExport = `mutation { startHouseholdExport(filter: {}) { id status } }`;
const ExportJob = `query($id: String!) { exportJob(id: $id) { status totalRows processedRows byteSize filename } }`;

describe('jobs in the PostgreSQL queue, run by worker processes', () => {
  let apiA: string;
  let apiB: string;

  beforeAll(async () => {
    apiA = await startApi();
    apiB = await startApi();
  }, 120_000);

  it('an import whose worker is killed mid-write is taken up by another worker and finishes once, with exact counts', async () => {
    const villages = (
      await api.sql<{ code: string }>(
        `select code from division where level = 'VILLAGE' and code like '150121%' order by code`,
      )
    ).map((r) => r.code);
    const file = await householdFile(villages);
    const auditBefore = await count(`select count(*) as n from audit_entry where entity_name = 'Household'`);
    const token = await loginHttp(apiA, 'county_admin');
    const first = startWorker();

    const { importHouseholds: job } = await gqlHttp<{ importHouseholds: { id: string; status: string } }>(
      apiA,
      token,
      ImportHouseholds,
      { file },
    );
    expect(job.status).toBe('QUEUED');
    // Killed once the first chunk of households is written (inside the import's transaction).
    await waitUntil('the first chunk written', async () => {
      const [row] = await api.sql<{ status: string; imported_households: number }>(
        'select status, imported_households from import_job where id = ?',
        [job.id],
      );
      if (row.status === 'SUCCEEDED' || row.status === 'FAILED')
        throw new Error(`the import ended (${row.status}) before it could be killed`);
      return row.status === 'IMPORTING' && row.imported_households >= 500;
    });
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // The server rolls the dead connection's transaction back: nothing of the file is written yet.
    await waitUntil(
      'the rollback',
      async () => (await count(`select count(*) as n from household where household_number like 'KILL-%'`)) === 0,
    );
    const [locked] = await api.sql<{ locked_by: string | null }>(
      `select locked_by from graphile_worker.jobs where task_identifier = 'household-import'`,
    );
    expect(locked.locked_by).not.toBeNull(); // still held by the dead worker

    // Another worker sees the dead one's heartbeat stop, releases its job and runs it again.
    startWorker();
    const finished = await waitUntil(
      'the import to finish',
      async () => {
        const { importJob } = await gqlHttp<{ importJob: Record<string, unknown> }>(apiB, token, ImportJob, {
          id: job.id,
        });
        return importJob.status === 'SUCCEEDED' || importJob.status === 'FAILED' ? importJob : undefined;
      },
      90_000,
    );
    expect(finished).toMatchObject({
      status: 'SUCCEEDED',
      totalRows: 3000,
      processedRows: 3000,
      importedHouseholds: 1000,
      importedMembers: 3000,
    });
    expect(await count(`select count(*) as n from household where household_number like 'KILL-%'`)).toBe(1000);
    expect(await count(`select count(*) as n from household_member where name like '重跑%'`)).toBe(3000);
    expect(await count(`select count(distinct id_number) as n from household_member where name like '重跑%'`)).toBe(
      3000,
    );
    expect(await count(`select count(*) as n from audit_entry where entity_name = 'Household'`)).toBe(
      auditBefore + 1000,
    );
    // The queue entry is done and the uploaded file deleted.
    expect(
      await count(`select count(*) as n from graphile_worker.jobs where task_identifier = 'household-import'`),
    ).toBe(0);
    expect(await count(`select count(*) as n from stored_file where kind = 'IMPORT_UPLOAD'`)).toBe(0);
  }, 180_000);

  it('an export started through instance A downloads from instance B', async () => {
    const tokenA = await loginHttp(apiA, 'county_admin');
    const { startHouseholdExport: job } = await gqlHttp<{ startHouseholdExport: { id: string; status: string } }>(
      apiA,
      tokenA,
      StartExport,
    );
    expect(job.status).toBe('QUEUED');
    const done = await waitUntil('the export', async () => {
      const { exportJob } = await gqlHttp<{
        exportJob: { status: string; totalRows: number; byteSize: number; filename: string };
      }>(apiB, tokenA, ExportJob, { id: job.id });
      return exportJob.status === 'SUCCEEDED' || exportJob.status === 'FAILED' ? exportJob : undefined;
    });
    expect(done.status).toBe('SUCCEEDED');
    const tokenB = await loginHttp(apiB, 'county_admin');
    const response = await fetch(`${apiB}/downloads/exports/${job.id}`, {
      headers: { authorization: `Bearer ${tokenB}` },
    });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(done.byteSize);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as never);
    const sheet = workbook.getWorksheet('农户信息')!;
    expect(sheet.rowCount - 1).toBe(done.totalRows);
    const members = await count(`select count(*) as n from household_member m join household h on h.id = m.household_id
      where h.division_code like '150121%' and m.status = 'ACTIVE'`);
    expect(done.totalRows).toBeGreaterThanOrEqual(members);
    // The download is audited as before, by the instance that served it.
    expect(
      await count(`select count(*) as n from audit_entry where action = 'FILE_DOWNLOAD' and entity_id = ?`, [job.id]),
    ).toBe(1);
  }, 120_000);
});

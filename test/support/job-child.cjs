// Starts one background job (household import or department batch) in its own process, as the
// server would, so a test can kill the process with SIGKILL while the job is writing.
// Runs the built API: `npx pnpm@10.34.9 --filter @fangfanpin/api build` (npm test builds first).
require('reflect-metadata');
const fs = require('node:fs');
const path = require('node:path');

const dist = path.resolve(__dirname, '../../api/dist/api/src');
const { openOrm } = require(`${dist}/orm.js`);
const { createContext } = require(`${dist}/request.js`);
const { services } = require(`${dist}/services.js`);
const { loadConfig } = require(`${dist}/config.js`);
const { requestScope } = require(`${dist}/audit/request-scope.js`);

const [kind, url, token, payloadFile] = process.argv.slice(2);

(async () => {
  const orm = await openOrm(url, { poolMax: 2 });
  const ctx = await createContext(orm, loadConfig({ ...process.env, DATABASE_URL: url }), `Bearer ${token}`);
  const payload = fs.readFileSync(payloadFile, 'utf8');
  const job = await requestScope.run(ctx.scope, () => kind === 'import'
    ? services(ctx).householdImport.start(ctx, payload, false, 'interrupted.xlsx')
    : services(ctx).warnings.submit(ctx, { records: JSON.parse(payload) }));
  process.stdout.write(`JOB ${job.id}\n`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});

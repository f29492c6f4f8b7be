// Serves the built API + console under the supervisor, without installing or building first:
// `npm start` runs this after its install and build; `node scripts/serve.mjs` starts a build again
// quickly. Ctrl-C and SIGTERM are passed on to the API, which stops the embedded PostgreSQL itself.
import { ROOT, step } from './lib.mjs';
import { supervise } from './supervise.mjs';

step('启动服务');
// NODE_ENV=production unless told otherwise: graphql-js, Express and the API take their fast paths
// (and answer anonymous callers as in production). Demo data stays on for this start unless
// NODE_ENV or DEMO_DATA was given: a production deployment sets NODE_ENV=production itself.
const env = process.env.NODE_ENV ? {} : { NODE_ENV: 'production', DEMO_DATA: process.env.DEMO_DATA ?? 'true' };
const server = supervise({ command: process.execPath, args: ['api/dist/api/src/main.js'], cwd: ROOT, env });
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.stop(signal);
  });
server.done.then((code) => process.exit(code));

// npm start: install, build, then serve API + console on one port (PORT, default 4000).
// Without DATABASE_URL the server starts an embedded PostgreSQL with its data under .data/.
// The API runs under a supervisor: if it crashes (e.g. out of memory) it is started again.
import { build, checkNode, install, ROOT, step } from './lib.mjs';
import { supervise } from './supervise.mjs';

checkNode();
install();
build();
step('启动服务');
// NODE_ENV=production unless told otherwise: graphql-js, Express and the API take their fast paths
// (and answer anonymous callers as in production). Demo data stays on for this start unless
// NODE_ENV or DEMO_DATA was given: a production deployment sets NODE_ENV=production itself.
const env = process.env.NODE_ENV ? {} : { NODE_ENV: 'production', DEMO_DATA: process.env.DEMO_DATA ?? 'true' };
const server = supervise({ command: process.execPath, args: ['api/dist/api/src/main.js'], cwd: ROOT, env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { server.stop(signal); });
server.done.then((code) => process.exit(code));

// npm start: install, build, then serve API + console on one port (PORT, default 4000).
// Without DATABASE_URL the server starts an embedded PostgreSQL with its data under .data/.
import { build, checkNode, install, spawnInherit, step } from './lib.mjs';

checkNode();
install();
build();
step('启动服务');
const server = spawnInherit(process.execPath, ['api/dist/api/src/main.js'], {});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

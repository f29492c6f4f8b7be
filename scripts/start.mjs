// npm start: install, build, then serve API + console on one port (PORT, default 4000).
// Without DATABASE_URL the server starts an embedded PostgreSQL with its data under .data/.
// The API runs under a supervisor: if it crashes (e.g. out of memory) it is started again.
import { build, checkNode, install } from './lib.mjs';

checkNode();
install();
build();
await import('./serve.mjs');

// npm run bench -- --households 200000: builds the API, then runs the benchmark against
// DATABASE_URL (default: the machine's server at 127.0.0.1:5432) in a database of its own.
import { build, checkNode, install, run, step } from './lib.mjs';

checkNode();
install();
build({ admin: false });
step('运行基准测试');
run(process.execPath, ['api/dist/api/src/scripts/bench.js', ...process.argv.slice(2)]);

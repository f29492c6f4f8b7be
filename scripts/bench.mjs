// npm run bench [-- --households 50000] [--only W1,W3] [--seconds 10] [--rounds 2]: builds the API
// (and the console, for its first-load size, if not built), then runs bench/run.mjs against
// DATABASE_URL's server (default 127.0.0.1:5432) in a database of its own, kept between runs.
import { build, checkNode, exists, install, run, step } from './lib.mjs';

checkNode();
install();
build({ admin: !exists('admin/dist/index.html') });
step('运行基准测试');
run(process.execPath, ['bench/run.mjs', ...process.argv.slice(2)]);

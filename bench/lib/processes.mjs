// Child processes of the benchmark: the API as in production, PostGraphile, the floor.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { ROOT } from './paths.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Peak resident set of a process so far (Linux VmHWM), in MB. */
export function peakRssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return hwm ? Number(hwm[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function rssMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
  } catch {
    return null;
  }
}

/** CPU seconds a process has used (user + system), from /proc. */
export function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Children still running when the benchmark exits (an error, Ctrl-C) are killed with it. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

/**
 * Starts `node <script>` (another Node binary with `execPath`) and waits until `ready` matches its output (or it exits). Output is kept
 * in a log file; the returned handle stops the process with SIGTERM and waits for its exit.
 */
export async function startProcess(name, script, env, ready, logFile, execPath = process.execPath) {
  const log = fs.createWriteStream(logFile);
  const child = spawn(execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${name} 启动超时（见 ${logFile}）`)), 600_000);
    const onData = (chunk) => {
      seen += chunk;
      if (ready.test(seen)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} 退出（${code}），见 ${logFile}`));
    });
  });
  running.add(child);
  const exited = new Promise((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  return {
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

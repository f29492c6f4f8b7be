// Keeps the API running: a child that dies without being asked to (crash, out of memory) is
// started again with a log line; too many crashes in a short time stop the supervisor instead of
// looping. Node built-ins only.
import { spawn } from 'node:child_process';

/**
 * @param {{ command: string, args: string[], cwd?: string, env?: NodeJS.ProcessEnv,
 *   log?: (line: string) => void, delayMs?: number, maxRestarts?: number, windowMs?: number,
 *   stdio?: import('node:child_process').StdioOptions }} options
 * @returns {{ stop(signal?: NodeJS.Signals): Promise<number>, done: Promise<number>, child(): import('node:child_process').ChildProcess }}
 */
export function supervise({
  command,
  args,
  cwd,
  env,
  log = (line) => console.error(line),
  delayMs = 1000,
  maxRestarts = 5,
  windowMs = 60_000,
  stdio = 'inherit',
}) {
  let stopping = false;
  let current;
  let crashes = [];
  let finish;
  const done = new Promise((resolve) => {
    finish = resolve;
  });

  const start = () => {
    current = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio });
    current.on('exit', (code, signal) => {
      if (stopping) {
        finish(code ?? 0);
        return;
      }
      const now = Date.now();
      crashes = [...crashes.filter((t) => now - t < windowMs), now];
      const how = signal ? `信号 ${signal}` : `退出码 ${code}`;
      if (crashes.length > maxRestarts) {
        log(
          `[supervisor] API 进程异常退出（${how}），${Math.round(windowMs / 1000)} 秒内已重启 ${maxRestarts} 次，停止重启`,
        );
        finish(code || 1);
        return;
      }
      log(`[supervisor] API 进程异常退出（${how}），${delayMs} 毫秒后重启（第 ${crashes.length} 次）`);
      setTimeout(() => {
        if (!stopping) start();
        else finish(code ?? 0);
      }, delayMs);
    });
  };
  start();

  return {
    done,
    child: () => current,
    stop(signal = 'SIGTERM') {
      stopping = true;
      if (current.exitCode === null && current.signalCode === null) current.kill(signal);
      else finish(current.exitCode ?? 0);
      return done;
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module of the start scripts, no type declarations
import { supervise } from '../../scripts/supervise.mjs';

/** A child that crashes the first `crashes` times it starts, then stays up. */
function flakyChild(dir: string, crashes: number): string {
  const file = path.join(dir, 'child.cjs');
  fs.writeFileSync(
    file,
    `
    const fs = require('node:fs');
    const counter = ${JSON.stringify(path.join(dir, 'starts'))};
    const starts = (fs.existsSync(counter) ? Number(fs.readFileSync(counter, 'utf8')) : 0) + 1;
    fs.writeFileSync(counter, String(starts));
    if (starts <= ${crashes}) { console.error('heap out of memory (simulated)'); process.exit(134); }
    setInterval(() => {}, 1000);
  `,
  );
  return file;
}

describe('the start command supervises the API', () => {
  it('restarts a crashed API with a log line, and stops it on request', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-supervisor-'));
    const lines: string[] = [];
    const server = supervise({
      command: process.execPath,
      args: [flakyChild(dir, 2)],
      log: (l: string) => lines.push(l),
      delayMs: 50,
      stdio: 'ignore',
    });
    for (
      let i = 0;
      i < 100 &&
      Number(fs.existsSync(path.join(dir, 'starts')) ? fs.readFileSync(path.join(dir, 'starts'), 'utf8') : 0) < 3;
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(fs.readFileSync(path.join(dir, 'starts'), 'utf8')).toBe('3');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/API 进程异常退出（退出码 134），50 毫秒后重启（第 1 次）/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.child().exitCode).toBeNull();
    await server.stop();
    expect(lines).toHaveLength(2);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives up after too many crashes in the window instead of looping', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ffp-supervisor-'));
    const lines: string[] = [];
    const server = supervise({
      command: process.execPath,
      args: [flakyChild(dir, 100)],
      log: (l: string) => lines.push(l),
      delayMs: 10,
      maxRestarts: 3,
      stdio: 'ignore',
    });
    expect(await server.done).toBe(134);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/停止重启/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

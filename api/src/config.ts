import fs from 'node:fs';
import path from 'node:path';

/** The environment, read and checked once at start. */
export interface Config {
  /** Unset: an embedded PostgreSQL is started with its data under `.data/`. */
  databaseUrl: string | null;
  port: number;
  /** Hours a login session stays valid. */
  sessionHours: number;
  /** Seed the demo divisions, accounts and records (on by default; off for production). */
  demo: boolean;
  /** Built console to serve at `/`, if present. */
  adminDist: string;
  dataDir: string;
  /**
   * Small-cell suppression for aggregate-only readers (dashboards): below county level a figure
   * from fewer households than this is withheld. Regional default 5 (STATISTICS_MIN_HOUSEHOLDS).
   */
  statisticsMinHouseholds: number;
}

/** The workspace root (where pnpm-workspace.yaml is), from source or from the build. */
export const PROJECT_ROOT = (() => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
  }
  throw new Error('pnpm-workspace.yaml not found above ' + __dirname);
})();

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const sessionHours = Number(env.SESSION_HOURS ?? 8);
  if (!(sessionHours > 0)) throw new Error(`SESSION_HOURS must be positive, got ${env.SESSION_HOURS}`);
  const production = env.NODE_ENV === 'production';
  return {
    databaseUrl: env.DATABASE_URL || null,
    port,
    sessionHours,
    demo: env.DEMO_DATA ? env.DEMO_DATA !== 'false' : !production,
    adminDist: env.ADMIN_DIST ?? path.join(PROJECT_ROOT, 'admin', 'dist'),
    dataDir: env.DATA_DIR ?? path.join(PROJECT_ROOT, '.data'),
    statisticsMinHouseholds: positiveInteger(env.STATISTICS_MIN_HOUSEHOLDS ?? '5', 'STATISTICS_MIN_HOUSEHOLDS'),
  };
}

function positiveInteger(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}

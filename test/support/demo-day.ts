import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { cloneDatabase, dropDatabase } from './database';
import { openConsole, type ConsoleSession } from './browser';
import { openOrm } from '../../api/src/orm';
import { loadConfig } from '../../api/src/config';
import { seedAssistanceDemo } from '../../api/src/seed/assistance.seed';
import { seedStoryDemo, type StorySummary } from '../../api/src/seed/story.seed';

export interface DemoDay {
  session: ConsoleSession;
  databaseUrl: string;
  story: StorySummary;
  /** SQL as the database owner (checks behind the screens). */
  sql<T = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * A console on the demo as a first `npm start` leaves it (api/src/main.ts): the test template plus
 * the start-only story of a working day (and, when asked, the assistance demo), in a database of the
 * test file's own.
 */
export async function openDemoDay(options: { assistance?: boolean } = {}): Promise<DemoDay> {
  const databaseName = `ffp_e2e_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await cloneDatabase(inject('templateDatabase'), databaseName);
  const owner = await openOrm(databaseUrl, { poolMax: 2 });
  let story: StorySummary;
  try {
    if (options.assistance) await seedAssistanceDemo(owner);
    story = await seedStoryDemo(owner, loadConfig({ ...process.env, DATABASE_URL: databaseUrl }));
  } finally {
    await owner.close();
  }
  const session = await openConsole(databaseUrl);
  return {
    session,
    databaseUrl,
    story,
    async sql<T>(text: string, params: unknown[] = []) {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(text, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async close() {
      await session.close();
      await dropDatabase(databaseName);
    },
  };
}

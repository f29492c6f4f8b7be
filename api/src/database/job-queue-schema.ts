import { Logger, runMigrations } from 'graphile-worker';

const quiet = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`[job queue] ${message}`);
});

/**
 * The job queue's schema (graphile_worker: its tables and functions), installed or brought up to
 * date by the database owner with the other migrations; the application role is then granted
 * what it needs to add, take and finish jobs (prepareAppRole).
 */
export async function migrateJobQueue(ownerUrl: string): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, logger: quiet });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import type { Permission } from '../auth/permission';

/**
 * Background work goes through a PostgreSQL job queue (graphile_worker, see api/src/jobs/): a
 * mutation writes its job row and adds the queue entry in the same transaction, answers at once,
 * and whichever worker is free runs it. The payload names the job row and who started it, so the
 * work runs as that person, inside their jurisdiction and audited as theirs.
 */
export const TASKS = {
  HOUSEHOLD_IMPORT: 'household-import',
  HOUSEHOLD_IMPORT_APPLY: 'household-import-apply',
  EXPORT: 'export',
  DEPARTMENT_BATCH: 'department-batch',
  SWEEP_EXPIRED_FILES: 'sweep-expired-files',
} as const;
export type TaskName = (typeof TASKS)[keyof typeof TASKS];

/** Tasks the queue runs on a schedule rather than on request (a drain does not wait for them). */
export const PERIODIC_TASKS: readonly TaskName[] = [TASKS.SWEEP_EXPIRED_FILES];

/** Attempts per job: a job whose worker died is run again by another, up to this many times in all. */
export const MAX_ATTEMPTS = 5;

/** The starter as the payload carries it (JSON: permissions as a list). */
export type StoredActor = Omit<Actor, 'permissions'> & { permissions: Permission[] };

export interface JobPayload {
  /** The job row (import_job, export_job, department_batch) the work reports to. */
  id: string;
  /** The request that started it: the audit log ties the job's writes to it. */
  requestId: string;
  actor: StoredActor;
  /** The uploaded file or records (stored_file), where the job has one. */
  fileId?: string | null;
}

export const storeActor = (actor: Actor): StoredActor => ({ ...actor, permissions: [...actor.permissions] });
export const restoreActor = (stored: StoredActor): Actor => ({ ...stored, permissions: new Set(stored.permissions) });

/**
 * Adds a job to the queue on `em`'s connection: called inside the transaction that writes the job
 * row, the row and the queue entry are committed together (no job row without work, no work
 * without a row). The application role adds jobs only through `enqueue_job` (a function of the
 * owner's that passes them to graphile_worker.add_job; the queue's tables are the owner's).
 */
export async function enqueue(em: EntityManager, task: TaskName, payload: JobPayload): Promise<void> {
  await em.execute('select enqueue_job(?, ?::json, ?)', [task, JSON.stringify(payload), MAX_ATTEMPTS]);
}

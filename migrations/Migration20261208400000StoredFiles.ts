import { Migration } from '@mikro-orm/migrations';

/**
 * Files every instance can serve (exports, uploaded import files): chunked bytea in PostgreSQL,
 * deleted with their chunks when they expire; and the job workers' heartbeats, by which a worker
 * finds the jobs of a worker that died and releases them at once (graphile_worker's own lock
 * expiry is four hours).
 */
export class Migration20261208400000StoredFiles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "stored_file_kind" as enum ('EXPORT', 'IMPORT_UPLOAD', 'DEPARTMENT_RECORDS');`);
    this.addSql(`create table "stored_file" (
      "id" uuid not null default gen_random_uuid(),
      "kind" "stored_file_kind" not null,
      "owner_id" uuid null,
      "byte_size" bigint not null default 0,
      "created_at" timestamptz not null default now(),
      "expires_at" timestamptz not null,
      constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_expires_at_index" on "stored_file" ("expires_at");`);
    this.addSql(`create table "stored_file_chunk" (
      "file_id" uuid not null references "stored_file" ("id") on delete cascade,
      "seq" int not null,
      "data" bytea not null,
      constraint "stored_file_chunk_pkey" primary key ("file_id", "seq"));`);
    // The chunks are already compressed (.xlsx is a zip): no point in TOAST compressing them again.
    this.addSql(`alter table "stored_file_chunk" alter column "data" set storage external;`);
    this.addSql(
      `alter table "export_job" add column "file_id" uuid null references "stored_file" ("id") on delete set null;`,
    );
    this.addSql(`create table "job_worker" (
      "worker_id" text not null,
      "process" text not null,
      "seen_at" timestamptz not null default now(),
      constraint "job_worker_pkey" primary key ("worker_id"));`);
    // The queue's tables allow their owner only (row-level security); the application role adds
    // jobs through this one function, running as the owner, for the tasks the product defines.
    // (plpgsql resolves graphile_worker.add_job when called: the queue's schema comes after this.)
    this.addSql(`create function "enqueue_job"(task text, payload json, max_attempts int) returns void
      language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
      begin
        if task not in ('household-import', 'household-import-apply', 'export', 'department-batch') then
          raise exception 'unknown task %', task using errcode = '22023';
        end if;
        perform graphile_worker.add_job(task, payload, max_attempts => max_attempts);
      end $$;`);
    this.addSql(`revoke all on function "enqueue_job"(text, json, int) from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "enqueue_job"(text, json, int);`);
    this.addSql(`drop table if exists "job_worker";`);
    this.addSql(`alter table "export_job" drop column if exists "file_id";`);
    this.addSql(`drop table if exists "stored_file_chunk";`);
    this.addSql(`drop table if exists "stored_file";`);
    this.addSql(`drop type if exists "stored_file_kind";`);
  }
}

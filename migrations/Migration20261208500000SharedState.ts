import { Migration } from '@mikro-orm/migrations';

/**
 * State every API instance shares, kept in PostgreSQL instead of process memory. UNLOGGED: a crash
 * empties them (a counter restarts, a session reads from the primary once more), and their writes
 * cost no WAL and are not streamed to replicas.
 * - rate_counter: throttles and rate limits, one row per key and fixed window, counted by upsert.
 * - session_write: the WAL position of a session's last write, so its reads stay on the primary
 *   until a replica has replayed it (read-your-writes).
 */
export class Migration20261208500000SharedState extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "rate_counter" (
      "key" text not null,
      "window_start" timestamptz not null,
      "count" int not null,
      "expires_at" timestamptz not null,
      constraint "rate_counter_pkey" primary key ("key", "window_start"));`);
    this.addSql(`create index "rate_counter_expires_at_index" on "rate_counter" ("expires_at");`);
    this.addSql(`create unlogged table "session_write" (
      "token_id" uuid not null primary key,
      "lsn" pg_lsn not null,
      "written_at" timestamptz not null default now());`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "session_write";`);
    this.addSql(`drop table if exists "rate_counter";`);
  }
}

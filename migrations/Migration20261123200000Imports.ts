import { Migration } from '@mikro-orm/migrations';

/**
 * Background import jobs (Excel files of households). A job is scoped by its importer's division
 * like the rows it writes, hence the prefix index; the error list is kept as jsonb on the job.
 */
export class Migration20261123200000Imports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "import_kind" as enum ('HOUSEHOLDS');`);
    this.addSql(`create type "import_status" as enum ('QUEUED', 'VALIDATING', 'IMPORTING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "import_job" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "kind" "import_kind" not null, "status" "import_status" not null default 'QUEUED', "valid_only" boolean not null default false,
      "filename" varchar(200) not null, "division_code" varchar(12) not null references "division" ("code"),
      "created_by_id" uuid null, "created_by" varchar(128) not null,
      "total_rows" int not null default 0, "processed_rows" int not null default 0,
      "imported_households" int not null default 0, "imported_members" int not null default 0,
      "skipped_households" int not null default 0, "error_count" int not null default 0,
      "errors" jsonb not null default '[]', "message" varchar(500) null, "finished_at" timestamptz null,
      constraint "import_job_pkey" primary key ("id"));`);
    this.addSql(
      `create index "import_job_division_code_index" on "import_job" ("division_code" varchar_pattern_ops, "created_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_job" cascade;`);
    this.addSql(`drop type if exists "import_kind", "import_status";`);
  }
}

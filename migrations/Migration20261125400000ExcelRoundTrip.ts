import { Migration } from '@mikro-orm/migrations';

/**
 * Exports as background jobs writing a file (export_job); imports gain an update mode with a
 * preview (import_mode, status PREVIEW, the planned changes); downloads are audited (FILE_DOWNLOAD).
 */
export class Migration20261125400000ExcelRoundTrip extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "export_kind" as enum ('HOUSEHOLDS');`);
    this.addSql(`create type "export_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "export_job" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "kind" "export_kind" not null, "status" "export_status" not null default 'QUEUED', "filter" jsonb null,
      "filename" varchar(200) not null, "division_code" varchar(12) not null, "created_by_id" uuid null, "created_by" varchar(128) not null,
      "masked" boolean not null default true, "total_rows" int not null default 0, "processed_rows" int not null default 0,
      "byte_size" int not null default 0, "message" varchar(500) null, "finished_at" timestamptz null, "expires_at" timestamptz null,
      constraint "export_job_pkey" primary key ("id"));`);
    this.addSql(
      `create index "export_job_division_code_index" on "export_job" ("division_code" varchar_pattern_ops, "created_at");`,
    );

    this.addSql(`create type "import_mode" as enum ('CREATE', 'UPDATE');`);
    this.addSql(`alter type "import_status" add value if not exists 'PREVIEW' after 'VALIDATING';`);
    this.addSql(`alter table "import_job"
      add column "mode" "import_mode" not null default 'CREATE',
      add column "change_count" int not null default 0,
      add column "changes" jsonb not null default '[]',
      add column "updated_households" int not null default 0,
      add column "conflict_count" int not null default 0,
      add column "plan" jsonb null;`);
    this.addSql(`alter type "audit_action" add value if not exists 'FILE_DOWNLOAD';`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "import_job" drop column "mode", drop column "change_count", drop column "changes", drop column "updated_households", drop column "conflict_count", drop column "plan";`,
    );
    this.addSql(`drop type "import_mode";`);
    this.addSql(`drop table "export_job";`);
    this.addSql(`drop type "export_status";`);
    this.addSql(`drop type "export_kind";`);
    // PostgreSQL cannot drop an enum value (PREVIEW, FILE_DOWNLOAD); rows using them stay readable.
  }
}

import { Migration } from '@mikro-orm/migrations';

/** 部门筛查预警: submitted batches and the warnings they raise in each county's queue. */
export class Migration20261123400000DepartmentWarnings extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "department_record_kind" as enum ('MEDICAL_SELF_PAY', 'DISASTER_LOSS', 'DISABILITY_CERTIFIED', 'UNSAFE_HOUSING');`,
    );
    this.addSql(`create type "warning_status" as enum ('PENDING', 'CONVERTED', 'DISMISSED');`);
    this.addSql(`create type "batch_status" as enum ('RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "department_batch" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "department" "department" not null, "division_code" varchar(12) not null, "submitted_by" varchar(128) not null,
      "status" "batch_status" not null default 'RUNNING', "total" int not null, "processed" int not null default 0,
      "matched" int not null default 0, "warnings" int not null default 0, "unmatched_count" int not null default 0,
      "unmatched" jsonb not null default '[]', "invalid" jsonb not null default '[]', "message" varchar(500) null,
      constraint "department_batch_pkey" primary key ("id"));`);
    this.addSql(
      `create index "department_batch_division_code_index" on "department_batch" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "department_warning" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "batch_id" uuid not null references "department_batch" ("id"), "household_id" uuid not null references "household" ("id"),
      "member_id" uuid not null references "household_member" ("id"), "division_code" varchar(12) not null,
      "department" "department" not null, "kind" "department_record_kind" not null, "amount" numeric(14,2) null, "grade" smallint null,
      "occurred_on" date not null, "reason" varchar(500) not null, "status" "warning_status" not null default 'PENDING',
      "handled_by" varchar(128) null, "handle_note" varchar(500) null, "case_id" uuid null references "monitoring_case" ("id") deferrable initially deferred,
      constraint "department_warning_pkey" primary key ("id"));`);
    this.addSql(`create index "department_warning_batch_id_index" on "department_warning" ("batch_id");`);
    this.addSql(`create index "department_warning_household_id_index" on "department_warning" ("household_id");`);
    this.addSql(
      `create unique index "department_warning_once_per_event" on "department_warning" ("member_id", "kind", "occurred_on");`,
    );
    this.addSql(
      `create index "department_warning_division_code_index" on "department_warning" ("division_code" varchar_pattern_ops, "status");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "department_warning", "department_batch" cascade;`);
    this.addSql(`drop type if exists "department_record_kind", "warning_status", "batch_status";`);
  }
}

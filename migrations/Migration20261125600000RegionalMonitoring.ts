import { Migration } from '@mikro-orm/migrations';

/**
 * 部门预警按户汇总（教育、人社、民政的新数据类别；部门数据留存以便按窗口汇总），监测程序模板与
 * 村级民主评议、公示异议记录，农户自主申报。新增的监测标准字段均可由各级区划设定并向下继承。
 */
export class Migration20261125600000RegionalMonitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "department_record_kind" add value if not exists 'SCHOOLING_COST';`);
    this.addSql(`alter type "department_record_kind" add value if not exists 'INCOME_LOSS';`);
    this.addSql(`alter type "department_record_kind" add value if not exists 'ASSISTANCE_APPLICATION';`);
    this.addSql(`create type "procedure_template" as enum ('INNER_MONGOLIA', 'COUNTY_DECIDES');`);
    this.addSql(`create type "review_stage" as enum ('IDENTIFICATION', 'EXIT');`);
    this.addSql(`create type "self_report_status" as enum ('PENDING', 'ATTACHED', 'CONVERTED', 'DISMISSED');`);
    this.addSql(`alter table "monitoring_policy"
      add column "warning_window_months" int null, add column "disability_warning_grade" int null,
      add column "procedure_template" "procedure_template" null, add column "exit_public_notice_days" int null;`);

    // Every matched department record is kept, so a household's records are summed over the window.
    this.addSql(`create table "department_record" (
      "id" uuid not null, "created_at" timestamptz not null default now(),
      "batch_id" uuid not null references "department_batch" ("id"), "household_id" uuid not null references "household" ("id"),
      "member_id" uuid not null references "household_member" ("id"), "division_code" varchar(12) not null,
      "department" "department" not null, "kind" "department_record_kind" not null, "amount" numeric(14,2) null, "grade" smallint null,
      "occurred_on" date not null,
      constraint "department_record_pkey" primary key ("id"));`);
    this.addSql(
      `create unique index "department_record_once_per_event" on "department_record" ("member_id", "kind", "occurred_on");`,
    );
    this.addSql(
      `create index "department_record_household_index" on "department_record" ("household_id", "occurred_on");`,
    );
    this.addSql(
      `create index "department_record_division_code_index" on "department_record" ("division_code" varchar_pattern_ops);`,
    );
    this
      .addSql(`insert into "department_record" ("id", "created_at", "batch_id", "household_id", "member_id", "division_code", "department", "kind", "amount", "grade", "occurred_on")
      select gen_random_uuid(), "created_at", "batch_id", "household_id", "member_id", "division_code", "department", "kind", "amount", "grade", "occurred_on"
      from "department_warning" on conflict do nothing;`);
    // A warning is now about a household (from one or several members' records).
    this.addSql(`drop index if exists "department_warning_once_per_event";`);
    this.addSql(
      `alter table "department_warning" alter column "member_id" drop not null, add column "record_ids" uuid[] not null default '{}';`,
    );
    this.addSql(`update "department_warning" w set "record_ids" = array[r."id"] from "department_record" r
      where r."member_id" = w."member_id" and r."kind" = w."kind" and r."occurred_on" = w."occurred_on";`);

    // 村级民主评议 and 公示 of a case (identification or exit), and the objections received.
    const base = `"id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1`;
    this.addSql(`create table "case_review" (${base},
      "case_id" uuid not null references "monitoring_case" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "stage" "review_stage" not null, "deliberated_on" date not null, "attendee_count" int not null, "attendees" varchar(1000) not null,
      "agreed" boolean not null, "result" varchar(1000) not null, "notice_starts_on" date null, "notice_ends_on" date null,
      "recorded_by" varchar(128) not null,
      constraint "case_review_pkey" primary key ("id"));`);
    this.addSql(`create index "case_review_case_id_index" on "case_review" ("case_id");`);
    this.addSql(
      `create index "case_review_division_code_index" on "case_review" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "case_objection" (${base},
      "case_id" uuid not null references "monitoring_case" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "stage" "review_stage" not null, "received_on" date not null, "content" varchar(1000) not null,
      "answer" varchar(1000) null, "answered_on" date null, "answered_by" varchar(128) null, "recorded_by" varchar(128) not null,
      constraint "case_objection_pkey" primary key ("id"));`);
    this.addSql(`create index "case_objection_case_id_index" on "case_objection" ("case_id");`);
    this.addSql(
      `create index "case_objection_division_code_index" on "case_objection" ("division_code" varchar_pattern_ops);`,
    );

    // 农户自主申报: validated reports waiting in the village's queue.
    this.addSql(`create table "self_report" (${base},
      "division_code" varchar(12) not null, "household_id" uuid null references "household" ("id"),
      "name" varchar(64) not null, "id_number" varchar(18) not null, "phone" varchar(11) not null,
      "difficulty" "risk_type" not null, "description" varchar(500) not null,
      "status" "self_report_status" not null default 'PENDING', "case_id" uuid null references "monitoring_case" ("id") deferrable initially deferred,
      "handled_by" varchar(128) null, "handle_note" varchar(500) null,
      constraint "self_report_pkey" primary key ("id"));`);
    this.addSql(
      `create index "self_report_division_code_index" on "self_report" ("division_code" varchar_pattern_ops, "status");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "self_report", "case_objection", "case_review", "department_record" cascade;`);
    this.addSql(`alter table "department_warning" drop column if exists "record_ids";`);
    this
      .addSql(`alter table "monitoring_policy" drop column if exists "warning_window_months", drop column if exists "disability_warning_grade",
      drop column if exists "procedure_template", drop column if exists "exit_public_notice_days";`);
    this.addSql(`drop type if exists "self_report_status", "review_stage", "procedure_template";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign keys are deferred to the commit: the ORM knows no relations between these rows and may
 * insert a history row before the asset it belongs to within one flush.
 *
 * 扶贫资产台账、折股量化、专项资金项目，以及村集体收益与分配方案、到户发放。 */
export class Migration20261124800000Assets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "asset_class" as enum ('OPERATING', 'PUBLIC_WELFARE', 'HOUSEHOLD');`);
    this.addSql(
      `create type "asset_type" as enum ('PHOTOVOLTAIC', 'WORKSHOP', 'BREEDING_FARM', 'GREENHOUSE', 'ROAD', 'WATER_FACILITY', 'LIVESTOCK', 'OTHER');`,
    );
    this.addSql(
      `create type "asset_status" as enum ('UNDER_CONSTRUCTION', 'OPERATING', 'IDLE', 'DAMAGED', 'DISPOSED');`,
    );
    this.addSql(
      `create type "asset_event_kind" as enum ('REGISTERED', 'VALUE_CHANGED', 'STATUS_CHANGED', 'DISPOSAL_REQUESTED', 'DISPOSAL_APPROVED', 'DISPOSAL_REJECTED', 'INCOME_RECORDED', 'SHARES_SET');`,
    );
    this.addSql(
      `create type "project_state" as enum ('APPLIED', 'APPROVED', 'IMPLEMENTING', 'PRE_CHECKED', 'ACCEPTED', 'EXPENSED', 'REJECTED');`,
    );
    this.addSql(
      `create type "project_action" as enum ('APPROVE', 'START_IMPLEMENTATION', 'PRE_CHECK', 'ACCEPT', 'REPORT_EXPENSE', 'REJECT');`,
    );
    this.addSql(
      `create type "distribution_line_kind" as enum ('RESERVE_FUND', 'WELFARE_FUND', 'RELIEF_FUND', 'WELFARE_POSTS', 'SMALL_PUBLIC_WORKS', 'REWARDS', 'INDUSTRY', 'HOUSEHOLD');`,
    );
    this.addSql(`create type "plan_state" as enum ('DRAFT', 'TOWNSHIP_REVIEW', 'PUBLIC_NOTICE', 'APPROVED');`);
    this.addSql(`create type "plan_action" as enum ('SUBMIT', 'APPROVE_TOWNSHIP', 'CONFIRM', 'REJECT');`);
    this.addSql(`create type "payment_method" as enum ('BANK_TRANSFER', 'SUBSIDY_CARD', 'CASH');`);

    const base = `"id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1`;
    this.addSql(`create table "asset_project" (${base},
      "name" varchar(200) not null, "division_code" varchar(12) not null, "state" "project_state" not null,
      "funding_sources" jsonb not null default '[]', "planned_assets" jsonb not null default '[]', "beneficiary_ids" text[] not null default '{}',
      "applied_on" date not null, "notice_ends_on" date not null, "state_changed_at" timestamptz not null,
      constraint "asset_project_pkey" primary key ("id"));`);
    this.addSql(
      `create index "asset_project_division_code_index" on "asset_project" ("division_code" varchar_pattern_ops, "state");`,
    );
    this.addSql(`create table "asset_project_event" (
      "id" uuid not null, "project_id" uuid not null references "asset_project" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "action" "project_action" null, "from_state" "project_state" null, "to_state" "project_state" not null,
      "actor_name" varchar(128) not null, "actor_id" uuid null, "note" varchar(1000) null, "at" timestamptz not null,
      constraint "asset_project_event_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_project_event_project_id_index" on "asset_project_event" ("project_id");`);
    this.addSql(
      `create index "asset_project_event_division_code_index" on "asset_project_event" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "asset" (${base},
      "name" varchar(200) not null, "asset_class" "asset_class" not null, "type" "asset_type" not null, "division_code" varchar(12) not null,
      "funding_sources" jsonb not null default '[]', "project_id" uuid null references "asset_project" ("id") deferrable initially deferred,
      "owner" varchar(200) not null, "used_by" varchar(200) not null, "manager" varchar(200) not null, "supervisor" varchar(200) not null,
      "accepted_on" date null, "book_value" numeric(14,2) not null, "status" "asset_status" not null,
      "disposal_pending" boolean not null default false, "disposal_reason" varchar(1000) null, "disposal_requested_by" uuid null,
      "share_justification" varchar(2000) null,
      constraint "asset_pkey" primary key ("id"), constraint "asset_book_value_check" check ("book_value" >= 0));`);
    this.addSql(`create index "asset_division_code_index" on "asset" ("division_code" varchar_pattern_ops);`);
    this.addSql(`create index "asset_project_id_index" on "asset" ("project_id");`);
    this.addSql(`create table "asset_event" (
      "id" uuid not null, "asset_id" uuid not null references "asset" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "kind" "asset_event_kind" not null, "from_status" "asset_status" null, "to_status" "asset_status" null,
      "from_value" numeric(14,2) null, "to_value" numeric(14,2) null, "note" varchar(1000) null,
      "actor_name" varchar(128) not null, "actor_id" uuid null, "at" timestamptz not null,
      constraint "asset_event_pkey" primary key ("id"));`);
    this.addSql(`create index "asset_event_asset_id_index" on "asset_event" ("asset_id");`);
    this.addSql(
      `create index "asset_event_division_code_index" on "asset_event" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "asset_income" (${base},
      "asset_id" uuid not null references "asset" ("id") deferrable initially deferred, "division_code" varchar(12) not null, "year" int not null, "amount" numeric(14,2) not null,
      constraint "asset_income_pkey" primary key ("id"), constraint "asset_income_asset_id_year_unique" unique ("asset_id", "year"));`);
    this.addSql(
      `create index "asset_income_division_code_index" on "asset_income" ("division_code" varchar_pattern_ops, "year");`,
    );
    this.addSql(`create table "asset_share" (${base},
      "asset_id" uuid not null references "asset" ("id") deferrable initially deferred, "household_id" uuid not null references "household" ("id") deferrable initially deferred,
      "division_code" varchar(12) not null, "shares" int not null,
      constraint "asset_share_pkey" primary key ("id"), constraint "asset_share_asset_id_household_id_unique" unique ("asset_id", "household_id"),
      constraint "asset_share_shares_check" check ("shares" > 0));`);
    this.addSql(`create index "asset_share_asset_id_index" on "asset_share" ("asset_id");`);
    this.addSql(`create index "asset_share_household_id_index" on "asset_share" ("household_id");`);
    this.addSql(
      `create index "asset_share_division_code_index" on "asset_share" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "collective_income" (${base},
      "division_code" varchar(12) not null, "year" int not null,
      "asset_income" numeric(14,2) not null default 0, "leasing_income" numeric(14,2) not null default 0,
      "service_income" numeric(14,2) not null default 0, "operating_income" numeric(14,2) not null default 0,
      "other_income" numeric(14,2) not null default 0, "costs" numeric(14,2) not null default 0, "distributable" numeric(14,2) not null default 0,
      constraint "collective_income_pkey" primary key ("id"), constraint "collective_income_division_code_year_unique" unique ("division_code", "year"));`);
    this.addSql(
      `create index "collective_income_division_code_index" on "collective_income" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "distribution_plan" (${base},
      "division_code" varchar(12) not null, "year" int not null, "state" "plan_state" not null, "total" numeric(14,2) not null default 0,
      "justification" varchar(2000) null, "flags" jsonb not null default '[]', "notice_ends_on" date null, "state_changed_at" timestamptz not null,
      constraint "distribution_plan_pkey" primary key ("id"), constraint "distribution_plan_division_code_year_unique" unique ("division_code", "year"));`);
    this.addSql(
      `create index "distribution_plan_division_code_index" on "distribution_plan" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "distribution_line" (${base},
      "plan_id" uuid not null references "distribution_plan" ("id") deferrable initially deferred, "division_code" varchar(12) not null, "position" int not null,
      "kind" "distribution_line_kind" not null, "amount" numeric(14,2) not null, "household_id" uuid null references "household" ("id") deferrable initially deferred,
      "reason" varchar(500) null, "condition" varchar(500) null,
      constraint "distribution_line_pkey" primary key ("id"), constraint "distribution_line_amount_check" check ("amount" > 0));`);
    this.addSql(`create index "distribution_line_plan_id_index" on "distribution_line" ("plan_id");`);
    this.addSql(`create index "distribution_line_household_id_index" on "distribution_line" ("household_id");`);
    this.addSql(
      `create index "distribution_line_division_code_index" on "distribution_line" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "distribution_payment" (${base},
      "plan_id" uuid not null references "distribution_plan" ("id") deferrable initially deferred, "line_id" uuid not null references "distribution_line" ("id") deferrable initially deferred,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null, "year" int not null,
      "amount" numeric(14,2) not null, "paid_on" date not null, "method" "payment_method" not null, "note" varchar(500) null,
      constraint "distribution_payment_pkey" primary key ("id"), constraint "distribution_payment_amount_check" check ("amount" > 0));`);
    this.addSql(`create index "distribution_payment_plan_id_index" on "distribution_payment" ("plan_id");`);
    this.addSql(`create index "distribution_payment_household_id_index" on "distribution_payment" ("household_id");`);
    this.addSql(
      `create index "distribution_payment_division_code_index" on "distribution_payment" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create table "distribution_plan_event" (
      "id" uuid not null, "plan_id" uuid not null references "distribution_plan" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "action" "plan_action" null, "from_state" "plan_state" null, "to_state" "plan_state" not null,
      "actor_name" varchar(128) not null, "actor_id" uuid null, "note" varchar(2000) null, "at" timestamptz not null,
      constraint "distribution_plan_event_pkey" primary key ("id"));`);
    this.addSql(`create index "distribution_plan_event_plan_id_index" on "distribution_plan_event" ("plan_id");`);
    this.addSql(
      `create index "distribution_plan_event_division_code_index" on "distribution_plan_event" ("division_code" varchar_pattern_ops);`,
    );
  }

  override async down(): Promise<void> {
    this
      .addSql(`drop table if exists "distribution_plan_event", "distribution_payment", "distribution_line", "distribution_plan", "collective_income",
      "asset_share", "asset_income", "asset_event", "asset", "asset_project_event", "asset_project" cascade;`);
    this
      .addSql(`drop type if exists "asset_class", "asset_type", "asset_status", "asset_event_kind", "project_state", "project_action",
      "distribution_line_kind", "plan_state", "plan_action", "payment_method";`);
  }
}

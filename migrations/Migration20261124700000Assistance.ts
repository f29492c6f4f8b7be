import { Migration } from '@mikro-orm/migrations';

/**
 * 帮扶: regional settings of the measure catalogue and the assistance policy (the national
 * defaults live in code), measures given, 一户一策 plans, 一户一专班 members and visits.
 * One primary contact and one unfinished plan per household are partial unique indexes; a
 * visit's client key is unique, so a phone sending the same visit twice records it once. Foreign
 * keys are checked at commit, so one flush may write a visit with the lead and risk it opens.
 */
export class Migration20261124700000Assistance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "measure_nature" as enum ('DEVELOPMENT', 'PROTECTIVE');`);
    this.addSql(
      `create type "assistance_income_source" as enum ('WAGES', 'OPERATIONS', 'PROPERTY', 'TRANSFERS', 'NONE');`,
    );
    this.addSql(`create type "measure_status" as enum ('PLANNED', 'IN_EFFECT', 'ENDED');`);
    this.addSql(`create type "plan_status" as enum ('DRAFT', 'IN_PROGRESS', 'COMPLETED');`);
    this.addSql(`create type "team_role" as enum ('VILLAGE_COMMITTEE', 'RESIDENT_TEAM', 'PAIRED_CADRE');`);
    this.addSql(`create type "income_check" as enum ('STABLE', 'INCREASED', 'DECREASED', 'NOT_CHECKED');`);

    this.addSql(`create table "measure_kind" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "division_code" varchar(12) not null references "division" ("code") deferrable initially deferred, "code" varchar(40) not null, "name" varchar(50) null,
      "nature" "measure_nature" null, "required_fields" text[] null, "max_amount" numeric(14,2) null, "max_term_months" int null,
      "income_source" "assistance_income_source" null, "answers_risks" text[] null, "active" boolean null, "description" varchar(500) null,
      constraint "measure_kind_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "measure_kind" add constraint "measure_kind_division_code_code_unique" unique ("division_code", "code");`,
    );
    this.addSql(
      `create index "measure_kind_division_code_index" on "measure_kind" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "assistance_policy" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "division_code" varchar(12) not null references "division" ("code") deferrable initially deferred, "visit_interval_days" int null, "plan_due_days" int null,
      "plan_target_months" int null, "stable_work_months" int null,
      constraint "assistance_policy_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "assistance_policy" add constraint "assistance_policy_division_code_unique" unique ("division_code");`,
    );
    this.addSql(
      `create index "assistance_policy_division_code_index" on "assistance_policy" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "assistance_measure" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "member_id" uuid null references "household_member" ("id") deferrable initially deferred,
      "division_code" varchar(12) not null, "kind_code" varchar(40) not null, "kind_name" varchar(50) not null,
      "nature" "measure_nature" not null, "income_source" "assistance_income_source" not null, "amount" numeric(14,2) null,
      "starts_on" date null, "ends_on" date null, "responsible_unit" varchar(100) not null, "responsible_person" varchar(50) null,
      "status" "measure_status" not null default 'PLANNED', "post" varchar(100) null, "monthly_pay" numeric(14,2) null,
      "risk_factor_ids" uuid[] not null default '{}', "case_id" uuid null references "monitoring_case" ("id") deferrable initially deferred, "note" varchar(500) null,
      constraint "assistance_measure_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_measure_household_id_index" on "assistance_measure" ("household_id");`);
    this.addSql(
      `create index "assistance_measure_division_code_index" on "assistance_measure" ("division_code" varchar_pattern_ops, "kind_code", "status");`,
    );

    this.addSql(`create table "assistance_plan" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "case_id" uuid null references "monitoring_case" ("id") deferrable initially deferred, "status" "plan_status" not null default 'DRAFT',
      "target_on" date not null, "goal" varchar(1000) null,
      constraint "assistance_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_plan_household_id_index" on "assistance_plan" ("household_id");`);
    this.addSql(
      `create unique index "assistance_plan_one_unfinished_per_household" on "assistance_plan" ("household_id") where "status" <> 'COMPLETED';`,
    );
    this.addSql(
      `create index "assistance_plan_division_code_index" on "assistance_plan" ("division_code" varchar_pattern_ops, "status");`,
    );

    this.addSql(`create table "assistance_team_member" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null, "name" varchar(50) not null,
      "role" "team_role" not null, "unit" varchar(100) not null, "phone" varchar(20) null, "is_primary" boolean not null default false,
      "user_id" uuid null references "app_user" ("id") deferrable initially deferred,
      constraint "assistance_team_member_pkey" primary key ("id"));`);
    this.addSql(
      `create index "assistance_team_member_household_id_index" on "assistance_team_member" ("household_id");`,
    );
    this.addSql(`create index "assistance_team_member_user_id_index" on "assistance_team_member" ("user_id");`);
    this.addSql(
      `create unique index "assistance_team_member_one_primary" on "assistance_team_member" ("household_id") where "is_primary";`,
    );
    this.addSql(
      `create index "assistance_team_member_division_code_index" on "assistance_team_member" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "assistance_visit" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "client_key" varchar(64) not null, "visited_on" date not null, "visitor_name" varchar(128) not null, "visitor_id" uuid null,
      "findings" varchar(2000) not null, "income_check" "income_check" not null, "income_note" varchar(500) null,
      "measure_checks" jsonb not null default '[]', "photo_ref" varchar(300) null,
      "risk_factor_id" uuid null references "risk_factor" ("id") deferrable initially deferred, "lead_case_id" uuid null references "monitoring_case" ("id") deferrable initially deferred,
      constraint "assistance_visit_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "assistance_visit" add constraint "assistance_visit_client_key_unique" unique ("client_key");`,
    );
    this.addSql(
      `create index "assistance_visit_household_id_index" on "assistance_visit" ("household_id", "visited_on");`,
    );
    this.addSql(
      `create index "assistance_visit_division_code_index" on "assistance_visit" ("division_code" varchar_pattern_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `drop table if exists "assistance_visit", "assistance_team_member", "assistance_plan", "assistance_measure", "assistance_policy", "measure_kind" cascade;`,
    );
    this.addSql(
      `drop type if exists "measure_nature", "assistance_income_source", "measure_status", "plan_status", "team_role", "income_check";`,
    );
  }
}

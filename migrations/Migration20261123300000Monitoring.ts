import { Migration } from '@mikro-orm/migrations';

/**
 * 动态监测: per-division yearly policy, risk factors, monitoring cases and their timeline.
 * One open case per household is a partial unique index, so identification may run twice (or
 * concurrently) without opening a second lead; the timeline, like the audit log, is append-only.
 */
export class Migration20261123300000Monitoring extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "risk_type" as enum ('ILLNESS', 'DISABILITY', 'SCHOOLING', 'DISASTER', 'ACCIDENT', 'INDUSTRY_FAILURE', 'EMPLOYMENT_INSTABILITY', 'EPIDEMIC', 'INCOME_DROP', 'EXPENDITURE_SURGE', 'HOUSING_SAFETY', 'DRINKING_WATER', 'COMPULSORY_EDUCATION', 'BASIC_MEDICAL');`,
    );
    this.addSql(
      `create type "risk_source" as enum ('SELF_REPORT', 'CADRE_VISIT', 'DEPARTMENT_WARNING', 'DATA_COMPARISON');`,
    );
    this.addSql(`create type "risk_status" as enum ('ACTIVE', 'RESOLVED');`);
    this.addSql(
      `create type "monitoring_category" as enum ('UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP');`,
    );
    this.addSql(
      `create type "case_state" as enum ('LEAD', 'SURVEY', 'VILLAGE_REVIEW', 'TOWNSHIP_REVIEW', 'COUNTY_REVIEW', 'MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW', 'RISK_ELIMINATED', 'DISMISSED');`,
    );
    this.addSql(
      `create type "case_action" as enum ('START_SURVEY', 'SUBMIT_SURVEY', 'SUBMIT_VILLAGE_REVIEW', 'APPROVE_TOWNSHIP', 'CONFIRM_COUNTY', 'PROPOSE_EXIT', 'SUBMIT_EXIT_VILLAGE', 'APPROVE_EXIT_TOWNSHIP', 'CONFIRM_EXIT_COUNTY', 'REJECT', 'DISMISS');`,
    );

    this.addSql(`create table "monitoring_policy" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "division_code" varchar(12) not null references "division" ("code"), "year" int not null,
      "income_line" numeric(14,2) null, "rigid_expenditure_share" double precision null, "income_drop_share" double precision null,
      "subsidy_share_warning" double precision null, "exit_stability_months" int null, "public_notice_days" int null,
      "expected_monitored_ratio" double precision null, "max_monitored_ratio" double precision null, "overdue_days" int null,
      "medical_self_pay_threshold" numeric(14,2) null, "disaster_loss_threshold" numeric(14,2) null,
      constraint "monitoring_policy_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "monitoring_policy" add constraint "monitoring_policy_division_code_year_unique" unique ("division_code", "year");`,
    );
    this.addSql(
      `create index "monitoring_policy_division_code_index" on "monitoring_policy" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "risk_factor" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "member_id" uuid null references "household_member" ("id"),
      "division_code" varchar(12) not null, "type" "risk_type" not null, "amount" numeric(14,2) null, "occurred_on" date not null,
      "source" "risk_source" not null, "status" "risk_status" not null default 'ACTIVE', "resolved_on" date null, "note" varchar(500) null,
      constraint "risk_factor_pkey" primary key ("id"));`);
    this.addSql(`create index "risk_factor_household_id_index" on "risk_factor" ("household_id");`);
    this.addSql(
      `create index "risk_factor_division_code_index" on "risk_factor" ("division_code" varchar_pattern_ops, "type") where "status" = 'ACTIVE';`,
    );

    this.addSql(`create table "monitoring_case" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id"), "division_code" varchar(12) not null,
      "category" "monitoring_category" not null, "state" "case_state" not null, "source" "risk_source" not null,
      "reasons" text[] not null default '{}', "opened_on" date not null, "state_changed_at" timestamptz not null,
      "notice_ends_on" date null, "identified_on" date null, "closed_on" date null,
      constraint "monitoring_case_pkey" primary key ("id"));`);
    this.addSql(`create index "monitoring_case_household_id_index" on "monitoring_case" ("household_id");`);
    this.addSql(
      `create unique index "monitoring_case_one_open_per_household" on "monitoring_case" ("household_id") where "state" not in ('RISK_ELIMINATED', 'DISMISSED');`,
    );
    this.addSql(
      `create index "monitoring_case_division_code_index" on "monitoring_case" ("division_code" varchar_pattern_ops, "state", "state_changed_at");`,
    );

    this.addSql(`create table "case_event" (
      "id" uuid not null, "case_id" uuid not null references "monitoring_case" ("id") deferrable initially deferred,
      "division_code" varchar(12) not null, "action" "case_action" null, "from_state" "case_state" null, "to_state" "case_state" not null,
      "actor_name" varchar(128) not null, "actor_id" uuid null, "note" varchar(1000) null, "at" timestamptz not null,
      constraint "case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "case_event_case_id_index" on "case_event" ("case_id", "at");`);
    this.addSql(`create index "case_event_division_code_index" on "case_event" ("division_code" varchar_pattern_ops);`);
    this.addSql(`create trigger "case_event_no_update_delete" before update or delete on "case_event"
      for each row execute function "audit_entry_refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_event", "monitoring_case", "risk_factor", "monitoring_policy" cascade;`);
    this.addSql(
      `drop type if exists "risk_type", "risk_source", "risk_status", "monitoring_category", "case_state", "case_action";`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/** 防贫保: policies per division and year, insurers' claims, partner organisation of accounts, the check audit action. */
export class Migration20261124500000Insurance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'INSURANCE_CHECK';`);
    this.addSql(`alter table "app_user" add column "partner_name" varchar(100) null;`);
    this.addSql(
      `create type "insured_cause" as enum ('ILLNESS', 'SCHOOLING', 'DISASTER', 'ACCIDENT', 'INDUSTRY_FAILURE', 'EMPLOYMENT');`,
    );
    this.addSql(`create type "claim_status" as enum ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID');`);
    this.addSql(`create table "insurance_policy" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "division_code" varchar(12) not null, "year" int not null, "insurer_name" varchar(100) not null,
      "covered_division_codes" text[] not null, "rural_population" int not null, "base_share" numeric(6,4) not null,
      "premium_per_person" numeric(14,2) not null, "insured_base" int not null, "premium" numeric(14,2) not null,
      "prevention_line_amount" numeric(14,2) null, "prevention_line_multiple" numeric(6,3) null, "poverty_line" numeric(14,2) null,
      "insured_causes" text[] not null, "deductible" numeric(14,2) not null, "bands" jsonb not null, "cause_caps" jsonb not null,
      "person_year_cap" numeric(14,2) null,
      constraint "insurance_policy_pkey" primary key ("id"),
      constraint "insurance_policy_division_code_year_unique" unique ("division_code", "year"));`);
    this.addSql(
      `create index "insurance_policy_division_code_index" on "insurance_policy" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create index "insurance_policy_insurer_name_index" on "insurance_policy" ("insurer_name");`);
    this.addSql(`create table "insurance_claim" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "division_code" varchar(12) not null, "policy_id" uuid not null references "insurance_policy" ("id"), "policy_year" int not null,
      "insurer_name" varchar(100) not null, "external_reference" varchar(100) not null,
      "member_id" uuid not null references "household_member" ("id"), "household_id" uuid not null references "household" ("id"),
      "cause" "insured_cause" not null, "incident_date" date not null, "total_cost" numeric(14,2) not null,
      "reimbursed_amount" numeric(14,2) not null, "self_paid_amount" numeric(14,2) not null,
      "per_capita_income_after_loss" numeric(14,2) not null, "prevention_line" numeric(14,2) not null,
      "payout_amount" numeric(14,2) not null, "status" "claim_status" not null default 'SUBMITTED',
      "review_note" varchar(500) null, "reviewed_by" varchar(128) null, "reviewed_at" timestamptz null,
      "paid_on" date null, "payment_reference" varchar(100) null, "filed_by" varchar(128) not null,
      constraint "insurance_claim_pkey" primary key ("id"),
      constraint "insurance_claim_insurer_name_external_reference_unique" unique ("insurer_name", "external_reference"));`);
    this.addSql(
      `create index "insurance_claim_member_id_policy_year_index" on "insurance_claim" ("member_id", "policy_year");`,
    );
    this.addSql(
      `create index "insurance_claim_division_code_index" on "insurance_claim" ("division_code" varchar_pattern_ops, "status");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "insurance_claim", "insurance_policy" cascade;`);
    this.addSql(`drop type if exists "insured_cause", "claim_status";`);
    this.addSql(`alter table "app_user" drop column if exists "partner_name";`);
  }
}

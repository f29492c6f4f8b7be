import { Migration } from '@mikro-orm/migrations';

/**
 * 一户一档: households, members and yearly income. Scoped tables carry the village code with a
 * prefix index; the one-head rule and "one person, one active registration" are enforced by
 * partial unique indexes, so no code path can break them. Foreign keys to household are checked
 * at commit: the ORM may insert a household's members before the household in one transaction.
 */
export class Migration20261123100000Households extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "household_category" as enum ('LIFTED_OUT', 'UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP', 'ORDINARY');`,
    );
    this.addSql(`create type "household_status" as enum ('ACTIVE', 'ARCHIVED');`);
    this.addSql(`create type "sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(
      `create type "relation" as enum ('HEAD', 'SPOUSE', 'CHILD', 'CHILD_IN_LAW', 'GRANDCHILD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'OTHER');`,
    );
    this.addSql(
      `create type "education" as enum ('NONE', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'COLLEGE');`,
    );
    this.addSql(
      `create type "schooling_stage" as enum ('NOT_IN_SCHOOL', 'PRESCHOOL', 'PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'UNDERGRADUATE');`,
    );
    this.addSql(`create type "health_status" as enum ('HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED');`);
    this.addSql(`create type "labour_capacity" as enum ('SKILLED', 'ORDINARY', 'WEAK', 'LOST', 'NONE');`);
    this.addSql(`create type "member_status" as enum ('ACTIVE', 'REMOVED');`);
    this.addSql(`create sequence "household_number_seq";`);

    this.addSql(`create table "household" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_number" varchar(32) not null, "division_code" varchar(12) not null references "division" ("code"),
      "address" varchar(200) not null, "phone" varchar(20) null, "category" "household_category" not null,
      "no_labour_capacity" boolean not null default false, "minimum_living_allowance" boolean not null default false,
      "extreme_poverty" boolean not null default false, "relocated" boolean not null default false,
      "status" "household_status" not null default 'ACTIVE', "archive_reason" varchar(200) null,
      "member_count" int not null default 0, "income_year" int null, "per_capita_net_income" numeric(14,2) null,
      constraint "household_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "household" add constraint "household_household_number_unique" unique ("household_number");`,
    );
    this.addSql(
      `create index "household_division_code_index" on "household" ("division_code" varchar_pattern_ops, "household_number");`,
    );
    this.addSql(`create index "household_per_capita_net_income_index" on "household" ("per_capita_net_income");`);

    this.addSql(`create table "household_member" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null,
      "name" varchar(50) not null, "id_number" varchar(18) not null, "sex" "sex" not null, "birth_date" date not null,
      "relation" "relation" not null, "ethnicity" varchar(20) null, "education" "education" null,
      "schooling_stage" "schooling_stage" not null default 'NOT_IN_SCHOOL', "health_status" "health_status" not null default 'HEALTHY',
      "disability_grade" smallint null check ("disability_grade" between 1 and 4), "labour_capacity" "labour_capacity" not null,
      "work_place" varchar(100) null, "work_months" smallint not null default 0 check ("work_months" between 0 and 12),
      "medical_insurance" boolean not null default true, "critical_illness_insurance" boolean not null default true,
      "pension_insurance" boolean not null default false, "minimum_living_allowance" boolean not null default false,
      "extreme_poverty" boolean not null default false, "status" "member_status" not null default 'ACTIVE',
      "removal_reason" varchar(200) null,
      constraint "household_member_pkey" primary key ("id"));`);
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);
    this.addSql(
      `create index "household_member_division_code_index" on "household_member" ("division_code" varchar_pattern_ops);`,
    );
    this.addSql(`create index "household_member_name_index" on "household_member" ("name" varchar_pattern_ops);`);
    this.addSql(`create index "household_member_id_tail_index" on "household_member" (right("id_number", 4));`);
    this.addSql(
      `create unique index "household_member_active_id_number_unique" on "household_member" ("id_number") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create unique index "household_member_one_head" on "household_member" ("household_id") where "relation" = 'HEAD' and "status" = 'ACTIVE';`,
    );

    this.addSql(`create table "household_income" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "household_id" uuid not null references "household" ("id") deferrable initially deferred, "division_code" varchar(12) not null, "year" int not null,
      "wages" numeric(14,2) not null default 0, "operations" numeric(14,2) not null default 0, "property" numeric(14,2) not null default 0,
      "transfers" numeric(14,2) not null default 0, "subsidies" numeric(14,2) not null default 0, "production_costs" numeric(14,2) not null default 0,
      "medical_expense" numeric(14,2) not null default 0, "schooling_expense" numeric(14,2) not null default 0,
      "disaster_expense" numeric(14,2) not null default 0, "accident_expense" numeric(14,2) not null default 0,
      "member_count" int not null, "net_income" numeric(14,2) not null, "per_capita_net_income" numeric(14,2) not null,
      "rigid_expenditure" numeric(14,2) not null,
      constraint "household_income_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "household_income" add constraint "household_income_household_id_year_unique" unique ("household_id", "year");`,
    );
    this.addSql(
      `create index "household_income_division_code_index" on "household_income" ("division_code" varchar_pattern_ops, "year");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "household_income", "household_member", "household" cascade;`);
    this.addSql(`drop sequence if exists "household_number_seq";`);
    this.addSql(
      `drop type if exists "household_category", "household_status", "sex", "relation", "education", "schooling_stage", "health_status", "labour_capacity", "member_status";`,
    );
  }
}

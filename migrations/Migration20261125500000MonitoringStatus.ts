import { Migration } from '@mikro-orm/migrations';

const MONITORED_STATES = `'MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'`;

/**
 * Registration and monitoring become two facts (issue: a county confirmation used to overwrite
 * 脱贫户). `household.category` splits into `registration_status` (+ `lifted_out_year`) and
 * `monitoring_category` (+ `monitored_since`): LIFTED_OUT → registered; a monitoring category moves to
 * `monitoring_category`, and the household is registered if it was 脱贫不稳定户 (only 脱贫户 can be one),
 * else 一般农户. Where a case is being monitored, its category and confirmation date are the truth.
 * Also: the 深度贫困 flag of a division, and the policy fields of the monitored ratio and the line
 * as a multiple of the national standard.
 */
export class Migration20261125500000MonitoringStatus extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "registration_status" as enum ('LIFTED_OUT', 'ORDINARY');`);
    this.addSql(`alter table "household"
      add column "registration_status" "registration_status" not null default 'ORDINARY',
      add column "lifted_out_year" int null,
      add column "monitoring_category" "monitoring_category" null,
      add column "monitored_since" date null;`);
    this.addSql(`update "household" set
      "registration_status" = (case when "category" in ('LIFTED_OUT', 'UNSTABLE_LIFTED_OUT') then 'LIFTED_OUT' else 'ORDINARY' end)::registration_status,
      "monitoring_category" = case when "category" in ('UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP') then "category"::text::monitoring_category end;`);
    this.addSql(`update "household" h set "monitoring_category" = c."category", "monitored_since" = c."identified_on"
      from "monitoring_case" c where c."household_id" = h."id" and c."state" in (${MONITORED_STATES});`);
    this.addSql(`drop index if exists "household_statistics_index";`);
    this.addSql(`alter table "household" drop column "category";`);
    this.addSql(`drop type "household_category";`);
    this.addSql(`create index "household_registration_status_index" on "household" ("registration_status");`);
    this.addSql(
      `create index "household_monitoring_category_index" on "household" ("monitoring_category") where "monitoring_category" is not null;`,
    );
    // Statistics group registered households by registration status (and count the registered population) index-only.
    this.addSql(
      `create index "household_statistics_index" on "household" ("division_code" varchar_pattern_ops) include ("registration_status", "monitoring_category", "member_count", "id") where "status" = 'ACTIVE';`,
    );

    this.addSql(`alter table "division" add column "deep_poverty" boolean not null default false;`);

    this.addSql(`alter table "monitoring_policy"
      add column "income_line_multiple" double precision null,
      add column "national_poverty_line" numeric(14,2) null,
      add column "monitored_ratio_warning" double precision null,
      add column "monitored_categories" text[] null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "monitoring_policy" drop column "income_line_multiple", drop column "national_poverty_line", drop column "monitored_ratio_warning", drop column "monitored_categories";`,
    );
    this.addSql(`alter table "division" drop column "deep_poverty";`);
    this.addSql(
      `create type "household_category" as enum ('LIFTED_OUT', 'UNSTABLE_LIFTED_OUT', 'MARGINAL_AT_RISK', 'SUDDEN_HARDSHIP', 'ORDINARY');`,
    );
    this.addSql(`alter table "household" add column "category" "household_category" null;`);
    this.addSql(
      `update "household" set "category" = coalesce("monitoring_category"::text, "registration_status"::text)::household_category;`,
    );
    this.addSql(`alter table "household" alter column "category" set not null;`);
    this.addSql(`drop index if exists "household_statistics_index";`);
    this.addSql(`drop index if exists "household_registration_status_index";`);
    this.addSql(`drop index if exists "household_monitoring_category_index";`);
    this.addSql(
      `alter table "household" drop column "registration_status", drop column "lifted_out_year", drop column "monitoring_category", drop column "monitored_since";`,
    );
    this.addSql(`drop type "registration_status";`);
    this.addSql(
      `create index "household_statistics_index" on "household" ("division_code" varchar_pattern_ops) include ("category", "member_count", "id") where "status" = 'ACTIVE';`,
    );
  }
}

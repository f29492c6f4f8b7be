import { Migration } from '@mikro-orm/migrations';

/**
 * Statistics read households and cases grouped by division-code prefix. Covering indexes let the
 * grouping run as index-only scans over the prefix range (no visit to the table rows): registered
 * households with their category and size; confirmed cases with the dates of the monthly trend.
 */
export class Migration20261124600000Statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "household_statistics_index" on "household" ("division_code" varchar_pattern_ops) include ("category", "member_count", "id") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `create index "monitoring_case_trend_index" on "monitoring_case" ("division_code" varchar_pattern_ops) include ("identified_on", "closed_on", "state", "household_id") where "identified_on" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "household_statistics_index";`);
    this.addSql(`drop index if exists "monitoring_case_trend_index";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * 统计汇总: regionStatistics' figures per village (api/src/modules/statistics/rollup.sql.ts), kept
 * exact by triggers installed at start from the current definitions, so a city reads a few thousand
 * rows instead of grouping a million households. The table starts empty; the first start fills it.
 */
export class Migration20261125300000StatisticsRollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "statistics_rollup" (
      "division_code" varchar(12) not null,
      "figure" varchar(16) not null,
      "key" varchar(40) not null,
      "households" int not null,
      "persons" bigint not null,
      "covered" int not null,
      primary key ("division_code", "figure", "key"));`);
    // Every write replaces its villages' rows: vacuum early so reads stay index-only over few pages.
    this.addSql(
      `alter table "statistics_rollup" set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05);`,
    );
    this.addSql(
      `create index "statistics_rollup_prefix_index" on "statistics_rollup" ("division_code" varchar_pattern_ops, "figure") include ("key", "households", "persons", "covered");`,
    );
  }

  override async down(): Promise<void> {
    for (const table of ['household', 'monitoring_case', 'risk_factor', 'assistance_measure']) {
      for (const event of ['insert', 'update', 'delete'])
        this.addSql(`drop trigger if exists "statistics_rollup_${event}" on "${table}";`);
      this.addSql(`drop function if exists statistics_rollup_${table}_changed();`);
    }
    this.addSql(`drop function if exists statistics_rollup_rebuild();`);
    this.addSql(`drop function if exists statistics_rollup_refresh(text[]);`);
    this.addSql(`drop table if exists "statistics_rollup";`);
  }
}

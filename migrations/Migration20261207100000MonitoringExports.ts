import { Migration } from '@mikro-orm/migrations';

/** The case list and 监测督导 export through the same jobs and downloads as households. */
export class Migration20261207100000MonitoringExports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "export_kind" add value if not exists 'MONITORING_CASES';`);
    this.addSql(`alter type "export_kind" add value if not exists 'SUPERVISION';`);
  }

  override async down(): Promise<void> {
    // Postgres cannot drop an enum value; jobs of these kinds are removed instead.
    this.addSql(`delete from export_job where kind::text in ('MONITORING_CASES', 'SUPERVISION');`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The long lists of one county in their display order. A county's rows span hundreds of villages,
 * so a (division_code, order column) index cannot give the county's rows in order: PostgreSQL read
 * the whole county and sorted it for every page. Keyed by the county's six digits
 * (`left(division_code, 6)`, which a list adds beside its `like` predicate when it is confined to a
 * county or deeper: api/src/jurisdiction/division-list.ts), a page is the first rows of one index
 * range and its total an index-only count of that range.
 */
export class Migration20261208700000CountyListIndexes extends Migration {
  override async up(): Promise<void> {
    // 户编号 is unique: the list orders by it alone.
    this.addSql(
      `create index "household_county_number_index" on "household" (left("division_code", 6), "household_number") include ("status");`,
    );
    this.addSql(
      `create index "monitoring_case_county_changed_index" on "monitoring_case" (left("division_code", 6), "state_changed_at", "id");`,
    );
    this.addSql(
      `create index "department_warning_county_created_index" on "department_warning" (left("division_code", 6), "created_at", "id");`,
    );
    this.addSql(`create index "audit_entry_county_id_index" on "audit_entry" (left("division_code", 6), "id");`);
  }

  override async down(): Promise<void> {
    for (const index of [
      'household_county_number_index',
      'monitoring_case_county_changed_index',
      'department_warning_county_created_index',
      'audit_entry_county_id_index',
    ]) {
      this.addSql(`drop index if exists "${index}";`);
    }
  }
}

import { Migration } from '@mikro-orm/migrations';

/** History tables, like the audit log and the case timeline, are append-only: no update, delete or truncate. */
const HISTORY_TABLES = ['asset_event', 'asset_project_event', 'distribution_plan_event'];

export class Migration20261208301000AppendOnlyHistory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "history_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    for (const table of HISTORY_TABLES) {
      this.addSql(`create trigger "${table}_no_update_delete" before update or delete on "${table}"
        for each row execute function "history_refuse_change"();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}"
        for each statement execute function "history_refuse_change"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of HISTORY_TABLES) {
      this.addSql(`drop trigger if exists "${table}_no_update_delete" on "${table}";`);
      this.addSql(`drop trigger if exists "${table}_no_truncate" on "${table}";`);
    }
    this.addSql(`drop function if exists "history_refuse_change"();`);
  }
}

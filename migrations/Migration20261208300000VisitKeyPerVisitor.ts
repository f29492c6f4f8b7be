import { Migration } from '@mikro-orm/migrations';

/**
 * A visit's client key is unique per visitor, not system-wide: another officer's key (in any county)
 * neither swallows a visit nor confirms that the key exists.
 */
export class Migration20261208300000VisitKeyPerVisitor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assistance_visit" drop constraint if exists "assistance_visit_client_key_unique";`);
    this.addSql(
      `alter table "assistance_visit" add constraint "assistance_visit_visitor_id_client_key_unique" unique ("visitor_id", "client_key");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "assistance_visit" drop constraint if exists "assistance_visit_visitor_id_client_key_unique";`,
    );
    this.addSql(
      `alter table "assistance_visit" add constraint "assistance_visit_client_key_unique" unique ("client_key");`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Unmasked reads are audited as one entry per request (not one per record): `entity_ids` lists
 * every record read, and a GIN index answers "who read this person's data" (`entity_ids @> '{id}'`).
 * Adding a nullable column rewrites nothing, so the append-only trigger is not involved.
 */
export class Migration20261125200000ReadAudit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "entity_ids" text[] null;`);
    this.addSql(`create index "audit_entry_entity_ids_index" on "audit_entry" using gin ("entity_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "audit_entry_entity_ids_index";`);
    this.addSql(`alter table "audit_entry" drop column "entity_ids";`);
  }
}

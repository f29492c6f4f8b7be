import { Migration } from '@mikro-orm/migrations';

/** An audit action for a uniqueness clash outside the actor's jurisdiction (refused without saying where). */
export class Migration20261124200000DuplicateAttempt extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'DUPLICATE_ATTEMPT';`);
  }

  override async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; entries using it stay readable as they are.
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Audit retention. 《网络安全法》第二十一条：“留存相关的网络日志不少于六个月”. The audit log stays
 * append-only, except for `audit_purge(days)`, which only the owner may execute and which deletes
 * only entries older than both the given days (at least 180) and six calendar months; the trigger
 * enforces the same floor, so even the owner cannot purge a younger entry through it.
 */
export class Migration20261124100000AuditRetention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "audit_entry_guard"() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' and current_setting('ffp.audit_purge', true) = 'on'
           and old."at" < now() - interval '6 months' and old."at" < now() - interval '180 days' then
          return old;
        end if;
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`drop trigger "audit_entry_no_update_delete" on "audit_entry";`);
    this.addSql(`create trigger "audit_entry_no_update_delete" before update or delete on "audit_entry"
      for each row execute function "audit_entry_guard"();`);
    this.addSql(`create function "audit_purge"(older_than_days integer) returns bigint language plpgsql as $$
      declare purged bigint;
      begin
        if older_than_days is null or older_than_days < 180 then
          raise exception '审计日志至少保留 180 天（网络安全法第二十一条），不能清理 % 天以内的记录', older_than_days
            using errcode = 'invalid_parameter_value';
        end if;
        perform set_config('ffp.audit_purge', 'on', true);
        delete from "audit_entry"
          where "at" < least(now() - make_interval(days => older_than_days), now() - interval '6 months');
        get diagnostics purged = row_count;
        perform set_config('ffp.audit_purge', 'off', true);
        return purged;
      end $$;`);
    // Functions are executable by everyone unless revoked: only the owner purges.
    this.addSql(`revoke all on function "audit_purge"(integer) from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "audit_purge"(integer);`);
    this.addSql(`drop trigger "audit_entry_no_update_delete" on "audit_entry";`);
    this.addSql(`create trigger "audit_entry_no_update_delete" before update or delete on "audit_entry"
      for each row execute function "audit_entry_refuse_change"();`);
    this.addSql(`drop function if exists "audit_entry_guard"();`);
  }
}

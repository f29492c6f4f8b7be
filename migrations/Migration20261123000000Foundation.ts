import { Migration } from '@mikro-orm/migrations';

/**
 * Divisions, accounts, access tokens and the append-only audit log.
 * Division-code columns get `varchar_pattern_ops` indexes: jurisdiction is a `LIKE 'prefix%'` test,
 * which a plain index under a non-C collation cannot serve.
 */
export class Migration20261123000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "access_token_kind" as enum ('SESSION', 'API');`);
    this.addSql(
      `create type "audit_action" as enum ('CREATE', 'UPDATE', 'DELETE', 'PII_READ', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT');`,
    );
    this.addSql(`create type "division_level" as enum ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE');`);
    this.addSql(
      `create type "department" as enum ('MEDICAL_INSURANCE', 'HEALTH', 'EDUCATION', 'CIVIL_AFFAIRS', 'HOUSING', 'HUMAN_RESOURCES', 'DISABLED_PERSONS', 'EMERGENCY_MANAGEMENT', 'WATER_RESOURCES');`,
    );

    this.addSql(`create table "division" (
      "code" varchar(12) not null check ("code" ~ '^[0-9]{12}$'),
      "name" varchar(100) not null,
      "level" "division_level" not null,
      "parent_code" varchar(12) null references "division" ("code"),
      constraint "division_pkey" primary key ("code"));`);
    this.addSql(`create index "division_name_index" on "division" ("name");`);
    this.addSql(`create index "division_parent_code_index" on "division" ("parent_code");`);
    this.addSql(`create index "division_code_prefix_index" on "division" ("code" varchar_pattern_ops);`);

    this.addSql(`create table "app_user" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "username" varchar(64) not null, "display_name" varchar(64) not null, "password_hash" varchar(200) not null,
      "division_code" varchar(12) not null references "division" ("code"),
      "roles" text[] not null, "department" "department" null, "phone" varchar(20) null,
      "disabled" boolean not null default false, "must_change_password" boolean not null default false,
      "last_login_at" timestamptz null, "failed_logins" int not null default 0, "locked_until" timestamptz null,
      constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_division_code_index" on "app_user" ("division_code" varchar_pattern_ops);`);

    this.addSql(`create table "access_token" (
      "id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1,
      "kind" "access_token_kind" not null, "token_hash" varchar(64) not null, "token_prefix" varchar(12) not null,
      "user_id" uuid null references "app_user" ("id"), "name" varchar(100) null, "partner_name" varchar(100) null,
      "role" text check ("role" in ('VILLAGE_OFFICER', 'TOWNSHIP_REVIEWER', 'COUNTY_OFFICER', 'CITY_OFFICER', 'PROVINCE_OFFICER', 'USER_ADMIN', 'SECURITY_ADMIN', 'AUDITOR', 'DEPARTMENT_USER', 'INSURER', 'DASHBOARD')) null,
      "division_code" varchar(12) not null references "division" ("code"),
      "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" uuid null,
      constraint "access_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "access_token" add constraint "access_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "access_token_user_id_index" on "access_token" ("user_id");`);
    this.addSql(
      `create index "access_token_division_code_index" on "access_token" ("division_code" varchar_pattern_ops);`,
    );

    this.addSql(`create table "audit_entry" (
      "id" bigserial primary key, "at" timestamptz not null default now(), "action" "audit_action" not null,
      "actor_kind" varchar(16) not null, "actor_id" uuid null, "actor_name" varchar(128) not null,
      "entity_name" varchar(64) not null, "entity_id" varchar(64) null, "division_code" varchar(12) not null,
      "changes" jsonb null, "request_id" varchar(64) null);`);
    this.addSql(
      `create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`,
    );
    this.addSql(
      `create index "audit_entry_division_code_index" on "audit_entry" ("division_code" varchar_pattern_ops, "id");`,
    );

    // The audit log is evidence: nobody, not even the application's own role, may rewrite it.
    this.addSql(`create function "audit_entry_refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "audit_entry_no_update_delete" before update or delete on "audit_entry"
      for each row execute function "audit_entry_refuse_change"();`);
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry"
      for each statement execute function "audit_entry_refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry", "access_token", "app_user", "division" cascade;`);
    this.addSql(`drop function if exists "audit_entry_refuse_change"();`);
    this.addSql(`drop type if exists "access_token_kind", "audit_action", "division_level", "department";`);
  }
}

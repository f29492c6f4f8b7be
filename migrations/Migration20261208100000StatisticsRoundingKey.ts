import { Migration } from '@mikro-orm/migrations';

/**
 * The secret that keys the controlled rounding of dashboard figures (statistics/suppression.ts):
 * one row, drawn at random once per database, so every API instance rounds a cell the same way and a
 * reader cannot predict which way a cell was rounded.
 */
export class Migration20261208100000StatisticsRoundingKey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "statistics_rounding_key" (
      "id" smallint primary key default 1 check ("id" = 1),
      "key" text not null
    );`);
    this.addSql(`insert into "statistics_rounding_key" ("key")
      values (encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text || clock_timestamp()::text, 'UTF8')), 'hex'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "statistics_rounding_key";`);
  }
}

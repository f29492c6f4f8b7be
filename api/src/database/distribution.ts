/**
 * How the tables would be laid out on Citus when one primary is no longer enough
 * (docs/scale-out.md). Checked against the entity metadata by test/unit/citus-distribution.test.ts:
 * every division-owned table that is not listed here as a reference or coordinator table is
 * distributed by its county (the first 6 digits of `division_code`), so it must carry that column.
 */

/** Small, read everywhere, joined to everything: copied to every node (`create_reference_table`). */
export const REFERENCE_TABLES = [
  'division', // 区划: the tree every figure is grouped by
  'monitoring_policy', // 监测标准 per division and year
  'assistance_policy', // 帮扶政策 catalogue
  'measure_kind', // 帮扶措施类别 catalogue
  'insurance_policy', // 防贫保保单 (a few per city and year)
  'app_user', // accounts: thousands, looked up before a scope is known
  'access_token', // sessions and partner tokens: looked up by hash on every request
] as const;

/** Tables that are not entities; how each is placed. */
export const TABLES_BESIDES_ENTITIES: Record<string, 'distributed' | 'reference' | 'coordinator'> = {
  statistics_rollup: 'distributed', // per village, rebuilt per county shard
  rate_counter: 'coordinator', // UNLOGGED shared state: stays a local table on the coordinator
  session_write: 'coordinator',
  mikro_orm_migrations: 'coordinator',
};

/** The distribution column every distributed table needs (the county is its first 6 digits). */
export const DIVISION_CODE_COLUMN = 'division_code';
export const COUNTY_CODE_LENGTH = 6;

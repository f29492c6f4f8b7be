import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { MikroORM, type EntityMetadata } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../api/src/entities';
import { JURISDICTION_FILTER } from '../../api/src/jurisdiction/jurisdiction.filter';
import { DIVISION_CODE_COLUMN, REFERENCE_TABLES } from '../../api/src/database/distribution';

/**
 * The path to Citus (docs/scale-out.md) distributes every division-owned table by county code, the
 * first 6 digits of its division code, co-located, so a county's households, members, cases,
 * measures and payments live on one shard and join there. This walks the entity metadata and fails
 * when a table would have nothing to be distributed by.
 */
let tables: EntityMetadata[];

async function metadata(): Promise<EntityMetadata[]> {
  const orm = await MikroORM.init({
    entities: ENTITIES,
    dbName: 'metadata_only',
    connect: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
  });
  const all = Object.values(orm.getMetadata().getAll()).filter(
    (meta) => !meta.abstract && !meta.embeddable && meta.tableName,
  );
  await orm.close();
  return all;
}

const columnOf = (meta: EntityMetadata, column: string) =>
  Object.values(meta.properties).find((p) => p.fieldNames?.length === 1 && p.fieldNames[0] === column);

describe('Citus distribution by county code', () => {
  it('finds every entity table (the walk sees the whole model)', async () => {
    tables = await metadata();
    expect(tables.length).toBe(ENTITIES.length - 2); // BaseEntity and StepEvent are abstract
    for (const name of REFERENCE_TABLES)
      expect(
        tables.map((t) => t.tableName),
        name,
      ).toContain(name);
  });

  it('every division-owned table that is not a reference table has a non-null division_code text column', () => {
    const distributed = tables.filter(
      (t) => t.filters?.[JURISDICTION_FILTER] && !(REFERENCE_TABLES as readonly string[]).includes(t.tableName),
    );
    expect(distributed.map((t) => t.tableName)).toEqual(
      expect.arrayContaining(['household', 'household_member', 'monitoring_case', 'assistance_measure', 'audit_entry']),
    );
    const lacking = distributed
      .filter((t) => {
        const column = columnOf(t, DIVISION_CODE_COLUMN);
        return !column || column.nullable || !/string|varchar|text|character/i.test(String(column.type));
      })
      .map((t) => t.tableName);
    expect(lacking).toEqual([]);
  });

  it('a table that points at a household is distributed (co-located with it), never a reference table', () => {
    const pointing = tables.filter((t) => columnOf(t, 'household_id')).map((t) => t.tableName);
    expect(pointing.length).toBeGreaterThan(5);
    expect(pointing.filter((name) => (REFERENCE_TABLES as readonly string[]).includes(name))).toEqual([]);
  });

  it('every table is placed: distributed by county, or listed as a reference table', () => {
    const unplaced = tables.filter(
      (t) => !t.filters?.[JURISDICTION_FILTER] && !(REFERENCE_TABLES as readonly string[]).includes(t.tableName),
    );
    expect(unplaced.map((t) => t.tableName)).toEqual([]);
  });
});

import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopedSql, SqlFragment, sqlText, type SqlScope } from '../jurisdiction/scoped-sql';
import { jsonRow, plainRow } from './plain-rows';

/**
 * The generic loader machinery. Each domain module keeps its own loaders beside its entities
 * (`modules/<name>/<name>.loaders.ts`), built per request with `perRequest`.
 */

/**
 * Something built once per request (a set of DataLoaders, the service registry) and kept with the
 * request's context: `const fooLoaders = perRequest((ctx: Context) => ({ ... }))`, then `fooLoaders(ctx)`.
 */
export function perRequest<C extends object, T>(build: (ctx: C) => T): (ctx: C) => T {
  const built = new WeakMap<C, T>();
  return (ctx) => {
    if (!built.has(ctx)) built.set(ctx, build(ctx));
    return built.get(ctx)!;
  };
}

/** Batches by key through the request's EntityManager, so the jurisdiction filter still applies. */
export function loaderBy<K extends string, T extends object>(
  em: EntityManager,
  entity: new (...args: never[]) => T,
  key: K & keyof T,
) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as never);
    const byKey = new Map(rows.map((row) => [String(row[key]), row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Groups rows by a key in one query: for to-many nested fields (a household's members). */
export function groupLoaderBy<T extends object>(load: (keys: string[]) => Promise<T[]>, keyOf: (row: T) => string) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>();
    for (const row of await load([...keys])) {
      const key = keyOf(row);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(row);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/**
 * Nested lists read as plain rows (read-only field resolvers): one kind per nested field, keyed by
 * the parent's id (or code), declared by the module that owns the table. Every kind asked for in
 * the same tick is answered by ONE statement (`union all` of one branch per kind), so a page with
 * members, incomes, risks, cases and the village costs one statement per level, whatever the page
 * size. Each branch carries the scope predicate on its own table.
 */
export interface RowKind<T extends object = object> {
  /** Unique among kinds: names the branch in the statement. */
  name: string;
  entity: new (...args: never[]) => T;
  table: string;
  alias: string;
  /** The column the parent's key matches, and its SQL type. */
  key: string;
  keyType: 'uuid' | 'text';
  /** The column the scope predicate applies to. */
  scope: string;
  where?: string;
  orderBy: string;
}

export function createRowLoaders(scope: () => SqlScope) {
  const kinds = new Map<string, RowKind>();
  const loader = new DataLoader<string, object[]>(async (keys) => {
    const byKind = new Map<string, string[]>();
    for (const key of keys) {
      const [kind, id] = key.split('\u0000') as [string, string];
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(id);
    }
    const scoped = scopedSql(scope());
    const em = scope().em;
    const branches: SqlFragment[] = [];
    for (const [name, ids] of byKind) {
      const k = kinds.get(name)!;
      // Passed as one array literal (the driver would spread a JS array into a list); keys are checked to be uuids or codes.
      const values = `{${ids.filter((id) => (k.keyType === 'uuid' ? /^[0-9a-f-]{36}$/i : /^\d{1,12}$/).test(id)).join(',')}}`;
      const inScope = scoped.inScope(`${k.alias}.${k.scope}`);
      const row = jsonRow(em, k.entity, k.alias);
      branches.push(
        new SqlFragment(
          `select '${name}' as kind, ${k.alias}.${k.key}::text as key, ${row.text} as row, row_number() over (order by ${k.orderBy}) as n
          from ${k.table} ${k.alias} where ${inScope.text} and ${k.alias}.${k.key} = any(?::${k.keyType}[])${k.where ? ` and ${k.where}` : ''}`,
          [...inScope.params, values],
          true,
        ),
      );
    }
    const union = new SqlFragment(
      branches.map((b) => `(${b.text})`).join(' union all '),
      branches.flatMap((b) => b.params),
      true,
    );
    const rows = await scoped.query<{
      kind: string;
      key: string;
      row: Record<string, unknown>;
    }>`${union} ${sqlText('order by kind, n')}`;
    const groups = new Map<string, object[]>();
    for (const r of rows) {
      const key = `${r.kind}\u0000${r.key}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(plainRow(em, kinds.get(r.kind)!.entity, r.row));
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
  return {
    /** The plain rows of `kind` under one parent key. */
    load<T extends object>(kind: RowKind<T>, key: string): Promise<T[]> {
      kinds.set(kind.name, kind as unknown as RowKind);
      return loader.load(`${kind.name}\u0000${key}`) as Promise<T[]>;
    },
  };
}

export type RowLoaders = ReturnType<typeof createRowLoaders>;

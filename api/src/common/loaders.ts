import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Division } from '../modules/divisions/division.entity';

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

/** Per-request DataLoaders; modules add theirs here. */
export function createLoaders(em: EntityManager) {
  return {
    division: loaderBy(em, Division, 'code'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

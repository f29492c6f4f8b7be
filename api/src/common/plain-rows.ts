import type { EntityManager } from '@mikro-orm/postgresql';
import { SqlFragment } from '../jurisdiction/scoped-sql';

/**
 * Read-only rows without the ORM: a statement selects `json_build_object(...)` of an entity's
 * columns, and the row comes back as a plain object with the entity's property names, no
 * hydration, no identity map. The column list is derived from the entity's metadata, so a column
 * added to or renamed in an entity needs no change here.
 *
 * A plain row remembers which entity it is (`entityNameOf`), so @Sensitive masks and audits it
 * exactly as it does the entity. Field resolvers of these types take `@Root() x: Readonly<Entity>`:
 * with the class itself as the parameter's type, type-graphql would turn every plain row into a
 * new entity instance (constructor, ORM property setters) before each call.
 */

const ENTITY = Symbol('entity');

type Kind = 'timestamp' | 'plain';
interface Column {
  property: string;
  expression: (alias: string) => string;
  kind: Kind;
}

const columnsByEntity = new Map<string, Column[]>();

function columnsOf(em: EntityManager, entityName: string): Column[] {
  let columns = columnsByEntity.get(entityName);
  if (columns) return columns;
  const meta = em.getMetadata().find(entityName);
  if (!meta) throw new Error(`no entity ${entityName}`);
  columns = meta.props
    .filter((p) => p.kind === 'scalar' && p.persist !== false && p.fieldNames?.length === 1)
    .map((p) => {
      const column = p.fieldNames[0];
      const type = (p.columnTypes?.[0] ?? '').toLowerCase();
      // numeric and bigint as text (exact, as the ORM and the MoneyScalar expect); date as YYYY-MM-DD.
      const asText = type.startsWith('numeric') || type.startsWith('decimal') || type === 'bigint' || type === 'date';
      return {
        property: p.name,
        expression: (alias: string) => `${alias}.${column}${asText ? '::text' : ''}`,
        kind: (type.startsWith('timestamp') ? 'timestamp' : 'plain') as Kind,
      };
    });
  columnsByEntity.set(entityName, columns);
  return columns;
}

/** `json_build_object('id', h.id, ...)` of every column of the entity (at most 50 pairs per call, joined as jsonb). */
export function jsonRow(em: EntityManager, entity: { name: string }, alias: string): SqlFragment {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not an alias: ${alias}`);
  const pairs = columnsOf(em, entity.name).map((c) => `'${c.property}', ${c.expression(alias)}`);
  if (pairs.length <= 50) return new SqlFragment(`json_build_object(${pairs.join(', ')})`);
  const parts: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) parts.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  return new SqlFragment(`(${parts.join(' || ')})`);
}

/** The parsed JSON of `jsonRow` as the entity's plain row: timestamps as Date, the entity remembered. */
export function plainRow<T>(em: EntityManager, entity: { name: string }, json: Record<string, unknown>): T {
  for (const column of columnsOf(em, entity.name)) {
    if (column.kind === 'timestamp' && typeof json[column.property] === 'string')
      json[column.property] = new Date(json[column.property] as string);
  }
  Object.defineProperty(json, ENTITY, { value: entity.name, enumerable: false });
  return json as T;
}

/** The entity a record is, whether an ORM entity or a plain row. */
export function entityNameOf(record: object): string {
  return (record as { [ENTITY]?: string })[ENTITY] ?? record.constructor.name;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import { actorColumns } from '../audit/audit-writer';
import { AuditAction } from '../audit/audit-entry.entity';
import { notFound } from '../common/errors';
import { isDivisionCode, isInside, prefixOf } from './division-code';
import { JURISDICTION_FILTER, NOWHERE } from './jurisdiction.filter';
import { readSource, type ReadSource } from '../database/read-replica';

/**
 * The one way to run raw SQL. The ORM filter scopes every EntityManager read, but a set-based
 * statement bypasses it, so it must say where it is scoped: `scoped.inScope('h.division_code')`.
 * A statement that names a division-owned table without such a predicate is refused before it
 * reaches the database, and audit rows written by SQL take their actor and request columns from
 * here, exactly as AuditWriter and the flush subscriber write them.
 *
 *   const scoped = scopedSql(ctx).within(root.code);
 *   const rows = await scoped.query<{ n: string }>`
 *     select count(*) as n from household h where ${scoped.inScope('h.division_code')} and h.status = ${status}`;
 *
 * Interpolated values become bind parameters; fragments made here (inScope, auditInsert, sqlText)
 * are inlined with their own parameters. test/unit/raw-sql.test.ts fails on raw SQL anywhere else.
 */

/** A piece of SQL with its parameters; interpolating one into `query` inlines it. */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly unknown[] = [],
    readonly scoped = false,
  ) {}
}

/** SQL text written in code (a column list, an expression), never a value from a request. */
export const sqlText = (text: string) => new SqlFragment(text);

/** What a statement runs as: the request context satisfies it; a background job builds one. */
export interface SqlScope {
  em: EntityManager;
  actor: Actor | null;
  requestId: string;
}

/** Audit rows a statement writes for the rows it inserted (`from` names a CTE or table alias). */
export interface AuditInsert {
  action?: AuditAction;
  entityName: string;
  /** e.g. `opened o` */
  from: string;
  /** SQL expressions over `from` */
  entityId: string;
  divisionCode: string;
  changes: string;
}

export interface ScopedSqlOptions {
  /**
   * 'read': statements run on a streaming replica when one is configured, has replayed the
   * session's own last write and is not too far behind; else on the primary
   * (database/read-replica.ts). For reads only; the default is the primary.
   */
  connectionType?: 'read' | 'write';
}

export class ScopedSql {
  private constructor(
    private readonly scope: SqlScope,
    readonly prefix: string,
    private readonly source: ReadSource | null,
  ) {}

  static of(scope: SqlScope, options: ScopedSqlOptions = {}): ScopedSql {
    const source = options.connectionType === 'read' ? readSource(scope.em, scope.actor?.tokenId ?? null) : null;
    return new ScopedSql(scope, scope.actor ? scope.actor.scopePrefix : NOWHERE, source);
  }

  /** The same scope narrowed to a division inside it (by code or prefix); outside it is not found. */
  within(codeOrPrefix: string): ScopedSql {
    const prefix = isDivisionCode(codeOrPrefix) ? prefixOf(codeOrPrefix) : codeOrPrefix;
    if (this.prefix === NOWHERE || !/^\d*$/.test(prefix) || !isInside(prefix, this.prefix)) throw notFound('行政区划');
    return new ScopedSql(this.scope, prefix, this.source);
  }

  /** When the figures read are complete up to: a lagging replica's replay time, else now. */
  async asOf(): Promise<Date> {
    return this.source ? this.source.asOf() : new Date();
  }

  /** `<column> like '<prefix>%'`: the jurisdiction predicate, served by the varchar_pattern_ops indexes. */
  inScope(column: string): SqlFragment {
    if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(column)) throw new Error(`not a column: ${column}`);
    return new SqlFragment(`${column} like ?`, [`${this.prefix}%`], true);
  }

  /** `insert into audit_entry … select … from <from>`, with the actor and request columns filled in. */
  auditInsert(entry: AuditInsert): SqlFragment {
    const actor = actorColumns(this.scope.actor);
    return new SqlFragment(
      `insert into audit_entry (action, actor_kind, actor_id, actor_name, request_id, entity_name, entity_id, division_code, changes)
        select ?::audit_action, ?, ?::uuid, ?, ?, ?, ${entry.entityId}, ${entry.divisionCode}, ${entry.changes}
        from ${entry.from}`,
      [
        entry.action ?? AuditAction.CREATE,
        actor.actorKind,
        actor.actorId,
        actor.actorName,
        this.scope.requestId,
        entry.entityName,
      ],
    );
  }

  /** The actor's name and id, for columns that record who acted (case_event and the like). */
  get actor() {
    return actorColumns(this.scope.actor);
  }

  /** Runs one statement, written as a tagged template. */
  async query<T extends object>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
    let text = strings[0];
    const params: unknown[] = [];
    let scoped = false;
    values.forEach((value, i) => {
      if (value instanceof SqlFragment) {
        text += value.text;
        params.push(...value.params);
        scoped ||= value.scoped;
      } else {
        text += '?';
        params.push(value);
      }
      text += strings[i + 1];
    });
    const unscoped = scoped
      ? []
      : divisionOwnedTables(this.scope.em).filter((table) =>
          new RegExp(`\\b(from|join|into|update)\\s+${table}\\b`, 'i').test(text),
        );
    if (unscoped.length)
      throw new Error(`raw SQL on ${unscoped.join(', ')} without a jurisdiction predicate (inScope)`);
    if (this.source) return this.source.execute<T[]>(text, params);
    // em.execute joins the EntityManager's transaction, if it has one (a job writing all its chunks atomically).
    return this.scope.em.execute<T[]>(text, params as never[]);
  }
}

export const scopedSql = (scope: SqlScope, options?: ScopedSqlOptions) => ScopedSql.of(scope, options);

let tables: string[] | null = null;

/** Tables of the entities that carry the jurisdiction filter. */
function divisionOwnedTables(em: EntityManager): string[] {
  tables ??= Object.values(em.getMetadata().getAll())
    .filter((meta) => meta.filters?.[JURISDICTION_FILTER] && meta.tableName)
    .map((meta) => meta.tableName);
  return tables;
}

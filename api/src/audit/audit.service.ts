import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context';
import type { Page } from '../common/pagination';
import { notFound } from '../common/errors';
import { findPage } from '../jurisdiction/division-list';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import { maskLoggedChanges, personalFieldsIn } from './sensitive.middleware';

export interface AuditQuery {
  entityName?: string;
  entityId?: string;
  actorName?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  offset: number;
  limit: number;
}

/**
 * Reading the audit log: newest first, inside the reader's jurisdiction (the ORM filter), with
 * personal values masked like every other field. Entries are copies: the log is never changed.
 */
export class AuditService {
  async list(ctx: Context, query: AuditQuery): Promise<Page<AuditEntry>> {
    const where: FilterQuery<AuditEntry> = {};
    if (query.entityName) where.entityName = query.entityName;
    if (query.entityId) where.entityId = query.entityId;
    if (query.actorName) where.actorName = query.actorName;
    if (query.action) where.action = query.action;
    if (query.from || query.to) where.at = { ...(query.from && { $gte: query.from }), ...(query.to && { $lt: query.to }) };
    const page = await findPage(ctx.em, AuditEntry, where, query, { id: 'desc' });
    const items = page.items.map((entry) => ({ ...entry, changes: maskLoggedChanges(entry.entityName, entry.changes) }) as AuditEntry);
    return { ...page, items };
  }

  /** One entry in clear (audit.read_pii); showing it is itself a PII_READ entry naming the fields shown. */
  async getUnmasked(ctx: Context, id: string): Promise<AuditEntry> {
    const entry = /^\d{1,18}$/.test(id) ? await ctx.em.findOne(AuditEntry, { id }) : null;
    if (!entry) throw notFound('审计日志条目');
    for (const field of personalFieldsIn(entry.entityName, entry.changes)) {
      ctx.audit.piiRead('AuditEntry', entry.id, entry.divisionCode, field);
    }
    return entry;
  }
}

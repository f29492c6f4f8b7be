import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context';
import type { Page } from '../common/pagination';
import { findPage } from '../jurisdiction/division-list';
import { AuditEntry, type AuditAction } from './audit-entry.entity';

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

/** Reading the audit log: newest first, inside the reader's jurisdiction (the ORM filter). */
export class AuditService {
  async list(ctx: Context, query: AuditQuery): Promise<Page<AuditEntry>> {
    const where: FilterQuery<AuditEntry> = {};
    if (query.entityName) where.entityName = query.entityName;
    if (query.entityId) where.entityId = query.entityId;
    if (query.actorName) where.actorName = query.actorName;
    if (query.action) where.action = query.action;
    if (query.from || query.to) where.at = { ...(query.from && { $gte: query.from }), ...(query.to && { $lt: query.to }) };
    return findPage(ctx.em, AuditEntry, where, query, { id: 'desc' });
  }
}

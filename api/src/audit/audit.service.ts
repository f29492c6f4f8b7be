import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../context';
import type { Page } from '../common/pagination';
import { badInput, notFound } from '../common/errors';
import { Member } from '../modules/households/member.entity';
import { countyKeyOf, findPage } from '../jurisdiction/division-list';
import { AuditEntry, type AuditAction } from './audit-entry.entity';
import { maskLoggedChanges, personalFieldsIn } from './sensitive.middleware';

export interface AuditQuery {
  entityName?: string;
  entityId?: string;
  actorName?: string;
  action?: AuditAction;
  from?: Date;
  to?: Date;
  /** Entries about the person with this ID number: who read their data (or changed it), when. */
  idNumber?: string;
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
    const ids = query.entityId ? [query.entityId] : [];
    if (query.idNumber) ids.push(...(await this.personIds(ctx, query.idNumber)));
    if (query.entityId || query.idNumber) {
      if (!ids.length) return { items: [], total: 0 };
      // A read entry lists every record it showed (entity_ids, GIN-indexed); a change names one.
      where.$or = [{ entityId: { $in: ids } }, { entityIds: { $overlap: ids } }];
    }
    if (query.actorName) where.actorName = query.actorName;
    if (query.action) where.action = query.action;
    if (query.from || query.to)
      where.at = { ...(query.from && { $gte: query.from }), ...(query.to && { $lt: query.to }) };
    const page = await findPage(ctx.em, AuditEntry, where, query, { id: 'desc' }, countyKeyOf(ctx.actor!.scopePrefix));
    const items = page.items.map(
      (entry) => ({ ...entry, changes: maskLoggedChanges(entry.entityName, entry.changes) }) as AuditEntry,
    );
    return { ...page, items };
  }

  /**
   * The member records (current or removed, inside the auditor's jurisdiction) with this ID number.
   * Searching by a full ID number is itself recorded, as memberByIdNumber's lookup is.
   */
  private async personIds(ctx: Context, idNumber: string): Promise<string[]> {
    const value = idNumber.trim().toUpperCase();
    if (!/^\d{17}[\dX]$/.test(value)) throw badInput('idNumber', '身份证号应为 18 位');
    const members = await ctx.em.find(
      Member,
      { idNumber: value },
      { fields: ['id', 'divisionCode'], disableIdentityMap: true },
    );
    for (const m of members) ctx.audit.piiRead('Member', m.id, m.divisionCode, 'auditSearchByIdNumber');
    return members.map((m) => m.id);
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

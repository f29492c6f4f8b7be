import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './actor';
import { AuditAction, AuditEntry } from '../audit/audit-entry.entity';
import { forbidden } from '../common/errors';

/**
 * The "not the requester" rule (谁审批、谁负责; 三员分立): the approver is neither the requester nor an
 * account the requester created or changed (roles, division, password reset…), read from the audit
 * log, which records every change of an account with who made it and cannot be altered.
 */
export async function assertNotRequester(
  em: EntityManager,
  approver: Actor,
  requesterId: string | null | undefined,
  what: string,
): Promise<void> {
  if (!requesterId) return;
  if (approver.id === requesterId) throw forbidden(`${what}申请人不能审批自己的申请`);
  if (approver.kind !== 'USER' || !approver.id) return;
  // The account's own history, whatever division the requester sits in: read past the filter.
  const touched = await em.count(
    AuditEntry,
    {
      entityName: 'User',
      entityId: approver.id,
      actorId: requesterId,
      action: { $in: [AuditAction.CREATE, AuditAction.UPDATE] },
    },
    { filters: false },
  );
  if (touched) throw forbidden(`审批人账号由${what}申请人创建或修改过，不能审批该申请，请由其他人员审批`);
}

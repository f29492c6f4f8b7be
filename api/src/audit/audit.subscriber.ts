import { ChangeSetType, type EventSubscriber, type FlushEventArgs, type ChangeSet } from '@mikro-orm/core';
import { AuditAction, AuditEntry } from './audit-entry.entity';
import { actorColumns } from './audit-writer';
import { currentScope } from './request-scope';

/** Never copied into the log: secrets, and bookkeeping that changes on every write. */
const REDACTED = new Set(['passwordHash', 'tokenHash']);
const SKIPPED = new Set(['updatedAt', 'version', 'createdAt']);

const ACTION: Record<string, AuditAction | undefined> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

/**
 * Records every insert, update and delete flushed through the ORM, in the same transaction as the
 * change, with the actor of the request it runs in (taken from the request scope).
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const scope = currentScope();
    for (const changeSet of uow.getChangeSets()) {
      const action = ACTION[changeSet.type];
      if (!action || changeSet.entity instanceof AuditEntry) continue;
      const changes = describeChanges(changeSet, action);
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entity = changeSet.entity as Record<string, unknown>;
      const entry = Object.assign(new AuditEntry(), {
        action,
        entityName: changeSet.meta.className,
        entityId: String(changeSet.getPrimaryKey() ?? ''),
        divisionCode: String(entity.divisionCode ?? entity.code ?? scope?.actor?.divisionCode ?? '000000000000'),
        changes,
        requestId: scope?.requestId ?? null,
        ...actorColumns(scope?.actor ?? null),
      });
      if (!scope?.actor && scope?.publicSource) {
        entry.actorKind = 'ANONYMOUS';
        entry.actorName = scope.publicSource;
      } else if (!scope?.actor) {
        entry.actorKind = 'SYSTEM';
        entry.actorName = 'system';
      }
      uow.computeChangeSet(entry);
    }
  }
}

function describeChanges(changeSet: ChangeSet<object>, action: AuditAction): Record<string, unknown> {
  const before = (changeSet.originalEntity ?? {}) as Record<string, unknown>;
  const source = (action === AuditAction.DELETE ? before : changeSet.payload) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(source)) {
    if (SKIPPED.has(field)) continue;
    const show = (v: unknown) => (REDACTED.has(field) ? (v == null ? null : '（已隐去）') : plain(v));
    if (action === AuditAction.UPDATE) changes[field] = [show(before[field]), show(value)];
    else changes[field] = show(value);
  }
  return changes;
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && !Array.isArray(value) && 'toJSON' in value)
    return (value as { toJSON(): unknown }).toJSON();
  return value ?? null;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../auth/actor';
import { AuditAction, AuditEntry } from './audit-entry.entity';

type EntryData = Pick<AuditEntry, 'action' | 'entityName' | 'entityId' | 'divisionCode' | 'changes'>;

export function actorColumns(actor: Actor | null | undefined) {
  return {
    actorKind: actor?.kind ?? 'ANONYMOUS',
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? '匿名',
  };
}

/**
 * Audit entries that are not data changes: unmasked reads of personal data and sign-ins. Reads
 * are collected during the request (one entry per record, listing the fields shown) and written
 * in one INSERT when the response is sent, so a page of 100 records costs one statement.
 */
export class AuditWriter {
  private readonly piiReads = new Map<string, EntryData & { fields: Set<string> }>();
  private readonly events: EntryData[] = [];

  constructor(private readonly requestId: string, private readonly actorOf: () => Actor | null) {}

  piiRead(entityName: string, entityId: string, divisionCode: string, field: string): void {
    const key = `${entityName}:${entityId}`;
    let entry = this.piiReads.get(key);
    if (!entry) {
      entry = { action: AuditAction.PII_READ, entityName, entityId, divisionCode, changes: null, fields: new Set() };
      this.piiReads.set(key, entry);
    }
    entry.fields.add(field);
  }

  event(data: EntryData): void {
    this.events.push(data);
  }

  get pendingCount(): number {
    return this.piiReads.size + this.events.length;
  }

  async flush(em: EntityManager): Promise<void> {
    if (this.pendingCount === 0) return;
    const actor = this.actorOf();
    const rows = [
      ...[...this.piiReads.values()].map(({ fields, ...entry }) => ({ ...entry, changes: { fields: [...fields].sort() } })),
      ...this.events,
    ].map((entry) => ({ ...entry, ...actorColumns(actor), requestId: this.requestId, at: new Date() }));
    this.piiReads.clear();
    this.events.length = 0;
    await em.fork().insertMany(AuditEntry, rows);
  }
}

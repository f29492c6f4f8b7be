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
 * The deepest division that contains every code (a read entry is scoped where all its records are):
 * the longest common prefix cut to a level (2, 4, 6, 9, 12 digits) and padded to 12 digits.
 */
export function commonDivision(codes: Iterable<string>, fallback: string): string {
  let prefix: string | null = null;
  for (const code of codes) {
    if (prefix === null) {
      prefix = code;
      continue;
    }
    let i = 0;
    while (i < prefix.length && prefix[i] === code[i]) i++;
    prefix = prefix.slice(0, i);
  }
  if (prefix === null) return fallback;
  const length = [12, 9, 6, 4, 2].find((n) => n <= prefix!.length);
  return length ? prefix.slice(0, length).padEnd(12, '0') : fallback;
}

/**
 * Audit entries that are not data changes: unmasked reads of personal data and sign-ins. Reads
 * are collected during the request and written as ONE entry when the response is sent: the records
 * read (`entityIds`; `entityId` too when there was one), the fields shown (`changes.fields`, and
 * `changes.read` by entity when several kinds were read), scoped at the deepest division holding
 * them all. A page of 100 households costs one row, not hundreds.
 */
export class AuditWriter {
  private readonly piiReads = new Map<
    string,
    { entityName: string; entityId: string; divisionCode: string; fields: Set<string> }
  >();
  private readonly events: EntryData[] = [];

  constructor(
    private readonly requestId: string,
    private readonly actorOf: () => Actor | null,
  ) {}

  piiRead(entityName: string, entityId: string, divisionCode: string, field: string): void {
    const key = `${entityName}:${entityId}`;
    let entry = this.piiReads.get(key);
    if (!entry) {
      entry = { entityName, entityId, divisionCode, fields: new Set() };
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

  /** The request's unmasked reads as one entry (null when there were none). */
  private readEntry(actor: Actor | null): (EntryData & { entityIds: string[] }) | null {
    const reads = [...this.piiReads.values()];
    if (!reads.length) return null;
    const byEntity = new Map<string, Set<string>>();
    const all = new Set<string>();
    for (const read of reads) {
      if (!byEntity.has(read.entityName)) byEntity.set(read.entityName, new Set());
      for (const field of read.fields) {
        byEntity.get(read.entityName)!.add(field);
        all.add(field);
      }
    }
    const entities = [...byEntity.keys()].sort();
    const changes: Record<string, unknown> = { fields: [...all].sort() };
    if (entities.length > 1)
      changes.read = Object.fromEntries(entities.map((name) => [name, [...byEntity.get(name)!].sort()]));
    return {
      action: AuditAction.PII_READ,
      entityName: entities.join('+').slice(0, 64),
      entityId: reads.length === 1 ? reads[0].entityId : null,
      entityIds: [...new Set(reads.map((r) => r.entityId))],
      divisionCode: commonDivision(
        reads.map((r) => r.divisionCode),
        actor?.divisionCode ?? '000000000000',
      ),
      changes,
    };
  }

  /**
   * Writes the pending entries. `batched` (a request's entries when its response is sent, outside
   * any transaction) joins them to the entries of the requests finishing at the same moment: one
   * insert for all, each request still waiting until its own rows are written.
   */
  async flush(em: EntityManager, { batched = false } = {}): Promise<void> {
    if (this.pendingCount === 0) return;
    const actor = this.actorOf();
    const read = this.readEntry(actor);
    const rows = [...(read ? [read] : []), ...this.events].map((entry) => ({
      entityIds: null,
      ...entry,
      ...actorColumns(actor),
      requestId: this.requestId,
      at: new Date(),
    }));
    this.piiReads.clear();
    this.events.length = 0;
    if (batched) await groupCommit.write(em, rows);
    else await em.fork().insertMany(AuditEntry, rows);
  }
}

type AuditRow = Partial<AuditEntry>;

/**
 * Group commit of the requests' audit entries: while one insert is on its way, the entries of
 * requests that finish meanwhile queue up and go in the next insert together. An idle server
 * writes each request's entries at once (no waiting for company); a busy one (200 insurer checks a
 * second) sends one insert for many requests instead of one each. A request is answered only once
 * its own rows are written; if a joint insert fails, each request's rows are tried on their own,
 * so one bad entry fails only its own request.
 */
class AuditGroupCommit {
  private readonly queue: Array<{ rows: AuditRow[]; resolve: () => void; reject: (error: unknown) => void }> = [];
  private writing = false;

  write(em: EntityManager, rows: AuditRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.writing) void this.drain(em);
    });
  }

  private async drain(em: EntityManager): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, 200);
        try {
          await em.fork().insertMany(
            AuditEntry,
            batch.flatMap((b) => b.rows),
          );
          for (const b of batch) b.resolve();
        } catch (error) {
          if (batch.length === 1) {
            batch[0].reject(error);
            continue;
          }
          for (const b of batch) await em.fork().insertMany(AuditEntry, b.rows).then(b.resolve, b.reject);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}

const groupCommit = new AuditGroupCommit();

import type { VisitInput } from '../gql/graphql';
import { ApiError, graphqlRequest } from '../dataProvider/graphqlRequest';
import { RecordVisitMutation } from './documents';

/**
 * Visits entered on a phone wait here (localStorage, so a reload or a closed tab keeps them) until
 * the server has them. A visit is queued before it is first sent and removed only when the server
 * answers; its client key is fixed when it is queued, so sending it again (after a lost answer)
 * records it once.
 */
export interface QueuedVisit {
  input: VisitInput;
  label: string;
  queuedAt: string;
  /** The server refused it (not a network failure): kept, shown, never silently dropped. */
  refused?: string;
}

const KEY = 'ffp.visitQueue';

export function queuedVisits(): QueuedVisit[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as QueuedVisit[];
  } catch {
    return [];
  }
}

function save(items: QueuedVisit[]) {
  localStorage.setItem(KEY, JSON.stringify(items));
  window.dispatchEvent(new Event('ffp-visit-queue'));
}

export function enqueueVisit(input: VisitInput, label: string) {
  save([
    ...queuedVisits().filter((v) => v.input.clientKey !== input.clientKey),
    { input, label, queuedAt: new Date().toISOString() },
  ]);
}

export function discardVisit(clientKey: string) {
  save(queuedVisits().filter((v) => v.input.clientKey !== clientKey));
}

/** A random v4 UUID, also where `crypto.randomUUID` is missing (plain http on a LAN address). */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let running: Promise<{ sent: number; waiting: number }> | null = null;

/** Sends what is queued, oldest first; stops at the first network failure (still offline). */
export function sendQueuedVisits(): Promise<{ sent: number; waiting: number }> {
  if (running) return running;
  const job = (async () => {
    let sent = 0;
    {
      for (const item of queuedVisits().filter((v) => !v.refused)) {
        try {
          await graphqlRequest(RecordVisitMutation, { input: item.input });
          discardVisit(item.input.clientKey);
          sent += 1;
        } catch (error) {
          if (error instanceof ApiError && ['NETWORK', 'HTTP_ERROR', 'UNAUTHENTICATED'].includes(String(error.code)))
            break;
          save(
            queuedVisits().map((v) =>
              v.input.clientKey === item.input.clientKey
                ? { ...v, refused: error instanceof Error ? error.message : '服务器拒绝' }
                : v,
            ),
          );
        }
      }
    }
    return { sent, waiting: queuedVisits().length };
  })();
  running = job;
  void job.finally(() => {
    if (running === job) running = null;
  });
  return job;
}

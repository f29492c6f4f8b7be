/**
 * Recognises "the database cannot be reached right now" (server restarting, refused connection,
 * connection cut, pool timeout) as opposed to a bad statement: those requests are answered
 * SERVICE_UNAVAILABLE, and the pool reconnects by itself once the server is back.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006', // connection exceptions
  '53300', // too_many_connections
]);
const CONNECTION_MESSAGES =
  /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|Timeout acquiring a connection|Client was closed|not queryable|ECONNREFUSED/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as Record<string, unknown> | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && CONNECTION_CODES.has(e.code)) return true;
    if (e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
    // MikroORM keeps the driver's error as `previous`; AggregateError (several addresses) as `errors`.
    const errors = e.errors as unknown[] | undefined;
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    e = (e.previous ?? e.cause ?? e.originalError) as Record<string, unknown> | undefined;
  }
  return false;
}

let lastLogged = 0;

/** One log line per 10 s of outage, not one per failed request. */
export function logDatabaseUnavailable(error: unknown): void {
  const now = Date.now();
  if (now - lastLogged < 10_000) return;
  lastLogged = now;
  console.error(`[database] 数据库暂时不可用：${(error as Error)?.message ?? error}`);
}

import pg from 'pg';

/**
 * 《网络安全法》第二十一条：“留存相关的网络日志不少于六个月”. The purge keeps at least this many
 * days and at least six calendar months (the database function and trigger enforce both).
 */
export const MIN_AUDIT_RETENTION_DAYS = 180;

/**
 * Deletes audit entries older than `olderThanDays` through `audit_purge`, which only the owner of
 * the tables may execute (DATABASE_URL's user, not the API's role). Returns how many went.
 */
export async function purgeAuditLog(ownerUrl: string, olderThanDays: number): Promise<number> {
  if (!Number.isInteger(olderThanDays) || olderThanDays < MIN_AUDIT_RETENTION_DAYS) {
    throw new Error(
      `审计日志至少保留 ${MIN_AUDIT_RETENTION_DAYS} 天（网络安全法第二十一条），--older-than-days 应为不小于 ${MIN_AUDIT_RETENTION_DAYS} 的整数`,
    );
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ purged: string }>('select audit_purge($1) as purged', [olderThanDays]);
    return Number(rows[0].purged);
  } finally {
    await client.end();
  }
}

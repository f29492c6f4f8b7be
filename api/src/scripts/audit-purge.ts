// npm run audit:purge -- --older-than-days 365
// Run by the database owner (DATABASE_URL), e.g. monthly from cron; refuses fewer than 180 days.
import { MIN_AUDIT_RETENTION_DAYS, purgeAuditLog } from '../audit/retention';

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--older-than-days');
  const value = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--older-than-days='))?.split('=')[1];
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('请设置 DATABASE_URL（数据库所有者账号，即执行迁移的账号）');
  if (!value || !/^\d+$/.test(value))
    throw new Error(`用法：npm run audit:purge -- --older-than-days N（N ≥ ${MIN_AUDIT_RETENTION_DAYS}）`);
  const purged = await purgeAuditLog(url, Number(value));
  console.log(`已清理 ${purged} 条 ${value} 天以前的审计日志`);
}

main().catch((error) => {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
});

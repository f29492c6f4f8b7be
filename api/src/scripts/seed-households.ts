import 'reflect-metadata';
import { loadConfig } from '../config';
import { migrate, openOrm } from '../orm';
import { seedDemo, villageCodes } from '../seed/seed';
import { seedHouseholds } from '../seed/households.seed';

/**
 * Bulk demo data for benchmarks: `node dist/api/src/scripts/seed-households.js --households 1000000`
 * against DATABASE_URL. Adds households spread over the villages (demo divisions and accounts are
 * created first if missing); prints rows per second.
 */
async function main() {
  const args = process.argv.slice(2);
  const count = Number(args[args.indexOf('--households') + 1] ?? NaN);
  if (!args.includes('--households') || !Number.isInteger(count) || count <= 0) {
    console.error('用法：seed-households --households <数量> [--seed <整数>]（需设置 DATABASE_URL）');
    process.exit(2);
  }
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : Date.now() % 100_000;
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('请设置 DATABASE_URL');
  const orm = await openOrm(config.databaseUrl);
  await migrate(orm);
  await seedDemo(orm);
  const started = Date.now();
  let last = 0;
  const inserted = await seedHouseholds(orm, {
    households: count,
    villageCodes: await villageCodes(orm),
    seed,
    onProgress: (done, total) => {
      if (done - last >= 50_000 || done === total) {
        last = done;
        const seconds = (Date.now() - started) / 1000;
        console.log(`${done}/${total} 户，${Math.round(done / seconds)} 户/秒`);
      }
    },
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(`完成：${inserted} 户，用时 ${seconds.toFixed(1)} 秒（${Math.round(inserted / seconds)} 户/秒）`);
  await orm.close();
}

void main();

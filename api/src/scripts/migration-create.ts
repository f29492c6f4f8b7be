import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../config';
import { migrate, openOrm } from '../orm';

/**
 * pnpm -C api migration:create <Name> [--timestamp YYYYMMDDHHmmss] [--blank]
 *
 * Writes migrations/Migration<timestamp><Name>.ts with the SQL that brings a database migrated to
 * the current list in step with the entities (or an empty up/down with --blank), and appends it
 * to migrations/index.ts. The difference is taken on a scratch database created on DATABASE_URL's
 * server and dropped afterwards, so the developer's own database is never the reference.
 */
async function main() {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--') && !/^\d{14}$/.test(a));
  const stampIndex = args.indexOf('--timestamp');
  const timestamp = stampIndex >= 0 ? args[stampIndex + 1] : new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const blank = args.includes('--blank');
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new Error('usage: migration:create <PascalCaseName> [--timestamp YYYYMMDDHHmmss] [--blank]');
  if (!/^\d{14}$/.test(timestamp)) throw new Error('--timestamp must be 14 digits (YYYYMMDDHHmmss)');
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('set DATABASE_URL to a PostgreSQL server (a scratch database is created there)');

  const className = `Migration${timestamp}${name}`;
  const dir = path.join(PROJECT_ROOT, 'migrations');
  const target = path.join(dir, `${className}.ts`);
  if (fs.existsSync(target)) throw new Error(`${path.relative(PROJECT_ROOT, target)} exists`);

  const scratch = `ffp_migration_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${scratch}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${scratch}`;
    const orm = await openOrm(url.toString());
    try {
      await migrate(orm);
      const diff = blank
        ? { up: [] as string[], down: [] as string[] }
        : await orm.getSchemaGenerator().getUpdateSchemaMigrationSQL({ wrap: false, safe: false, dropTables: true });
      const lines = (sql: string[] | string) =>
        (Array.isArray(sql) ? sql : sql.split('\n')).map((s) => s.trim()).filter(Boolean);
      const up = lines(diff.up);
      const down = lines(diff.down);
      if (!blank && up.length === 0) {
        console.log('实体与迁移一致，没有需要生成的迁移（需要手写时加 --blank）');
        return;
      }
      const body = (statements: string[]) => statements.map((s) => `    this.addSql(${JSON.stringify(s)});`).join('\n');
      fs.writeFileSync(
        target,
        `import { Migration } from '@mikro-orm/migrations';

/** TODO: one line on what this migration is for. */
export class ${className} extends Migration {
  override async up(): Promise<void> {
${body(up)}
  }

  override async down(): Promise<void> {
${body(down)}
  }
}
`,
      );
    } finally {
      await orm.close();
    }
  } finally {
    await admin.query(`drop database if exists ${scratch}`);
    await admin.end();
  }
  if (!fs.existsSync(target)) return;

  const indexFile = path.join(dir, 'index.ts');
  let index = fs.readFileSync(indexFile, 'utf8');
  index = index.replace(
    /(import \{ Migration\d+\w* \} from '\.\/Migration\d+\w*';\n)(?!import \{ Migration)/,
    `$1import { ${className} } from './${className}';\n`,
  );
  index = index.replace(/(\n\];\s*)$/, `\n  { name: '${className}', class: ${className} },$1`);
  fs.writeFileSync(indexFile, index);
  console.log(`已生成 ${path.relative(PROJECT_ROOT, target)}，并追加到 migrations/index.ts`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

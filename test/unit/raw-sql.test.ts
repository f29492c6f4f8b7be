import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Raw SQL bypasses the ORM's jurisdiction filter, so it must go through
 * api/src/jurisdiction/scoped-sql.ts (scope predicate, audit-row insert). This walks api/src and
 * fails on a statement written anywhere else.
 */
const SRC = path.resolve(__dirname, '../../api/src');
const HELPER = 'jurisdiction/scoped-sql.ts';

/** Code that runs outside any request, as the system, before or beside the API. */
const SYSTEM_FOLDERS = ['seed/', 'scripts/', 'database/'];
/** Files allowed one named exception, and why. */
const EXCEPTIONS: Record<string, { rules: string[]; why: string }> = {
  'auth/token.service.ts': {
    rules: ['getConnection', 'execute'],
    why: 'marks a token used on the system connection; access_token is not division-owned',
  },
  'auth/auth.service.ts': {
    rules: ['getConnection', 'execute'],
    why: 'counts a failed sign-in atomically (one UPDATE … RETURNING by primary key) before anyone is signed in, so there is no scope yet',
  },
  'common/job-queue.ts': {
    rules: ['execute'],
    why: "adds a job through enqueue_job() (the queue is owned by the database owner, not division-owned), in the caller's transaction",
  },
  'common/stored-files.ts': {
    rules: ['execute'],
    why: 'file bytes are not division-owned: a file is reached only through its job row, read inside the jurisdiction first',
  },
  'modules/households/household.sql.ts': {
    rules: ['division_code like'],
    why: "the list's divisionCode argument narrowing inside the scope; every caller adds the scope itself (inScope, or the ORM filter)",
  },
  'modules/households/household.service.ts': {
    rules: ['QueryBuilder without applyFilters()'],
    why: 'filteredQuery hands the export a builder; the export runs applyFilters() before executing it',
  },
};

const RULES: Array<{ name: string; test: RegExp }> = [
  { name: 'getConnection', test: /\bgetConnection\s*\(/ },
  // A QueryBuilder's own execute() is fine once applyFilters() has run (checked below).
  { name: 'execute', test: /\b(getConnection\s*\(\s*\)|connection|driver|em|knex)\s*\.execute\s*[<(]/ },
  { name: 'getDriver', test: /\bgetDriver\s*\(/ },
  { name: 'knex', test: /\bgetKnex\s*\(|\bknex\s*[.(]/ },
  { name: 'division_code like', test: /division_code\s+(i?like|~)\s/i },
  { name: 'insert into audit_entry', test: /insert\s+into\s+audit_entry/i },
  { name: 'AuditEntry written directly', test: /(insertMany|nativeInsert|insert)\s*\(\s*AuditEntry\b/ },
];

/** Problems in one file: raw SQL outside the helper, or a QueryBuilder that skips the filters. */
export function bypasses(file: string, text: string): string[] {
  if (file === HELPER || SYSTEM_FOLDERS.some((folder) => file.startsWith(folder))) return [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = RULES.filter((rule) => rule.test.test(code) && !EXCEPTIONS[file]?.rules.includes(rule.name))
    .filter((rule) => !(rule.name === 'AuditEntry written directly' && file === 'audit/audit-writer.ts'))
    .map((rule) => `${file}: ${rule.name}`);
  if (
    /createQueryBuilder\s*\(/.test(code) &&
    !/applyFilters\s*\(/.test(code) &&
    !EXCEPTIONS[file]?.rules.includes('QueryBuilder without applyFilters()')
  )
    found.push(`${file}: QueryBuilder without applyFilters()`);
  return found;
}

function sources(dir: string, base = dir): Array<{ file: string; text: string }> {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full, base);
    return entry.name.endsWith('.ts')
      ? [{ file: path.relative(base, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf8') }]
      : [];
  });
}

describe('raw SQL goes through scopedSql', () => {
  it('finds no raw statement outside jurisdiction/scoped-sql.ts in api/src', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.file === HELPER)).toBe(true);
    expect(files.flatMap(({ file, text }) => bypasses(file, text))).toEqual([]);
  });

  it('the services with set-based SQL use the helper', () => {
    for (const file of [
      'modules/monitoring/identification.service.ts',
      'modules/monitoring/supervision.service.ts',
      'modules/warnings/warning.service.ts',
    ]) {
      const text = fs.readFileSync(path.join(SRC, file), 'utf8');
      expect(text, file).toMatch(/scopedSql\(/);
      expect(text, file).toMatch(/inScope\('|matchingCtes\(/);
    }
  });

  it.each([
    [
      'a hand-written scope',
      'await em.getConnection().execute(`select * from household where division_code like ?`, [p]);',
      ['getConnection', 'execute', 'division_code like'],
    ],
    [
      'a hand-written audit row',
      'const sql = `insert into audit_entry (action) select 1`;',
      ['insert into audit_entry'],
    ],
    ['knex', 'const k = em.getKnex(); await k.raw("select 1");', ['knex']],
    [
      'an unfiltered QueryBuilder',
      "const qb = em.createQueryBuilder(Household, 'h'); await qb.getResult();",
      ['QueryBuilder without applyFilters()'],
    ],
    ['a direct audit insert', 'await em.insertMany(AuditEntry, rows);', ['AuditEntry written directly']],
  ])('reports %s', (_name, snippet, rules) => {
    const found = bypasses('modules/statistics/statistics.service.ts', snippet);
    for (const rule of rules) expect(found).toContain(`modules/statistics/statistics.service.ts: ${rule}`);
  });

  it('lets the helper itself and system code through', () => {
    expect(bypasses(HELPER, 'em.getConnection().execute(sql)')).toEqual([]);
    expect(bypasses('seed/households.seed.ts', 'em.getConnection().execute(sql)')).toEqual([]);
  });
});

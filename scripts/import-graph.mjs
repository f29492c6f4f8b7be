// The import graph of a source folder, read with TypeScript's parser (no type check, so it is quick),
// and its cycles. `node scripts/import-graph.mjs api/src admin/src` prints every cycle and exits 1 on one.
// Type-only imports count: a type loop ties files together as surely as a value loop does.
// Dynamic `import()` does not: it is how the console loads a view lazily, after every module is ready.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');

const EXTENSIONS = ['.ts', '.tsx'];

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveRelative(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, 'index' + ext)),
  ];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null;
}

/** The relative modules a file imports or re-exports statically (bare package names are left out). */
export function importsOf(file, text = fs.readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier
        ? statement.moduleSpecifier.text
        : null;
    if (specifier?.startsWith('.')) {
      const target = resolveRelative(file, specifier);
      if (target) found.push(target);
    }
  }
  return found;
}

/** Every file of `root` (absolute path) with the files of `root` it imports. */
export function importGraph(root) {
  const graph = new Map();
  for (const file of sourceFiles(root))
    graph.set(
      file,
      importsOf(file).filter((target) => target.startsWith(root + path.sep)),
    );
  return graph;
}

/** The strongly connected groups of more than one file (or a file importing itself): Tarjan's algorithm. */
export function cycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (node) => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indexOf.get(next)));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return groups;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const roots = process.argv.slice(2);
  let found = 0;
  for (const root of roots) {
    const absolute = path.resolve(root);
    for (const group of cycles(importGraph(absolute))) {
      found += 1;
      console.log(
        `导入环（${group.length} 个文件）：\n  ${group.map((file) => path.relative(absolute, file)).join('\n  ')}`,
      );
    }
  }
  if (found > 0) process.exit(1);
  console.log(`无导入环：${roots.join('、')}`);
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../../scripts/import-graph.mjs';

/**
 * The base layer knows no domain: api/src/common/ (generic machinery) and api/src/jurisdiction/
 * (who may see which division) import nothing from api/src/modules/, nor from the request's top
 * (context building, the service registry). docs/architecture.md draws the same layers.
 */
const SRC = path.resolve(__dirname, '../../api/src');
const BASE = ['common/', 'jurisdiction/'];
const FORBIDDEN = ['modules/', 'services.ts', 'request.ts', 'server.ts', 'schema.ts', 'main.ts'];

/** Files that still break the rule, each with the reason and where it is going. Only ever shrinks (empty now). */
const PENDING: Record<string, string> = {};

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');

export function upwardImports(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = rel(file);
    if (!BASE.some((base) => from.startsWith(base)) || PENDING[from]) continue;
    for (const target of targets.map(rel)) {
      if (FORBIDDEN.some((top) => target.startsWith(top))) found.push(`${from} → ${target}`);
    }
  }
  return found.sort();
}

describe('layers', () => {
  it("common/ and jurisdiction/ import nothing from modules/ or the request's top", () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    expect(upwardImports(graph)).toEqual([]);
  });

  it('the check sees an upward import when there is one', () => {
    const graph = new Map([
      [path.join(SRC, 'common/x.ts'), [path.join(SRC, 'modules/households/household.entity.ts')]],
    ]);
    expect(upwardImports(graph)).toEqual(['common/x.ts → modules/households/household.entity.ts']);
  });

  it('every pending exception still exists and still needs its exception', () => {
    const graph = importGraph(SRC);
    for (const file of Object.keys(PENDING)) {
      const targets = graph.get(path.join(SRC, file));
      expect(targets, file).toBeDefined();
      expect(
        targets!.map(rel).some((target) => FORBIDDEN.some((top) => target.startsWith(top))),
        file,
      ).toBe(true);
    }
  });
});

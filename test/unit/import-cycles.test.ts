import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../scripts/import-graph.mjs';

/**
 * A cycle of imports ties every file on it together: none can be read, tested or loaded alone, and
 * the module that loads first sees the others half-initialised. api/src and admin/src have none.
 */
const ROOT = path.resolve(__dirname, '../..');
const relative = (group: string[]) => group.map((file) => path.relative(ROOT, file));

describe('no import cycles', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  for (const folder of ['api/src', 'admin/src']) {
    it(`${folder} has no import cycle (type-only imports included)`, () => {
      const graph = importGraph(path.join(ROOT, folder));
      expect(graph.size).toBeGreaterThan(50);
      expect(cycles(graph).map(relative)).toEqual([]);
    });
  }
});

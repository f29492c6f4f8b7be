import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNFILTERED_READS, UNFILTERED_REASONS } from '../../api/src/jurisdiction/unfiltered';

/**
 * A read with `filters: false` sees past the jurisdiction filter. Each one is listed with its
 * reason in api/src/jurisdiction/unfiltered.ts; a new one anywhere fails here until it is listed.
 */
const SRC = path.resolve(__dirname, '../../api/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** How many times each file turns the filter off (comments aside). */
export function unfilteredCounts(files: Array<{ file: string; text: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { file, text } of files) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const n = (code.match(/filters\s*:\s*false\b/g) ?? []).length;
    if (n > 0) counts[file] = n;
  }
  return counts;
}

describe('reads past the jurisdiction filter', () => {
  it('are all listed, each with a reason, in jurisdiction/unfiltered.ts', () => {
    const files = sources(SRC).map((full) => ({
      file: path.relative(SRC, full).split(path.sep).join('/'),
      text: fs.readFileSync(full, 'utf8'),
    }));
    const listed = Object.fromEntries(
      Object.entries(UNFILTERED_READS).map(([file, reasons]) => [file, reasons.length]),
    );
    expect(unfilteredCounts(files)).toEqual(listed);
    for (const reasons of Object.values(UNFILTERED_READS)) {
      for (const reason of reasons) expect(UNFILTERED_REASONS[reason]).toMatch(/\S/);
    }
  });

  it('the count sees a new one', () => {
    const counts = unfilteredCounts([
      {
        file: 'a.ts',
        text: 'em.find(X, {}, { filters: false });\n// { filters: false } in a comment\nem.findOne(Y, {}, {filters:false})',
      },
    ]);
    expect(counts).toEqual({ 'a.ts': 2 });
  });
});

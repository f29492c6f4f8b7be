/**
 * The public contract's operations (schema/contract) with their example variables, bundled into
 * the page at build time: GraphiQL opens with one tab per operation, no network needed.
 */
const documents = import.meta.glob('../../../schema/contract/*.graphql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const variables = import.meta.glob('../../../schema/contract/variables/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface ExampleTab { query: string; variables?: string; headers?: string }

// Signed in to the console on this origin: use that session; otherwise a placeholder to replace.
const consoleToken = (() => { try { return localStorage.getItem('ffp.token'); } catch { return null; } })();
const HEADERS = JSON.stringify({ Authorization: `Bearer ${consoleToken ?? '<登录或合作方令牌>'}` }, null, 2);

/** Splits each contract file into its operations (each starts at a top-level `query`/`mutation`). */
export function contractTabs(): ExampleTab[] {
  const tabs: ExampleTab[] = [];
  for (const [file, text] of Object.entries(documents).sort(([a], [b]) => (a.includes('dashboard') ? -1 : b.includes('dashboard') ? 1 : a.localeCompare(b)))) {
    const comment = text.split('\n').filter((l) => l.startsWith('#')).join('\n');
    const parts = text.split(/\n(?=(?:query|mutation) )/).map((p) => p.replace(/^(#.*\n)+/, '').trim()).filter((p) => /^(query|mutation) /.test(p));
    for (const operation of parts) {
      const name = /^(?:query|mutation) (\w+)/.exec(operation)?.[1] ?? '';
      const example = Object.entries(variables).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
      tabs.push({ query: `${comment ? `${comment}\n# 合作接口：${file.split('/').pop()}\n` : ''}${operation}\n`, variables: example?.trim(), headers: HEADERS });
    }
  }
  return tabs;
}

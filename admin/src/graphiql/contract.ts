/**
 * The public contract's operations (schema/contract) with their example variables, bundled into
 * the page at build time: GraphiQL opens with one tab per operation, no network needed.
 */
const documents = import.meta.glob('../../../schema/contract/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const variables = import.meta.glob('../../../schema/contract/variables/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface ExampleTab {
  query: string;
  variables?: string;
  headers?: string;
}

// Signed in to the console on this origin: use that session; otherwise a header that works as it is
// (anonymous) with room for the token. A header value must be Latin-1: no Chinese placeholder in it.
const consoleToken = (() => {
  try {
    return localStorage.getItem('ffp.token');
  } catch {
    return null;
  }
})();
export const DEFAULT_HEADERS: Record<string, string> = {
  Authorization: consoleToken ? `Bearer ${consoleToken}` : 'Bearer ',
};
const HEADERS = JSON.stringify(DEFAULT_HEADERS, null, 2);

/** The hint above each tab: where the token goes and where it comes from. */
export const TOKEN_HINT = consoleToken
  ? '# 已使用控制台当前登录的令牌（见下方“请求头 Headers”）。'
  : '# 请求头：在下方 Headers 的 "Bearer " 后粘贴令牌（合作方令牌由管理员在控制台“API 令牌”页签发，\n' +
    '# 或先运行 Login 操作，取返回的 token），再点运行。';

/** Splits each contract file into its operations (each starts at a top-level `query`/`mutation`). */
export function contractTabs(): ExampleTab[] {
  const tabs: ExampleTab[] = [];
  for (const [file, text] of Object.entries(documents).sort(([a], [b]) =>
    a.includes('dashboard') ? -1 : b.includes('dashboard') ? 1 : a.localeCompare(b),
  )) {
    const comment = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    const parts = text
      .split(/\n(?=(?:query|mutation) )/)
      .map((p) => p.replace(/^(#.*\n)+/, '').trim())
      .filter((p) => /^(query|mutation) /.test(p));
    for (const operation of parts) {
      const name = /^(?:query|mutation) (\w+)/.exec(operation)?.[1] ?? '';
      const example = Object.entries(variables).find(([path]) => path.endsWith(`/${name}.json`))?.[1];
      tabs.push({
        query: `${comment ? `${comment}\n# 合作接口：${file.split('/').pop()}\n` : ''}${TOKEN_HINT}\n${operation}\n`,
        variables: example?.trim(),
        headers: HEADERS,
      });
    }
  }
  return tabs;
}

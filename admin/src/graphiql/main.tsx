import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { contractTabs, DEFAULT_HEADERS } from './contract';
import { contractIntrospection } from './contractSchema';

/**
 * GraphiQL served by the product at GET /graphql (browsers), bundled from npm so it works on closed
 * networks without a CDN. Requests go to the same origin with the headers typed in the editor.
 */
type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params, options) => {
  // GraphiQL's first introspection may run before the headers editor exists: it then uses the tab's headers.
  const given = (options?.headers ?? {}) as Record<string, string>;
  const introspecting = params.operationName === 'IntrospectionQuery';
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...(introspecting && Object.keys(given).length === 0 ? DEFAULT_HEADERS : given),
  };
  // The browser refuses header values outside Latin-1 (a TypeError in English): say so in Chinese instead.
  // eslint-disable-next-line no-control-regex -- Latin-1 is exactly what a header may carry
  const unsendable = Object.entries(headers).find(([, value]) => /[^\u0000-\u00ff]/.test(String(value)));
  if (unsendable) {
    return {
      errors: [
        { message: `请求头 ${unsendable[0]} 含有中文或全角字符，浏览器无法发送：请只填令牌本身，如 "Bearer eyJ…"` },
      ],
    };
  }
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  const body = await response.json();
  // Partners may send only the contract's operations (introspection is refused them), and anonymous
  // callers may not introspect in production: the docs then show the contract's part of the schema.
  if (
    introspecting &&
    Array.isArray(body?.errors) &&
    body.errors.some(
      (e: { extensions?: { code?: string } }) =>
        e.extensions?.code === 'FORBIDDEN' || e.extensions?.code === 'UNAUTHENTICATED',
    )
  ) {
    return { data: contractIntrospection() };
  }
  return body;
};

const tabs = contractTabs();

/**
 * Tabs are kept in memory, not in localStorage: each visit opens the contract as the server has it
 * now (a stored tab set would keep showing operations the contract has since changed).
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    {/* `variables` fills the first tab's editor (GraphiQL 4 takes only the query from defaultTabs[0] at start). */}
    <GraphiQL
      fetcher={fetcher}
      storage={new MemoryStorage()}
      defaultTabs={tabs}
      variables={tabs[0]?.variables}
      defaultHeaders={tabs[0]?.headers}
      defaultEditorToolsVisibility="variables"
    />
  </StrictMode>,
);

import { StrictMode, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { contractTabs } from './contract';

/**
 * GraphiQL served by the product at GET /graphql (browsers), bundled from npm so it works on closed
 * networks without a CDN. Requests go to the same origin with the headers typed in the editor.
 */
type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = contractTabs();

/**
 * Tabs are kept in memory, not in localStorage: each visit opens the contract as the server has it
 * now (a stored tab set would keep showing operations the contract has since changed).
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    {/* `variables` fills the first tab's editor (GraphiQL 4 takes only the query from defaultTabs[0] at start). */}
    <GraphiQL fetcher={fetcher} storage={new MemoryStorage()} defaultTabs={tabs} variables={tabs[0]?.variables}
      defaultHeaders={tabs[0]?.headers} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);

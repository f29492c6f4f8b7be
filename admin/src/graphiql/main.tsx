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

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultHeaders={tabs[0]?.headers} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);

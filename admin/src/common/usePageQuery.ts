import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage } from '../format';

/**
 * The console's one hook for a custom page's data. Resources that are lists go through their
 * `dataAccess.ts` and react-admin; a page that is not a list (a report, an editor, a queue with its
 * own controls) reads with this hook: one typed query, re-run when its variables change (compared
 * by value, so a new object literal each render does not re-ask), skipped while the variables are
 * `null`; `reload()` after a mutation. `error` is the message a person reads.
 */
export function usePageQuery<T, V>(document: TypedDocumentNode<T, V>, variables: V | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(variables !== null);
  const key = variables === null ? null : JSON.stringify(variables);
  const reload = useCallback(async () => {
    if (key === null) return;
    setLoading(true);
    try {
      setData(await graphqlRequest(document, JSON.parse(key) as V));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setLoading(false);
    }
  }, [document, key]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

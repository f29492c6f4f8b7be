import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage } from '../format';

/** Runs a query on mount (and on `reload`); the pages here read with their own documents. */
export function useApi<T, V>(document: TypedDocumentNode<T, V>, variables: V | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const reload = useCallback(async () => {
    if (variables === null) return;
    setLoading(true);
    try {
      setData(await graphqlRequest(document, variables));
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key]);
  useEffect(() => { void reload(); }, [reload]);
  return { data, error, loading, reload };
}

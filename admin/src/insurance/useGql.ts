import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlRequest } from '../dataProvider/graphqlRequest';

/** Runs one typed query and re-runs it when its variables change; `reload` after a mutation. */
export function useGql<R, V>(document: TypedDocumentNode<R, V>, variables: V, skip = false) {
  const [data, setData] = useState<R | undefined>(undefined);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(!skip);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return undefined;
    let live = true;
    setLoading(true);
    graphqlRequest(document, variables)
      .then((result) => { if (live) { setData(result); setError(null); } })
      .catch((e: Error) => { if (live) setError(e); })
      .finally(() => { if (live) setLoading(false); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, tick, skip]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}

// Suggestions as the user types: debounced, and only the latest query's answer is shown.
import type { SearchHit } from '@api/types.ts';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';

export interface Suggestions {
  hits: SearchHit[];
  loading: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 180;

export function useSearchSuggestions(api: ApiClient, query: string, limit = 8): Suggestions {
  const [result, setResult] = useState<Suggestions>({ hits: [], loading: false, error: null });
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResult({ hits: [], loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setResult((r) => ({ ...r, loading: true }));
    const timer = setTimeout(() => {
      api
        .search(q, { limit, signal: controller.signal })
        .then((answer) => setResult({ hits: answer.hits, loading: false, error: null }))
        .catch((error: Error) => {
          if (!controller.signal.aborted) setResult({ hits: [], loading: false, error: error.message });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, query, limit]);
  return result;
}

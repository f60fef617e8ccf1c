// Suggestions as the user types: debounced, and only the latest query's answer is shown.
import type { SearchHit } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { useLoaded } from '../api/useLoaded.ts';

export interface Suggestions {
  hits: SearchHit[];
  loading: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 180;

export function useSearchSuggestions(api: ApiClient, query: string, limit = 8): Suggestions {
  const q = query.trim();
  const { data, error, loading } = useLoaded(
    q.length < 2 ? null : `${limit}:${q}`,
    (signal) => api.search(q, { limit, signal }),
    { pauseMs: DEBOUNCE_MS, keepPrevious: true },
  );
  return { hits: data?.hits ?? [], loading, error };
}

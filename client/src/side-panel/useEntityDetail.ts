import type { EntityDetail } from '@api/types.ts';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';

export function useEntityDetail(api: ApiClient, id: string | null) {
  const [state, setState] = useState<{ id: string | null; detail: EntityDetail | null; error: string | null }>({
    id: null,
    detail: null,
    error: null,
  });
  useEffect(() => {
    if (!id) return;
    let current = true;
    setState({ id, detail: null, error: null });
    api
      .entity(id)
      .then((detail) => current && setState({ id, detail, error: null }))
      .catch((error: Error) => current && setState({ id, detail: null, error: error.message }));
    return () => {
      current = false;
    };
  }, [api, id]);
  return state.id === id ? state : { id, detail: null, error: null };
}

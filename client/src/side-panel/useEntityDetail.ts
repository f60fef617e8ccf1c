import type { EntityDetail } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { useLoaded } from '../api/useLoaded.ts';

export function useEntityDetail(api: ApiClient, id: string | null) {
  const { data, error } = useLoaded<EntityDetail>(id, () => api.entity(id!));
  return { id, detail: data, error };
}

// Asks the server, as the user types, which existing entities the draft is likely to duplicate.
import type { DuplicateCandidate } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { useLoaded } from '../api/useLoaded.ts';

const PAUSE_MS = 300;

export function useDuplicateCheck(
  api: ApiClient,
  draft: { name?: unknown; kind: string; birthDate?: unknown; jurisdiction?: unknown },
): DuplicateCandidate[] {
  const known = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const { name, kind } = draft;
  const query = { kind, birthDate: known(draft.birthDate), jurisdiction: known(draft.jurisdiction) };
  const checked = typeof name === 'string' && name.trim().length >= 2 ? { name, ...query } : null;
  const { data } = useLoaded(checked && JSON.stringify(checked), (signal) => api.checkDuplicates(checked!, signal), {
    pauseMs: PAUSE_MS,
  });
  // A draft that does not validate yet (e.g. half a date) simply has no candidates.
  return data?.candidates ?? [];
}

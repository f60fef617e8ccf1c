// Asks the server, as the user types, which existing entities the draft is likely to duplicate.
import type { DuplicateCandidate } from '@api/types.ts';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';

const PAUSE_MS = 300;

export function useDuplicateCheck(
  api: ApiClient,
  draft: { name?: unknown; kind: string; birthDate?: unknown; jurisdiction?: unknown },
): DuplicateCandidate[] {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const { name, kind, birthDate, jurisdiction } = draft;
  useEffect(() => {
    if (typeof name !== 'string' || name.trim().length < 2) {
      setCandidates([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const known = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
      api
        .checkDuplicates(
          { name, kind, birthDate: known(birthDate), jurisdiction: known(jurisdiction) },
          controller.signal,
        )
        .then((result) => setCandidates(result.candidates))
        // A draft that does not validate yet (e.g. half a date) simply has no candidates.
        .catch(() => !controller.signal.aborted && setCandidates([]));
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, name, kind, birthDate, jurisdiction]);
  return candidates;
}

// Asks the server which canvas entities the "show only" filters keep: GET /api/search with the filters and the
// nodes' ids, 50 ids a request, each node once per set of filters. Answers stay cached by filters, so undoing
// back to earlier filters redraws at once (an entity edited meanwhile is judged by what it was when asked).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { criteriaKey, entityCriteria, type EntityMatches } from './showOnly.ts';

const IDS_PER_REQUEST = 50;

interface Answers {
  asked: Set<string>;
  kept: Set<string>;
  asking: Set<string>;
}

export function useEntityMatches(api: ApiClient, state: GraphState, fail: (message: string) => void) {
  const cache = useRef(new Map<string, Answers>());
  const [revision, setRevision] = useState(0);
  const criteria = entityCriteria(state.showOnly);
  const key = criteria ? criteriaKey(criteria) : null;
  useEffect(() => {
    if (!criteria || !key) return;
    const answers = cache.current.get(key) ?? { asked: new Set(), kept: new Set(), asking: new Set() };
    cache.current.set(key, answers);
    const wanted = Object.keys(state.nodes).filter((id) => !answers.asked.has(id) && !answers.asking.has(id));
    for (let i = 0; i < wanted.length; i += IDS_PER_REQUEST) {
      const ids = wanted.slice(i, i + IDS_PER_REQUEST);
      ids.forEach((id) => answers.asking.add(id));
      api.filterEntities({ ...criteria, ids: ids.join(',') }, { limit: IDS_PER_REQUEST }).then(
        (page) => {
          page.hits.forEach((hit) => answers.kept.add(hit.id));
          ids.forEach((id) => (answers.asking.delete(id), answers.asked.add(id)));
          setRevision((r) => r + 1);
        },
        (error: Error) => {
          ids.forEach((id) => answers.asking.delete(id));
          fail(`Could not apply the show-only filters: ${error.message}`);
        },
      );
    }
    // criteria is rebuilt each render; its key says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, state.nodes, fail]);
  return useMemo((): EntityMatches | null => {
    const answers = key ? cache.current.get(key) : undefined;
    return key && answers ? { key, asked: new Set(answers.asked), kept: new Set(answers.kept) } : null;
    // revision says when the cached answers grew.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, revision]);
}

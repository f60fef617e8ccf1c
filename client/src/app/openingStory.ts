// The Chen Zhi / Prince Group story the first screen opens on: its requests (two neighbour pages, then the links
// among everything on them), which the entry point starts while the rest of the client is still loading.
import type { NeighborPage, SubgraphResult } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { OPENING_PAGE_SIZE, OPENING_STORY_IDS } from '../../../seed/openingStory.ts';

/** The story the first screen opens on; the first is selected. */
export const STORY_IDS: readonly string[] = OPENING_STORY_IDS;

export interface StoryData {
  pages: NeighborPage[];
  links: SubgraphResult;
}

async function fetchStory(api: ApiClient): Promise<StoryData> {
  const pages = await Promise.all(STORY_IDS.map((id) => api.neighbors(id, { limit: OPENING_PAGE_SIZE })));
  const onScreen = [...new Set([...STORY_IDS, ...pages.flatMap((p) => p.nodes.map((n) => n.id))])];
  return { pages, links: await api.subgraph(onScreen) };
}

let early: Promise<StoryData> | null = null;

/**
 * Starts the story's requests now, so they run while the bundle is parsed and the session checked instead of
 * after (a chain of three requests that came last on the warm first screen).
 */
export function startStoryEarly(api: ApiClient) {
  early = fetchStory(api);
  // Not shown here: loadStory asks again (a token-mode server refuses until the user has signed in).
  early.catch(() => {});
}

/** The story's data: what the early start fetched (once), or else (or if that failed) a fresh fetch. */
export function loadStory(api: ApiClient): Promise<StoryData> {
  const data = early ? early.catch(() => fetchStory(api)) : fetchStory(api);
  early = null;
  return data;
}

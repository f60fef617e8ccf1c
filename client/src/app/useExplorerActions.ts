// What the user can do to the graph, as calls to the API followed by one undoable step in the store.
import type { RelationshipType } from '@model/schema.ts';
import { useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import {
  addNeighborPage,
  addPaths,
  addSubgraph,
  collapseNode,
  removeNodes,
  setHiddenGroups,
  setShowOnly,
  type Direction,
  type ExpansionRequest,
} from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import type { EdgeGroup } from '@model/schema.ts';
import type { PathResult } from '@api/types.ts';
import type { ShowOnly } from '../filters/showOnly.ts';
import type { PathEnd } from '../paths/PathFinder.tsx';
import { loadStory, STORY_IDS } from './openingStory.ts';
import { DEFAULT_PAGE_SIZE } from './pageSizes.ts';
import { MAX_SUBGRAPH_IDS } from '../../../server/src/subgraph/contract.ts';
import { noPathMessage, relaxations, toBounds, type PathOptions } from '../paths/pathBounds.ts';

export interface PathSearch {
  result: PathResult;
  message: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface Activity {
  busy: string | null;
  error: string | null;
  notice: string | null;
}

export function useExplorerActions(api: ApiClient, store: GraphStore, pageSize: number = DEFAULT_PAGE_SIZE) {
  // Read at call time, so that changing the page size does not rebuild every action.
  const pageSizeNow = useRef(pageSize);
  pageSizeNow.current = pageSize;
  const [activity, setActivity] = useState<Activity>({ busy: null, error: null, notice: null });

  const actions = useMemo(() => {
    const nameOf = (id: string) => store.state.nodes[id]?.name ?? id;
    async function run<T>(busy: string, work: () => Promise<T>): Promise<T | undefined> {
      setActivity({ busy, error: null, notice: null });
      try {
        const result = await work();
        setActivity((a) => ({ ...a, busy: null }));
        return result;
      } catch (error) {
        setActivity({ busy: null, error: (error as Error).message || 'Something went wrong.', notice: null });
        return undefined;
      }
    }
    const notify = (notice: string) => setActivity({ busy: null, error: null, notice });
    const clearMessages = () => setActivity({ busy: null, error: null, notice: null });

    async function expandPage(id: string, request: ExpansionRequest, cursor: string | null, label: string) {
      const page = await api.neighbors(id, {
        types: request.types.length ? request.types : undefined,
        direction: request.direction,
        limit: pageSizeNow.current,
        cursor,
      });
      store.apply(label, (s) => addNeighborPage(s, id, request, page));
      return page;
    }

    return {
      clearMessages,
      notify,
      fail: (message: string) => setActivity({ busy: null, error: message, notice: null }),
      showEntities: (ids: string[], label: string) =>
        run(`Loading ${ids.length === 1 ? ids[0] : `${ids.length} entities`}…`, async () => {
          const subgraph = await api.subgraph(ids);
          store.apply(label, (s) => addSubgraph(s, subgraph));
          if (subgraph.missing.length)
            notify(`Not found (perhaps removed since the link was shared): ${subgraph.missing.join(', ')}.`);
          return subgraph;
        }),
      expand: (id: string, types: RelationshipType[] = [], direction: Direction = 'both') =>
        run(`Expanding ${nameOf(id)}…`, () => {
          const what = types.length ? types.join(', ') : 'all links';
          return expandPage(id, { types, direction }, null, `Expand ${nameOf(id)} (${what})`);
        }),
      loadMore: (markerId: string) =>
        run('Loading the next page…', async () => {
          const marker = store.state.more[markerId];
          if (!marker) return;
          await expandPage(marker.parentId, marker, marker.cursor, `Load more of ${nameOf(marker.parentId)}`);
        }),
      openStory: () =>
        run('Opening the Chen Zhi / Prince Group story…', async () => {
          const { pages, links } = await loadStory(api);
          const all = { types: [], direction: 'both' as const };
          store.apply('Open the Prince Group story', (s) =>
            addSubgraph(
              pages.reduce((acc, page, i) => addNeighborPage(acc, STORY_IDS[i], all, page), s),
              links,
            ),
          );
        }),
      revealLinks: () =>
        run('Revealing links among the nodes on screen…', async () => {
          const ids = Object.keys(store.state.nodes);
          if (ids.length > MAX_SUBGRAPH_IDS)
            throw new Error(
              `Reveal links works on up to ${MAX_SUBGRAPH_IDS.toLocaleString('en-US')} nodes; ${ids.length.toLocaleString('en-US')} are on screen. Remove or collapse some first.`,
            );
          const before = Object.keys(store.state.edges).length;
          const subgraph = await api.subgraph(ids);
          store.apply('Reveal links', (s) => addSubgraph(s, subgraph));
          notify(`${Object.keys(store.state.edges).length - before} new links revealed.`);
        }),
      findPath: (from: PathEnd, to: PathEnd, options: PathOptions) =>
        run(`Finding paths from ${from.name} to ${to.name}…`, async (): Promise<PathSearch> => {
          const result = await api.paths(from.id, to.id, toBounds(options));
          if (!result.paths.length) {
            const helping: string[] = [];
            for (const relaxed of relaxations(options)) {
              const found = await api.paths(from.id, to.id, toBounds(relaxed.options));
              if (found.paths.length)
                helping.push(`${relaxed.change} (${plural(found.paths[0].edgeIds.length, 'hop')})`);
            }
            const message = noPathMessage(from.name, to.name, options, helping);
            notify(message);
            return { result, message };
          }
          store.apply(`Paths ${from.name} → ${to.name}`, (s) => addPaths(s, result));
          const message = `${plural(result.paths.length, 'shortest path')}, ${plural(result.paths[0].edgeIds.length, 'hop')}.`;
          notify(message);
          return { result, message };
        }),
      remove: (ids: string[]) =>
        ids.length &&
        store.apply(`Remove ${ids.length === 1 ? nameOf(ids[0]) : `${ids.length} nodes`}`, (s) => removeNodes(s, ids)),
      collapse: (id: string) => store.apply(`Collapse ${nameOf(id)}`, (s) => collapseNode(s, id)),
      setHiddenGroups: (groups: EdgeGroup[]) => store.apply('Change edge filters', (s) => setHiddenGroups(s, groups)),
      setShowOnly: (showOnly: ShowOnly) =>
        store.apply(Object.keys(showOnly).length ? 'Change show-only filters' : 'Clear show-only filters', (s) =>
          setShowOnly(s, showOnly),
        ),
    };
  }, [api, store]);
  return { activity, actions };
}

export type ExplorerActions = ReturnType<typeof useExplorerActions>['actions'];

// The data behind the picture: the visible nodes (with aliases and sources) and edges (with sources).
import type { EntityDetail, GraphEdge } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import type { Note } from '../notes/notes.ts';
import type { Scene } from './scene.ts';

const CONCURRENCY = 4;

/** Fetches each node's full record (for its sources), a few at a time, reporting progress. */
export async function collectEntityDetails(
  api: ApiClient,
  ids: string[],
  progress: (text: string) => void,
): Promise<Map<string, EntityDetail>> {
  const details = new Map<string, EntityDetail>();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      details.set(id, await api.entity(id));
      progress(`Collecting sources: ${details.size} of ${ids.length} entities…`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
  return details;
}

export function sceneToJson(
  scene: Scene,
  state: GraphState,
  details: Map<string, EntityDetail>,
  /** The exported links' records (those on the canvas, or every link among the nodes). */
  edgeRecords: Map<string, GraphEdge> = new Map(Object.entries(state.edges)),
  exportedAt = new Date().toISOString(),
  notes: Note[] = [],
): string {
  const nodes = scene.nodes
    .filter((n) => state.nodes[n.id])
    .map((n) => {
      const { expandedFrom: _from, ...node } = state.nodes[n.id];
      const entity = details.get(n.id)?.entity;
      return { ...node, aliases: entity?.aliases ?? [], sources: entity?.sources ?? [] };
    });
  const edges = scene.edges.map((e) => edgeRecords.get(e.id)).filter(Boolean);
  return JSON.stringify({ exportedAt, generator: 'Sanctions Graph Explorer', nodes, edges, notes }, null, 2);
}

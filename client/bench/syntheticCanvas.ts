// bench:ui's graphs: `count` synthetic entities and 1.5x as many links written into the store the way the importers
// write (same mapping, every node and link with its source), saved as an investigation with scattered positions and
// opened in the explorer through its own URL, so that what is measured is the explorer's canvas holding them. (An
// earlier version added the elements to Cytoscape behind the explorer's back; the explorer's next render took them
// off again, and the frame rates were measured on a nearly empty canvas.)
import type { Page } from 'playwright-core';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { entityToProperties, relationshipToProperties } from '../../server/src/db/mapping.ts';
import type { EntityKind, RelationshipType } from '../../server/src/model/schema.ts';

const SOURCE = { reference: 'Synthetic benchmark graph (not real data)', publisher: 'bench:ui', date: '2026-01-01' };
const KINDS: EntityKind[] = ['Company', 'Company', 'Person', 'Person', 'Address', 'Organization'];
const TYPES: RelationshipType[] = ['OWNS', 'OWNS', 'DIRECTOR_OF', 'CONTROLS', 'ASSOCIATE_OF', 'LINKED_TO'];
const WRITE_BATCH = 5_000;

const write = (db: GraphDb, cypher: string, rows: object[]) =>
  db.writeTx((tx) => tx.run(cypher, { rows }), { timeoutMs: 300_000 });

export const nodeId = (count: number, i: number) => `canvas-${count}-${i}`;

/** Link i joins node `target` (1..count-1) to an earlier node, so that every node has a link. */
export function linkEnds(count: number, i: number) {
  const target = 1 + (i % (count - 1));
  return { source: nodeId(count, (target * 7919 + i) % target), target: nodeId(count, target) };
}

export async function writeSyntheticGraph(
  db: GraphDb,
  count: number,
): Promise<{ nodeIds: string[]; linkIds: string[] }> {
  const nodes = Array.from({ length: count }, (_, i) => ({
    kind: KINDS[i % KINDS.length],
    props: entityToProperties({
      id: nodeId(count, i),
      kind: KINDS[i % KINDS.length],
      name: `Synthetic entity ${i}`,
      aliases: [],
      sources: [SOURCE],
    }),
  }));
  const links = Array.from({ length: Math.round(count * 1.5) }, (_, i) => ({
    ...linkEnds(count, i),
    type: TYPES[i % TYPES.length],
    props: relationshipToProperties({ id: `canvas-${count}-link-${i}`, sources: [SOURCE] }),
  }));
  for (const kind of new Set(KINDS)) {
    const rows = nodes.filter((n) => n.kind === kind).map((n) => n.props);
    for (let at = 0; at < rows.length; at += WRITE_BATCH)
      await write(
        db,
        `UNWIND $rows AS props CREATE (n:Entity:${kind}) SET n = props`,
        rows.slice(at, at + WRITE_BATCH),
      );
  }
  for (const type of new Set(TYPES)) {
    const rows = links.filter((l) => l.type === type);
    for (let at = 0; at < rows.length; at += WRITE_BATCH)
      await write(
        db,
        `UNWIND $rows AS link MATCH (a:Entity {id: link.source}), (b:Entity {id: link.target})
         CREATE (a)-[r:${type}]->(b) SET r = link.props`,
        rows.slice(at, at + WRITE_BATCH),
      );
  }
  return { nodeIds: nodes.map((n) => String(n.props.id)), linkIds: links.map((l) => String(l.props.id)) };
}

/** Saves the graph as an investigation, its nodes scattered over 3,000 x 2,000 px (no layout yet); answers its id. */
export async function saveAsInvestigation(
  baseUrl: string,
  graph: { nodeIds: string[]; linkIds: string[] },
): Promise<string> {
  const scatter = (i: number, span: number, seed: number) => ((i * seed) % 1_000) * (span / 1_000);
  const view = {
    nodes: graph.nodeIds.map((id, i) => ({ id, x: scatter(i, 3_000, 7_919), y: scatter(i, 2_000, 104_729) })),
    edges: graph.linkIds,
    hiddenGroups: [],
    layout: 'fcose',
    selection: null,
    viewport: null,
    asOf: null,
  };
  const response = await fetch(`${baseUrl}/api/investigations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: `bench:ui ${graph.nodeIds.length} nodes`, view }),
  });
  if (response.status !== 201) throw new Error(`saving the canvas failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { investigation: { id: string } }).investigation.id;
}

/** Opens the saved investigation in the explorer; answers the milliseconds from navigation to all its nodes drawn. */
export async function openOnCanvas(
  page: Page,
  baseUrl: string,
  investigationId: string,
  count: number,
): Promise<number> {
  const startedAt = Date.now();
  await page.goto(`${baseUrl}/?inv=${investigationId}`);
  await page.waitForFunction((count) => drawnNodes() >= count, count, { timeout: 300_000, polling: 250 });
  return Date.now() - startedAt;
}

/** How many nodes the explorer's Cytoscape holds (defined in the page by an init script; see benchPageScript). */
declare function drawnNodes(): number;

/**
 * Helpers the benchmark's page callbacks share: tsx's `__name`, the explorer's Cytoscape instance (`explorerCy`,
 * undefined until the canvas exists) and how many nodes it holds.
 */
export const benchPageScript = `
  window.__name = (f) => f;
  window.explorerCy = () => document.querySelector('[data-testid="graph-canvas"]')?._cyreg?.cy;
  window.drawnNodes = () => explorerCy()?.nodes().length ?? 0;
`;

// Reads the scene to export from what the canvas shows: visible nodes where they are, visible edges.
import type { Core } from 'cytoscape';
import type { GraphState } from '../canvas/graphState.ts';
import { EDGE_GROUP_STYLES } from '../styles/graphStyles.ts';
import { describeSources, type Scene } from './scene.ts';

export function sceneFromCanvas(
  cy: Core,
  state: GraphState,
  exportedOn = new Date().toISOString().slice(0, 10),
): Scene {
  const nodes = cy.nodes(':visible').map((node) => ({
    id: node.id(),
    label: String(node.data('label') ?? ''),
    kind: node.hasClass('more') ? ('more' as const) : node.data('kind'),
    sanctioned: Boolean(node.data('sanctioned')),
    x: node.position('x'),
    y: node.position('y'),
    size: Number(node.data('size') ?? 30),
    highlighted: node.hasClass('path'),
  }));
  const edges = cy
    .edges(':visible')
    .filter((edge) => !edge.hasClass('more-link'))
    .map((edge) => {
      const group = edge.data('group') as keyof typeof EDGE_GROUP_STYLES;
      const label = EDGE_GROUP_STYLES[group]?.labelled ? String(edge.data('label') ?? '') : '';
      return {
        id: edge.id(),
        source: edge.data('source'),
        target: edge.data('target'),
        label,
        group,
        highlighted: edge.hasClass('path'),
      };
    });
  const sources = edges.flatMap((e) => state.edges[e.id]?.sources ?? []);
  return { nodes, edges, sourceLine: describeSources(sources, exportedOn) };
}

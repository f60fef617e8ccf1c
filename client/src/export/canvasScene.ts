// Reads the scene to export from what the canvas shows: visible nodes where they are, visible edges.
import type { Core } from 'cytoscape';
import { DERIVED_CLASS, HIGHLIGHT_CLASS } from '../canvas/canvasElements.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { EDGE_GROUP_STYLES } from '../styles/graphStyles.ts';
import { noteAnchor, noteLine, type Note } from '../notes/notes.ts';
import { describeSources, type Scene, type SceneNote } from './scene.ts';

/** Numbered callouts for the notes whose node or link is drawn (numbers stay those of the canvas). */
export function sceneNotes(cy: Core, notes: Note[]): SceneNote[] {
  return notes.flatMap((note, i) => {
    const at = noteAnchor(cy, note);
    return at ? [{ number: i + 1, x: at.x, y: at.y, line: noteLine(note, i) }] : [];
  });
}

export function sceneFromCanvas(
  cy: Core,
  state: GraphState,
  exportedOn = new Date().toISOString().slice(0, 10),
  notes: Note[] = [],
): Scene {
  const nodes = cy.nodes(':visible').map((node) => ({
    id: node.id(),
    label: String(node.data('label') ?? ''),
    kind: node.hasClass('more') ? ('more' as const) : node.data('kind'),
    sanctioned: Boolean(node.data('sanctioned')) && !node.hasClass('unlisted'),
    x: node.position('x'),
    y: node.position('y'),
    size: Number(node.data('size') ?? 30),
    highlighted: node.hasClass(HIGHLIGHT_CLASS),
    derived: node.hasClass(DERIVED_CLASS),
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
        highlighted: edge.hasClass(HIGHLIGHT_CLASS),
      };
    });
  const sources = edges.flatMap((e) => state.edges[e.id]?.sources ?? []);
  const callouts = sceneNotes(cy, notes);
  return {
    nodes,
    edges,
    sourceLine: describeSources(sources, exportedOn),
    ...(callouts.length ? { notes: callouts } : {}),
  };
}

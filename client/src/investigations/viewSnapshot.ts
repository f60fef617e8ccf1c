// The view an investigation saves, read from the canvas; and what counts as an unsaved change.
import type { Core } from 'cytoscape';
import type { GraphState } from '../canvas/graphState.ts';
import type { InvestigationView, Note, NoteInput } from '../../../server/src/investigations/contract.ts';

export interface ViewExtras {
  layout: string;
  selection: { id: string; what: 'node' | 'edge' } | null;
  asOf: string | null;
  showOnly: Record<string, string> | null;
  notesVisible: boolean;
}

const round = (v: number) => Math.round(v * 10) / 10;

export function captureView(cy: Core | null, state: GraphState, extras: ViewExtras): InvestigationView {
  const nodes = Object.keys(state.nodes).map((id) => {
    const at = cy?.$id(id).nonempty() ? cy.$id(id).position() : { x: 0, y: 0 };
    return { id, x: round(at.x), y: round(at.y) };
  });
  return {
    nodes,
    edges: Object.keys(state.edges),
    hiddenGroups: state.hiddenGroups,
    viewport: cy ? { zoom: cy.zoom(), pan: { x: round(cy.pan().x), y: round(cy.pan().y) } } : null,
    ...extras,
  };
}

/** What an analyst would call a change: what is shown and how, not where the camera or a dragged node is. */
export function contentKey(view: InvestigationView, notes: (Note | NoteInput)[]): string {
  return JSON.stringify([
    view.nodes.map((n) => n.id).sort(),
    [...view.edges].sort(),
    [...view.hiddenGroups].sort(),
    view.layout,
    view.asOf,
    view.showOnly,
    notes.map((n) => [n.id, n.text, n.target]),
  ]);
}

// Turns the graph state into the elements Cytoscape draws (including "+N more" nodes and their links).
import type { ElementDefinition } from 'cytoscape';
import { edgeGroupOf, edgeLabel, nodeLabel, nodeSize } from '../styles/graphStyles.ts';
import type { AsOfMarks } from '../timeline/asOf.ts';
import type { GraphState, MoreMarker } from './graphState.ts';

/** Classes the canvas, its styles and the exports share. */
export const HIGHLIGHT_CLASS = 'path';
export const DERIVED_CLASS = 'exposure-derived';

export const moreLabel = (marker: MoreMarker) => `+${Math.max(0, marker.total - marker.loaded)} more`;

/** How the timeline's date changes the drawing: marks to apply, and whether inactive links are hidden or faded. */
export interface TimeView {
  marks: AsOfMarks;
  hideInactive: boolean;
}

/** Classes of a node at the timeline's date: no sanction mark before its listing, faded before its event. */
function timeClasses(id: string, time: TimeView | undefined): string[] {
  if (!time) return [];
  return [time.marks.unlisted.has(id) ? 'unlisted' : '', time.marks.future.has(id) ? 'faded' : ''].filter(Boolean);
}

/** `filteredOut`: the nodes, links and markers the "show only" filters hide (showOnlyMarks). */
export function canvasElements(
  state: GraphState,
  time?: TimeView,
  filteredOut: ReadonlySet<string> = new Set(),
): ElementDefinition[] {
  const hidden = new Set(state.hiddenGroups);
  const highlighted = new Set(state.highlighted);
  const derived = new Set(state.derived);
  const inactiveClass = time?.hideInactive ? 'filtered' : 'faded';
  const nodes: ElementDefinition[] = Object.values(state.nodes).map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: nodeLabel(n.name),
      name: n.name,
      kind: n.kind,
      sanctioned: n.sanctioned,
      degree: n.degree,
      size: nodeSize(n.degree),
    },
    classes: [
      highlighted.has(n.id) ? HIGHLIGHT_CLASS : '',
      filteredOut.has(n.id) ? 'filtered' : '',
      derived.has(n.id) ? DERIVED_CLASS : '',
      ...timeClasses(n.id, time),
    ]
      .filter(Boolean)
      .join(' '),
  }));
  const edges: ElementDefinition[] = Object.values(state.edges).map((e) => {
    const group = edgeGroupOf(e.type);
    // A highlighted path stays drawn even when its link group is filtered out.
    const classes = highlighted.has(e.id)
      ? HIGHLIGHT_CLASS
      : hidden.has(group) || filteredOut.has(e.id)
        ? 'filtered'
        : time?.marks.inactive.has(e.id)
          ? inactiveClass
          : '';
    return {
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, type: e.type, group, label: edgeLabel(e) },
      classes,
    };
  });
  const markers = Object.values(state.more).filter((m) => state.nodes[m.parentId]);
  const moreNodes: ElementDefinition[] = markers.flatMap((m) => [
    {
      group: 'nodes',
      data: { id: m.id, label: moreLabel(m), parentId: m.parentId },
      classes: filteredOut.has(m.id) ? 'more filtered' : 'more',
    },
    { group: 'edges', data: { id: `${m.id}:link`, source: m.parentId, target: m.id }, classes: 'more-link' },
  ]);
  return [...nodes, ...moreNodes, ...edges];
}

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  update: ElementDefinition[];
}

/** What to add, remove and refresh to go from the ids on the canvas to the wanted elements. */
export interface DrawnElement {
  label: unknown;
  size: unknown;
  classes: string;
  /** An edge's "source>target"; absent for nodes. */
  ends?: string;
}

const endsOf = (data: ElementDefinition['data']) =>
  data.source === undefined ? undefined : `${String(data.source)}>${String(data.target)}`;

export function diffElements(current: Map<string, DrawnElement>, wanted: ElementDefinition[]): ElementDiff {
  const wantedIds = new Set(wanted.map((e) => String(e.data.id)));
  const remove = [...current.keys()].filter((id) => !wantedIds.has(id));
  const add: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  for (const element of wanted) {
    const existing = current.get(String(element.data.id));
    if (!existing) add.push(element);
    else if (existing.ends !== endsOf(element.data)) {
      // Cytoscape cannot move an edge to other ends (a merge does): it is drawn again.
      remove.push(String(element.data.id));
      add.push(element);
    } else if (
      existing.classes !== (element.classes ?? '') ||
      existing.label !== element.data.label ||
      existing.size !== element.data.size
    ) {
      update.push(element);
    }
  }
  return { add, remove, update };
}

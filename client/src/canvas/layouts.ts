// The layouts on offer, tuned so that labels of neighbouring nodes do not collide.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { NODE_SIZE } from '../styles/graphStyles.ts';
import { concentricPositions, fittedHierarchy, type LayoutEdge, type LayoutNode } from './layoutGeometry.ts';
import type { LayoutName } from './layoutNames.ts';

cytoscape.use(fcose);

/** From this many nodes a layout from scratch uses ForceAtlas2 (largeLayout.ts) instead of fCoSE. */
export const LARGE_LAYOUT_NODES = 500;

// ForceAtlas2 and graphology are 75 KB of the client's 1.09 MB and no small canvas (the first screen) needs them:
// they load when a large layout first asks for them.
let largeLayout: typeof import('./largeLayout.ts') | null = null;

/** The margin a fitted layout keeps from the canvas's edges when nothing lies over the canvas. */
export const FIT_PADDING = 40;

interface LayoutSettings {
  /** Keeps nodes already placed roughly where they are, so expanding does not reshuffle the picture. */
  incremental?: boolean;
  nodeCount?: number;
  /** What is laid out: Concentric and Hierarchy compute their positions from its nodes' labels. */
  elements?: cytoscape.Collection;
  /** Margin of the fit, so that nothing lying over the canvas covers a node (see fitPadding). */
  padding?: number;
  /** The canvas's size: the Hierarchy shortens its rows on a narrow one. */
  canvas?: { width: number; height: number };
  /** False to place the nodes at once: moving them is only worth showing from where the user saw them. */
  animate?: boolean;
}

/** The label, size and weight of each node, and the links, as the label-aware layouts read them. */
export function layoutGraph(elements: cytoscape.Collection): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes = elements.nodes().map((n) => ({
    id: n.id(),
    label: String(n.data('label') ?? ''),
    size: Number(n.data('size')) || NODE_SIZE,
    bold: Boolean(n.data('sanctioned')) && !n.hasClass('unlisted'),
    more: n.hasClass('more'),
  }));
  const edges = elements.edges().map((e) => ({ source: String(e.data('source')), target: String(e.data('target')) }));
  return { nodes, edges };
}

/** The Hierarchy starts from the selected nodes, if any (each other component from its best-connected node). */
function hierarchyRoots(elements: cytoscape.Collection): string[] {
  return elements
    .nodes(':selected')
    .not('.more')
    .map((n) => n.id())
    .sort();
}

function labelAwarePositions(name: 'concentric' | 'breadthfirst', settings: LayoutSettings) {
  const { elements, canvas, padding = FIT_PADDING } = settings;
  if (!elements) return {};
  const { nodes, edges } = layoutGraph(elements);
  if (name === 'concentric') return concentricPositions(nodes, edges);
  const inner = canvas && { width: canvas.width - 2 * padding, height: canvas.height - 2 * padding };
  return fittedHierarchy(nodes, edges, hierarchyRoots(elements), inner);
}

const isLargeLayout = (name: LayoutName, settings: LayoutSettings) =>
  name === 'fcose' && !settings.incremental && (settings.nodeCount ?? 0) >= LARGE_LAYOUT_NODES && !!settings.elements;

/** A promise to await before layoutOptions when this layout needs the large-graph code not loaded yet, else null. */
export function largeLayoutPending(name: LayoutName, settings: LayoutSettings): Promise<unknown> | null {
  if (largeLayout || !isLargeLayout(name, settings)) return null;
  return import('./largeLayout.ts').then((loaded) => (largeLayout = loaded));
}

export function layoutOptions(name: LayoutName, settings: LayoutSettings = {}): cytoscape.LayoutOptions {
  const { incremental = false, nodeCount = 0, padding = FIT_PADDING } = settings;
  const animate = settings.animate !== false && nodeCount < 400;
  const common = { animate, animationDuration: 450, fit: true, padding, nodeDimensionsIncludeLabels: true };
  switch (name) {
    case 'fcose':
      // An expansion keeps fCoSE's incremental layout, which leaves the nodes already placed where they are.
      if (isLargeLayout(name, settings)) {
        if (!largeLayout) throw new Error('The large-graph layout is not loaded: await largeLayoutPending first.');
        const { nodes, edges } = layoutGraph(settings.elements!);
        return { name: 'preset', ...common, positions: largeLayout.largeGraphPositions(nodes, edges) };
      }
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: !incremental,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 140,
        edgeElasticity: () => 0.3,
        nodeSeparation: 110,
        gravity: 0.25,
        numIter: 2500,
        packComponents: true,
      } as cytoscape.LayoutOptions;
    case 'concentric':
    case 'breadthfirst': {
      // Cytoscape's own concentric and breadthfirst space nodes by their largest side and keep a level in one row.
      const positions = labelAwarePositions(name, settings);
      return { name: 'preset', ...common, positions };
    }
    case 'grid':
      return { name, ...common, avoidOverlapPadding: 24, condense: true } as cytoscape.LayoutOptions;
  }
}

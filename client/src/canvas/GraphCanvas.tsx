// The Cytoscape canvas: mirrors the graph state, runs layouts, and reports what the user does on it.
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { buildStylesheet, LARGE_GRAPH_EDGES } from '../styles/graphStyles.ts';
import { canvasElements, diffElements, type DrawnElement, type TimeView } from './canvasElements.ts';
import { fitPadding } from './canvasFit.ts';
import type { GraphState } from './graphState.ts';
import { largeLayoutPending, layoutOptions } from './layouts.ts';
import type { LayoutName } from './layoutNames.ts';

export interface CanvasHandlers {
  onSelect(id: string | null, what: 'node' | 'edge' | null): void;
  onExpand(id: string): void;
  onLoadMore(markerId: string): void;
  onContextMenu(id: string, x: number, y: number): void;
  onSelectionChange(nodeIds: string[]): void;
}

/** Saved positions and viewport to put the nodes back exactly where they were, instead of running a layout. */
export interface Placement {
  id: number;
  positions: Record<string, { x: number; y: number }>;
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

interface GraphCanvasProps extends CanvasHandlers {
  state: GraphState;
  /** The timeline's effect on the drawing, when a date is chosen. */
  time?: TimeView;
  /** What the "show only" filters hide (showOnlyMarks). */
  filteredOut?: ReadonlySet<string>;
  /** Applied once, when every node on the canvas has a saved position. */
  placement?: Placement | null;
  layout: LayoutName;
  /** Bumped to re-run the layout on demand. */
  layoutRun: number;
  selectedId: string | null;
  onReady(cy: Core | null): void;
}

function drawnElements(cy: Core): Map<string, DrawnElement> {
  return new Map(
    cy.elements().map((e) => [
      e.id(),
      {
        label: e.data('label'),
        size: e.data('size'),
        classes: (e.classes() as unknown as string[]).join(' '),
        ends: e.isEdge() ? `${e.data('source')}>${e.data('target')}` : undefined,
      },
    ]),
  );
}

/** New nodes start next to the node they were expanded from, so an incremental layout moves little. */
function placeNear(cy: Core, ids: string[], state: GraphState) {
  const extent = cy.extent();
  for (const id of ids) {
    const node = cy.$id(id);
    const parentId = state.nodes[id]?.expandedFrom ?? state.more[id]?.parentId;
    const parent = parentId ? cy.$id(parentId) : null;
    const origin = parent?.nonempty()
      ? parent.position()
      : { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    node.position({ x: origin.x + (Math.random() - 0.5) * 160, y: origin.y + (Math.random() - 0.5) * 160 });
  }
}

/** Applies the state to Cytoscape; answers the ids of nodes it added. */
function syncCanvas(cy: Core, state: GraphState, time?: TimeView, filteredOut?: ReadonlySet<string>): string[] {
  const diff = diffElements(drawnElements(cy), canvasElements(state, time, filteredOut));
  let added: string[] = [];
  cy.batch(() => {
    for (const id of diff.remove) cy.$id(id).remove();
    const addedEles = cy.add(diff.add);
    added = addedEles.nodes().map((n) => n.id());
    for (const element of diff.update) {
      const ele = cy.$id(String(element.data.id));
      ele.data(element.data);
      ele.classes(element.classes ?? '');
    }
  });
  placeNear(cy, added, state);
  return added;
}

/** Beyond a few hundred edges, draw cheaper edges and skip edges and labels while the view moves. */
function tuneForSize(cy: Core, large: boolean) {
  if (cy.scratch('_large') === large) return;
  cy.scratch('_large', large);
  cy.style(buildStylesheet({ large }) as cytoscape.StylesheetJson);
  // The renderer reads these options each frame; cytoscape only exposes them at creation time.
  const renderer = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
  renderer.hideEdgesOnViewport = large;
  renderer.textureOnViewport = large;
}

/** A few nodes fitted to the screen would be drawn huge; past this zoom, the layout centres instead. */
const COMFORTABLE_ZOOM = 1.4;

/** `incremental` keeps the nodes already placed; `animate` shows them moving (not on a canvas drawn afresh). */
function runLayout(cy: Core, name: LayoutName, incremental: boolean, animate = true) {
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const settings = {
    incremental,
    animate,
    nodeCount: eles.nodes().length,
    elements: eles,
    padding: fitPadding(cy),
    canvas: { width: cy.width(), height: cy.height() },
  };
  const pending = largeLayoutPending(name, settings);
  if (pending) {
    // If its code cannot be loaded (a build replaced since the page opened), the grid needs none: the nodes are
    // still laid out, and the console says why.
    pending.then(
      () => cy.destroyed() || runLayout(cy, name, incremental, animate),
      (error: unknown) => {
        console.error('The large-graph layout could not be loaded; laid out as a grid instead.', error);
        if (!cy.destroyed()) runLayout(cy, 'grid', incremental, animate);
      },
    );
    return;
  }
  cy.stop();
  const layout = eles.layout(layoutOptions(name, settings));
  cy.scratch('_layout', layout);
  layout.one('layoutstop', () => {
    cy.scratch('_fitted', true);
    if (cy.zoom() <= COMFORTABLE_ZOOM) return;
    cy.zoom(COMFORTABLE_ZOOM);
    cy.center(eles);
  });
  layout.run();
}

/**
 * Follows the container's size (Cytoscape measures it only on window resizes, so a side panel opening would leave
 * the drawing at the old size). While the view is still the one a layout fitted, it is fitted again to the new
 * size, so opening a panel never leaves nodes out of sight; once the user has panned or zoomed, the view stays.
 */
function followContainer(cy: Core, container: HTMLElement): ResizeObserver {
  cy.on('scrollzoom pinchzoom dragpan', () => cy.scratch('_fitted', false));
  const observer = new ResizeObserver(() => {
    cy.resize();
    const visible = cy.elements(':visible');
    if (!cy.scratch('_fitted') || visible.empty()) return;
    cy.fit(visible, fitPadding(cy));
    if (cy.zoom() > COMFORTABLE_ZOOM) {
      cy.zoom(COMFORTABLE_ZOOM);
      cy.center(visible);
    }
  });
  observer.observe(container);
  return observer;
}

/** Puts every node where it was saved (stopping a running layout first); false while some node has no position. */
function applyPlacement(cy: Core, state: GraphState, placement: Placement): boolean {
  const ids = Object.keys(state.nodes);
  if (!ids.length || !ids.every((id) => placement.positions[id])) return false;
  (cy.scratch('_layout') as cytoscape.Layouts | undefined)?.stop();
  cy.stop();
  cy.batch(() => {
    for (const id of ids) cy.$id(id).position(placement.positions[id]);
  });
  if (placement.viewport) cy.viewport(placement.viewport);
  else cy.fit(undefined, fitPadding(cy));
  return true;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet() as cytoscape.StylesheetJson,
      // Low enough that a fit shows all of a large layout (1,000 nodes span about 10,000 px): at 0.05 a 1024 px
      // window cut it off.
      minZoom: 0.01,
      maxZoom: 4,
      // A plain click selects one node; Shift/Ctrl/Cmd-click (or Shift-drag a box) adds to the selection.
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    cy.scratch('_large', false);
    bindEvents(cy, handlers);
    cyRef.current = cy;
    handlers.current.onReady(cy);
    const resized = followContainer(cy, container.current!);
    return () => {
      resized.disconnect();
      handlers.current.onReady(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const placed = useRef<number | null>(null);
  // Set when a placement was applied in this commit, so the layout effect of the same commit leaves it alone.
  const justPlaced = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const hadNodes = cy.nodes().length;
    const added = syncCanvas(cy, props.state, props.time, props.filteredOut);
    tuneForSize(cy, Object.keys(props.state.edges).length > LARGE_GRAPH_EDGES);
    const placement = props.placement;
    if (placement && placed.current !== placement.id && applyPlacement(cy, props.state, placement)) {
      placed.current = placement.id;
      justPlaced.current = true;
    } else if (added.length) runLayout(cy, handlers.current.layout, hadNodes > 0, hadNodes > 0);
  }, [props.state, props.time, props.filteredOut, props.placement]);

  useEffect(() => {
    if (cyRef.current && !justPlaced.current) runLayout(cyRef.current, props.layout, false);
  }, [props.layout, props.layoutRun]);
  useEffect(() => {
    justPlaced.current = false;
  });

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = props.selectedId ? cy.$id(props.selectedId) : cy.collection();
    // Already selected (perhaps with others, by Shift-click): keep the selection as the user made it.
    if (wanted.nonempty() && wanted.selected()) return;
    cy.$(':selected').unselect();
    wanted.select();
  }, [props.selectedId, props.state]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" aria-label="Graph canvas" />;
}

function bindEvents(cy: Core, handlers: { current: CanvasHandlers }) {
  const isMore = (e: EventObject) => e.target.hasClass?.('more');
  const onTap = (e: EventObject) => {
    const adding = isAddingToSelection(e);
    if (e.target === cy) {
      if (!adding) handlers.current.onSelect(null, null);
    } else if (isMore(e)) handlers.current.onLoadMore(e.target.id());
    else if (adding && !e.target.selected()) {
      // Shift-click took this node out of the selection: the panel shows another selected node, if any.
      const other = cy.$(':selected').not('.more').last();
      handlers.current.onSelect(other.nonempty() ? other.id() : null, other.nonempty() ? 'node' : null);
    } else handlers.current.onSelect(e.target.id(), e.target.isNode() ? 'node' : 'edge');
  };
  // Cytoscape emits tap before it toggles the tapped element's selection (same mouseup handler): read the
  // selection once that handler is done, or a Shift-click that adds a node is taken for one that removes it.
  cy.on('tap', (e) => queueMicrotask(() => onTap(e)));
  cy.on('dbltap', 'node', (e) => (isMore(e) ? undefined : handlers.current.onExpand(e.target.id())));
  cy.on('cxttap', 'node', (e) => {
    if (!isMore(e)) handlers.current.onContextMenu(e.target.id(), e.renderedPosition.x, e.renderedPosition.y);
  });
  const reportSelection = () =>
    handlers.current.onSelectionChange(
      cy
        .nodes(':selected')
        .not('.more')
        .map((n) => n.id()),
    );
  cy.on('select unselect', 'node', debounceFrame(reportSelection));
}

function isAddingToSelection(e: EventObject): boolean {
  const event = e.originalEvent as MouseEvent | undefined;
  return Boolean(event && (event.shiftKey || event.ctrlKey || event.metaKey));
}

function debounceFrame(fn: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      fn();
    });
  };
}

// The panel toggles, layout choice and re-run, fit, zoom, reveal links, undo/redo. It sits above the canvas (never
// over a node) and wraps onto a second row in a narrow window.
import type { Core } from 'cytoscape';
import type { Panels } from '../app/usePanels.ts';
import { fitPadding } from './canvasFit.ts';
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from './layoutNames.ts';

interface CanvasToolbarProps {
  cy: Core | null;
  layout: LayoutName;
  onLayout(layout: LayoutName): void;
  onRerunLayout(): void;
  onRevealLinks(): void;
  undoLabel: string | null;
  redoLabel: string | null;
  onUndo(): void;
  onRedo(): void;
  onClear(): void;
  pageSize: number;
  pageSizes: readonly number[];
  onPageSize(size: number): void;
  panels: Panels;
}

function zoomBy(cy: Core | null, factor: number) {
  if (!cy) return;
  const { width, height } = { width: cy.width(), height: cy.height() };
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
}

export function CanvasToolbar(props: CanvasToolbarProps) {
  const { cy } = props;
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <button
        aria-pressed={props.panels.left}
        onClick={props.panels.toggleLeft}
        title={props.panels.left ? 'Hide the filters, paths and legend' : 'Show the filters, paths and legend'}
      >
        Filters &amp; paths
      </button>
      <select aria-label="Layout" value={props.layout} onChange={(e) => props.onLayout(e.target.value as LayoutName)}>
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
      <button onClick={props.onRerunLayout} title="Run the layout again">
        Re-layout
      </button>
      <button onClick={() => cy?.fit(undefined, fitPadding(cy))} title="Fit the graph in view">
        Fit
      </button>
      <button onClick={() => zoomBy(cy, 1.25)} aria-label="Zoom in">
        +
      </button>
      <button onClick={() => zoomBy(cy, 0.8)} aria-label="Zoom out">
        −
      </button>
      <span className="toolbar-sep" />
      <select
        aria-label="Neighbours per expansion"
        title="Neighbours loaded per expansion or per “+N more”"
        value={props.pageSize}
        onChange={(e) => props.onPageSize(Number(e.target.value))}
      >
        {props.pageSizes.map((size) => (
          <option key={size} value={size}>
            {size} per page
          </option>
        ))}
      </select>
      <button onClick={props.onRevealLinks} title="Draw the links among the nodes on screen">
        Reveal links
      </button>
      <span className="toolbar-sep" />
      <button
        onClick={props.onUndo}
        disabled={!props.undoLabel}
        title={
          props.undoLabel
            ? `Undo on the canvas: ${props.undoLabel} (Ctrl+Z). Database changes are not undone here: use Edit or Delete.`
            : 'Nothing to undo on the canvas'
        }
      >
        Undo
      </button>
      <button
        onClick={props.onRedo}
        disabled={!props.redoLabel}
        title={props.redoLabel ? `Redo: ${props.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      <button onClick={props.onClear} title="Remove every node">
        Clear
      </button>
      <button
        className="toolbar-end"
        aria-pressed={props.panels.right}
        onClick={props.panels.toggleRight}
        title={props.panels.right ? 'Hide the details panel' : 'Show the details panel'}
      >
        Details
      </button>
    </div>
  );
}

// The centre of the page: toolbar, canvas, the empty-canvas hint and the node context menu.
import type { ApiClient } from '../api/apiClient.ts';
import { CanvasToolbar } from '../canvas/CanvasToolbar.tsx';
import type { ReactNode } from 'react';
import type { TimeView } from '../canvas/canvasElements.ts';
import { GraphCanvas, type Placement } from '../canvas/GraphCanvas.tsx';
import type { GraphState } from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import { NodeContextMenu } from '../context-menu/NodeContextMenu.tsx';
import { PAGE_SIZES } from './pageSizes.ts';
import type { ExplorerActions } from './useExplorerActions.ts';
import type { Panels } from './usePanels.ts';
import type { ViewControls } from './useViewControls.ts';

interface CanvasAreaProps {
  api: ApiClient;
  store: GraphStore;
  state: GraphState;
  actions: ExplorerActions;
  view: ViewControls;
  pageSize: number;
  onPageSize(size: number): void;
  showEmptyHint: boolean;
  onPathFrom(id: string): void;
  time?: TimeView;
  /** What the "show only" filters hide. */
  filteredOut?: ReadonlySet<string>;
  placement?: Placement | null;
  /** Layers over and under the canvas: notes, the timeline. */
  children?: ReactNode;
  panels: Panels;
}

export function CanvasArea({
  api,
  store,
  state,
  actions,
  view,
  pageSize,
  onPageSize,
  showEmptyHint,
  onPathFrom,
  time,
  filteredOut,
  placement,
  children,
  panels,
}: CanvasAreaProps) {
  const { menu } = view;
  return (
    <main className="canvas-area">
      <CanvasToolbar
        cy={view.cy}
        layout={view.layout}
        onLayout={view.setLayout}
        onRerunLayout={view.rerunLayout}
        onRevealLinks={actions.revealLinks}
        undoLabel={store.undoLabel}
        redoLabel={store.redoLabel}
        onUndo={() => store.undo()}
        onRedo={() => store.redo()}
        onClear={() => actions.remove(Object.keys(state.nodes))}
        pageSize={pageSize}
        pageSizes={PAGE_SIZES}
        onPageSize={onPageSize}
        panels={panels}
      />
      <div className="canvas-stage">
        <GraphCanvas
          state={state}
          time={time}
          filteredOut={filteredOut}
          placement={placement}
          layout={view.layout}
          layoutRun={view.layoutRun}
          selectedId={view.selection?.id ?? null}
          onReady={view.setCy}
          onSelect={(id, what) => view.setSelection(id && what ? { id, what } : null)}
          onExpand={(id) => actions.expand(id)}
          onLoadMore={actions.loadMore}
          onContextMenu={(id, x, y) => view.setMenu({ id, x, y })}
          onSelectionChange={view.setSelectedNodeIds}
        />
        {children}
        {showEmptyHint && (
          <div className="canvas-empty">
            The canvas is empty. Search for an entity above (press <kbd>/</kbd>) to start.
          </div>
        )}
        {menu && (
          <NodeContextMenu
            api={api}
            at={menu}
            onExpand={(types) => actions.expand(menu.id, types)}
            onCollapse={() => actions.collapse(menu.id)}
            onRemove={() => actions.remove([menu.id])}
            onPathFrom={() => onPathFrom(menu.id)}
            onClose={() => view.setMenu(null)}
          />
        )}
      </div>
    </main>
  );
}

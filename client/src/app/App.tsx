// The explorer page: search and export on top, filters/legend/paths left, canvas centre, details right.
import type { SearchHit } from '@api/types.ts';
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { CanvasToolbar } from '../canvas/CanvasToolbar.tsx';
import { GraphCanvas } from '../canvas/GraphCanvas.tsx';
import { GraphStore } from '../canvas/graphStore.ts';
import type { LayoutName } from '../canvas/layoutNames.ts';
import { NodeContextMenu, type NodeMenuAt } from '../context-menu/NodeContextMenu.tsx';
import { EditingControls } from '../editing/EditingControls.tsx';
import { useEditingActions } from '../editing/useEditingActions.ts';
import { ExportMenu, type ExportChoice } from '../export/ExportMenu.tsx';
import { runExport } from '../export/runExport.ts';
import { EdgeFilters } from '../filters/EdgeFilters.tsx';
import { PathFinder, type PathEnd } from '../paths/PathFinder.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { Legend } from '../styles/Legend.tsx';
import { decodeViewState } from '../url-state/urlState.ts';
import { useUrlState } from '../url-state/useUrlState.ts';
import { DetailPanel, type Selection } from './DetailPanel.tsx';
import { canvasLegend, describeCounts, edgeCountsByGroup } from './graphSummary.ts';
import { StatusBar } from './StatusBar.tsx';
import { useExplorerActions } from './useExplorerActions.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useOpeningView } from './useOpeningView.ts';

export function App({ api }: { api: ApiClient }) {
  const store = useMemo(() => new GraphStore(), []);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { activity, actions } = useExplorerActions(api, store);
  const [initialView] = useState(() => decodeViewState(window.location.search));
  const [opened, setOpened] = useState(false);
  const [layout, setLayout] = useState<LayoutName>(initialView.layout);
  const [layoutRun, setLayoutRun] = useState(0);
  const [selection, setSelection] = useState<Selection | null>(initialView.selectedId ? { id: initialView.selectedId, what: 'node' } : null);
  const [selectedNodeIds, setSelectedNodeIds] = useState<string[]>([]);
  const [menu, setMenu] = useState<NodeMenuAt | null>(null);
  const [pathEnds, setPathEnds] = useState<{ from: PathEnd | null; to: PathEnd | null }>({ from: null, to: null });
  const [cy, setCy] = useState<Core | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const selectedNodeId = selection?.what === 'node' && state.nodes[selection.id] ? selection.id : null;
  const editing = useEditingActions(
    store,
    useMemo(() => ({ select: (id, what = 'node') => setSelection(id ? { id, what } : null), showEntity: (id, label) => actions.showEntities([id], label) }), [actions]),
  );
  useOpeningView(initialView, actions, useCallback(() => setOpened(true), []));
  useUrlState({ nodeIds: Object.keys(state.nodes), hiddenGroups: state.hiddenGroups, selectedId: selectedNodeId, layout }, opened);

  const pick = async (hit: SearchHit) => {
    if (!state.nodes[hit.id]) await actions.showEntities([hit.id], `Add ${hit.name}`);
    setSelection({ id: hit.id, what: 'node' });
  };
  const removeSelected = () => {
    const ids = selectedNodeIds.length ? selectedNodeIds : selectedNodeId ? [selectedNodeId] : [];
    actions.remove(ids);
    setSelection(null);
  };
  useKeyboardShortcuts({
    focusSearch: () => searchInput.current?.focus(),
    removeSelected,
    clearSelection: () => {
      setSelection(null);
      setMenu(null);
      cy?.$(':selected').unselect();
    },
    undo: () => store.undo(),
    redo: () => store.redo(),
  });
  const exportGraph = async (choice: ExportChoice) => {
    if (!cy) return;
    actions.clearMessages();
    try {
      actions.notify(await runExport(cy, state, api, choice, (text) => actions.notify(text)));
    } catch (error) {
      actions.fail((error as Error).message);
    }
  };
  const findPath = async () => {
    if (!pathEnds.from || !pathEnds.to) return;
    await actions.findPath(pathEnds.from.id, pathEnds.to.id);
  };
  const endFor = (id: string | null): PathEnd | null => (id && state.nodes[id] ? { id, name: state.nodes[id].name } : null);

  return (
    <div className="app">
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Sanctions Graph Explorer
        </div>
        <SearchBox ref={searchInput} api={api} label="Search entities" placeholder="Search people, companies, authorities…" onPick={pick} shortcutHint />
        <EditingControls
          api={api}
          state={state}
          selectedNodeId={selectedNodeId}
          onEntityCreated={editing.entityCreated}
          onRelationshipCreated={editing.relationshipCreated}
          onPickExisting={editing.pickExisting}
        />
        <ExportMenu disabled={!cy || !Object.keys(state.nodes).length} onExport={exportGraph} />
      </header>
      <nav className="left-panel">
        <EdgeFilters hidden={state.hiddenGroups} counts={edgeCountsByGroup(state)} onChange={actions.setHiddenGroups} />
        <PathFinder
          api={api}
          from={pathEnds.from}
          to={pathEnds.to}
          selection={endFor(selectedNodeId)}
          busy={Boolean(activity.busy)}
          onChange={(end, value) => setPathEnds((p) => ({ ...p, [end]: value }))}
          onFind={findPath}
        />
        <Legend entries={canvasLegend(state)} />
      </nav>
      <main className="canvas-area">
        <CanvasToolbar
          cy={cy}
          layout={layout}
          onLayout={setLayout}
          onRerunLayout={() => setLayoutRun((n) => n + 1)}
          onRevealLinks={actions.revealLinks}
          undoLabel={store.undoLabel}
          redoLabel={store.redoLabel}
          onUndo={() => store.undo()}
          onRedo={() => store.redo()}
          onClear={() => actions.remove(Object.keys(state.nodes))}
        />
        <GraphCanvas
          state={state}
          layout={layout}
          layoutRun={layoutRun}
          selectedId={selection?.id ?? null}
          onReady={setCy}
          onSelect={(id, what) => setSelection(id && what ? { id, what } : null)}
          onExpand={(id) => actions.expand(id)}
          onLoadMore={actions.loadMore}
          onContextMenu={(id, x, y) => setMenu({ id, x, y })}
          onSelectionChange={setSelectedNodeIds}
        />
        {!Object.keys(state.nodes).length && opened && !activity.busy && (
          <div className="canvas-empty">The canvas is empty. Search for an entity above (press <kbd>/</kbd>) to start.</div>
        )}
        {menu && (
          <NodeContextMenu
            api={api}
            at={menu}
            onExpand={(types) => actions.expand(menu.id, types)}
            onCollapse={() => actions.collapse(menu.id)}
            onRemove={() => actions.remove([menu.id])}
            onPathFrom={() => setPathEnds((p) => ({ ...p, from: endFor(menu.id) }))}
            onClose={() => setMenu(null)}
          />
        )}
      </main>
      <DetailPanel
        api={api}
        state={state}
        selection={selection}
        onExpand={actions.expand}
        onCollapse={actions.collapse}
        onRemove={(id) => actions.remove([id])}
        revision={editing.revision}
        onEntitySaved={editing.entitySaved}
        onEntityDeleted={editing.entityDeleted}
      />
      <StatusBar activity={activity} counts={describeCounts(state)} onDismiss={actions.clearMessages} />
    </div>
  );
}

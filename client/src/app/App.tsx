// The explorer page: search and export on top, filters/legend/paths left, canvas centre, details right.
import type { SessionInfo } from '@api/types.ts';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { GraphStore } from '../canvas/graphStore.ts';
import { EditingControls } from '../editing/EditingControls.tsx';
import { useEditingActions } from '../editing/useEditingActions.ts';
import { ExportMenu, type ExportChoice } from '../export/ExportMenu.tsx';
import { runExport } from '../export/runExport.ts';
import type { PathEnd } from '../paths/PathFinder.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { decodeViewState } from '../url-state/urlState.ts';
import { useUrlState } from '../url-state/useUrlState.ts';
import { CanvasArea } from './CanvasArea.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { describeCounts } from './graphSummary.ts';
import { LeftPanel, type PathEnds } from './LeftPanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { DEFAULT_PAGE_SIZE, useExplorerActions } from './useExplorerActions.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useInvestigationHookups } from '../investigations/useInvestigationHookups.tsx';
import { useOpeningView } from './useOpeningView.ts';
import { useViewControls } from './useViewControls.ts';

export function App({ api, session }: { api: ApiClient; session: SessionInfo }) {
  const canEdit = session.user.role !== 'analyst';
  const store = useMemo(() => new GraphStore(), []);
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const { activity, actions } = useExplorerActions(api, store, pageSize);
  const [initialView] = useState(() => decodeViewState(window.location.search));
  const view = useViewControls(initialView);
  const [opened, setOpened] = useState(false);
  const [pathEnds, setPathEnds] = useState<PathEnds>({ from: null, to: null });
  const searchInput = useRef<HTMLInputElement>(null);

  const selectedNodeId = view.selection?.what === 'node' && state.nodes[view.selection.id] ? view.selection.id : null;
  const endFor = (id: string | null): PathEnd | null =>
    id && state.nodes[id] ? { id, name: state.nodes[id].name } : null;
  const { setSelection } = view;
  const editing = useEditingActions(
    store,
    useMemo(
      () => ({
        select: (id, what = 'node') => setSelection(id ? { id, what } : null),
        showEntity: (id, label) => actions.showEntities([id], label),
      }),
      [setSelection, actions],
    ),
  );
  const onOpened = useCallback(
    (selectId: string | null) => {
      setOpened(true);
      if (selectId) setSelection({ id: selectId, what: 'node' });
    },
    [setSelection],
  );
  const saved = useInvestigationHookups({ api, store, state, view, actions, session, initialView });
  useOpeningView(initialView, actions, onOpened, saved.investigation.open);
  useUrlState(
    {
      nodeIds: Object.keys(state.nodes),
      hiddenGroups: state.hiddenGroups,
      selectedId: selectedNodeId,
      layout: view.layout,
      investigationId: saved.investigation.current?.id,
      asOf: saved.asOf ?? undefined,
    },
    opened,
  );
  useKeyboardShortcuts({
    focusSearch: () => searchInput.current?.focus(),
    removeSelected: () => {
      actions.remove(view.selectedNodeIds.length ? view.selectedNodeIds : selectedNodeId ? [selectedNodeId] : []);
      view.setSelection(null);
    },
    clearSelection: view.clearSelection,
    undo: () => store.undo(),
    redo: () => store.redo(),
  });

  const exportGraph = async (choice: ExportChoice) => {
    if (!view.cy) return;
    actions.clearMessages();
    await runExport(view.cy, state, api, choice, actions.notify, saved.notes.notes, saved.notes.visible).then(
      actions.notify,
      (error: Error) => actions.fail(error.message),
    );
  };

  return (
    <div className="app">
      <header className="top-bar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Sanctions Graph Explorer
        </div>
        {saved.menu}
        <SearchBox
          ref={searchInput}
          api={api}
          label="Search entities"
          placeholder="Search people, companies, authorities…"
          onPick={editing.pickExisting}
          shortcutHint
        />
        {canEdit && (
          <EditingControls
            api={api}
            state={state}
            selectedNodeId={selectedNodeId}
            onEntityCreated={editing.entityCreated}
            onRelationshipCreated={editing.relationshipCreated}
            onPickExisting={editing.pickExisting}
          />
        )}
        <span
          className="session-badge"
          title={
            session.mode === 'local' ? 'Local mode: a single investigator on this machine' : 'Signed in with a token'
          }
        >
          {session.user.name} · {session.user.role}
        </span>
        <ExportMenu disabled={!view.cy || !Object.keys(state.nodes).length} onExport={exportGraph} />
      </header>
      <LeftPanel
        api={api}
        state={state}
        actions={actions}
        pathEnds={pathEnds}
        onPathEnds={setPathEnds}
        selection={endFor(selectedNodeId)}
        busy={Boolean(activity.busy)}
      />
      <CanvasArea
        api={api}
        store={store}
        state={state}
        actions={actions}
        view={view}
        pageSize={pageSize}
        onPageSize={setPageSize}
        showEmptyHint={!Object.keys(state.nodes).length && opened && !activity.busy}
        onPathFrom={(id) => setPathEnds((p) => ({ ...p, from: endFor(id) }))}
        time={saved.time}
        placement={saved.placement}
      >
        {saved.canvasLayers}
      </CanvasArea>
      <DetailPanel
        api={api}
        state={state}
        selection={view.selection}
        cy={view.cy}
        onExpand={actions.expand}
        onCollapse={actions.collapse}
        onRemove={(id) => actions.remove([id])}
        revision={editing.revision}
        onEntitySaved={editing.entitySaved}
        onEntityDeleted={editing.entityDeleted}
        canEdit={canEdit}
        asOf={saved.asOf}
        notesFor={saved.notesFor}
      />
      <StatusBar activity={activity} counts={describeCounts(state)} onDismiss={actions.clearMessages} />
    </div>
  );
}

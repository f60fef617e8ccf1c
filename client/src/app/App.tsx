// The explorer page: search and menus on top, filters/legend/paths left, canvas centre, details right;
// below 1280 px the side panels collapse (toggled from the canvas toolbar).
import type { SessionInfo } from '@api/types.ts';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { GraphStore } from '../canvas/graphStore.ts';
import { EditingControls } from '../editing/EditingControls.tsx';
import { useEditingActions } from '../editing/useEditingActions.ts';
import { ExportMenu, type ExportChoice } from '../export/ExportMenu.tsx';
import type { PathEnd } from '../paths/PathFinder.tsx';
import { showOnlyMarks } from '../filters/showOnly.ts';
import { useEntityMatches } from '../filters/useEntityMatches.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { decodeViewState } from '../url-state/urlState.ts';
import { useUrlState } from '../url-state/useUrlState.ts';
import { CanvasArea } from './CanvasArea.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { describeCounts } from './graphSummary.ts';
import { LeftPanel, type PathEnds } from './LeftPanel.tsx';
import { RemoveConfirm } from './RemoveConfirm.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { StatusBar } from './StatusBar.tsx';
import { HelpMenu, SessionMenu, TopBar } from './TopBar.tsx';
import { usePanels } from './usePanels.ts';
import { DEFAULT_PAGE_SIZE } from './pageSizes.ts';
import { useExplorerActions } from './useExplorerActions.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useInvestigationHookups } from '../investigations/useInvestigationHookups.tsx';
import { useOpeningView } from './useOpeningView.ts';
import { useViewControls } from './useViewControls.ts';
import { useScreenPage } from '../screen/useScreenPage.tsx';

export function App({ api, session, onSignOut }: { api: ApiClient; session: SessionInfo; onSignOut(): void }) {
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
  const panels = usePanels();
  const [dialog, setDialog] = useState<{ what: 'shortcuts' } | { what: 'remove'; ids: string[] } | null>(null);

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
  // A match opened from the Screen page joins the canvas and is selected, so its panel is the one shown.
  const screen = useScreenPage(api, async (id, name) => {
    if (await actions.showEntities([id], name)) setSelection({ id, what: 'node' });
  });
  const matches = useEntityMatches(api, state, actions.fail);
  const marks = useMemo(() => showOnlyMarks(state, matches), [state, matches]);
  const saved = useInvestigationHookups({ api, store, state, view, actions, session, initialView });
  useOpeningView(initialView, actions, onOpened, saved.investigation.open);
  useUrlState(
    {
      nodeIds: Object.keys(state.nodes),
      hiddenGroups: state.hiddenGroups,
      showOnly: state.showOnly,
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
      const ids = view.selectedNodeIds.length ? view.selectedNodeIds : selectedNodeId ? [selectedNodeId] : [];
      if (ids.length > 1) setDialog({ what: 'remove', ids });
      else removeFromCanvas(ids);
    },
    clearSelection: () => {
      setDialog(null);
      view.clearSelection();
    },
    undo: () => store.undo(),
    redo: () => store.redo(),
    showShortcuts: () => setDialog({ what: 'shortcuts' }),
  });
  function removeFromCanvas(ids: string[]) {
    setDialog(null);
    if (!ids.length) return;
    const what = ids.length === 1 ? (state.nodes[ids[0]]?.name ?? ids[0]) : `${ids.length} nodes`;
    actions.remove(ids);
    view.setSelection(null);
    actions.notify(`Removed ${what} from the canvas (Ctrl+Z brings back).`);
  }

  const exportGraph = async (choice: ExportChoice) => {
    if (!view.cy) return;
    actions.clearMessages();
    const cy = view.cy;
    // The exporters load on the first export: the first screen does not need them.
    await import('../export/runExport.ts')
      .then(({ runExport }) =>
        runExport(cy, state, api, choice, actions.notify, saved.notes.notes, saved.notes.visible),
      )
      .then(actions.notify, (error: Error) => actions.fail(error.message));
  };

  return (
    <div className={panels.className}>
      <TopBar
        search={
          <SearchBox
            ref={searchInput}
            api={api}
            label="Search entities"
            placeholder="Search people, companies, authorities…"
            onPick={editing.pickExisting}
            shortcutHint
          />
        }
      >
        {saved.menu}
        {screen.button}
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
        <ExportMenu disabled={!view.cy || !Object.keys(state.nodes).length} onExport={exportGraph} />
        <HelpMenu onShortcuts={() => setDialog({ what: 'shortcuts' })} />
        <SessionMenu session={session} onSignOut={onSignOut} />
      </TopBar>
      {panels.left && (
        <LeftPanel
          api={api}
          state={state}
          actions={actions}
          pathEnds={pathEnds}
          onPathEnds={setPathEnds}
          selection={endFor(selectedNodeId)}
          busy={Boolean(activity.busy)}
          cy={view.cy}
          marks={marks}
        />
      )}
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
        panels={panels}
        time={saved.time}
        filteredOut={marks.hidden}
        placement={saved.placement}
      >
        {saved.canvasLayers}
      </CanvasArea>
      {panels.right && (
        <DetailPanel
          api={api}
          state={state}
          selection={view.selection}
          store={store}
          onExpand={actions.expand}
          onCollapse={actions.collapse}
          onRemove={(id) => actions.remove([id])}
          revision={editing.revision}
          onEntitySaved={editing.entitySaved}
          onEntityDeleted={editing.entityDeleted}
          onEntityMerged={editing.entityMerged}
          onRelationshipSaved={editing.relationshipSaved}
          onRelationshipDeleted={editing.relationshipDeleted}
          canEdit={canEdit}
          selectedCount={view.selectedNodeIds.length}
          asOf={saved.asOf}
          notesFor={saved.notesFor}
        />
      )}
      {dialog?.what === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog?.what === 'remove' && (
        <RemoveConfirm
          names={dialog.ids.map((id) => state.nodes[id]?.name ?? id)}
          onConfirm={() => removeFromCanvas(dialog.ids)}
          onCancel={() => setDialog(null)}
        />
      )}
      {screen.page}
      <StatusBar activity={activity} counts={describeCounts(state, marks.hidden)} onDismiss={actions.clearMessages} />
    </div>
  );
}

// Everything an investigation adds to the explorer, wired in one place so App only hooks it up: the menu, notes
// (canvas layer and side panel), the timeline (under the canvas) and the placement of a reopened view.
import type { SessionInfo } from '@api/types.ts';
import { useMemo, useState, type ReactNode } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { ExplorerActions } from '../app/useExplorerActions.ts';
import type { ViewControls } from '../app/useViewControls.ts';
import type { Placement } from '../canvas/GraphCanvas.tsx';
import { addSubgraph, emptyGraph, type GraphState } from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import type { LayoutName } from '../canvas/layoutNames.ts';
import { isFiltering } from '../filters/showOnly.ts';
import { NotesOverlay } from '../notes/NotesOverlay.tsx';
import { NotesSection } from '../notes/NotesSection.tsx';
import { useNotes } from '../notes/useNotes.ts';
import { asOfMarks, timelineDates } from '../timeline/asOf.ts';
import { TimelineBar } from '../timeline/TimelineBar.tsx';
import { useTimelineFacts } from '../timeline/useTimelineFacts.ts';
import type { ViewState } from '../url-state/urlState.ts';
import type { Investigation } from '../../../server/src/investigations/contract.ts';
import { ChangedSinceSavedNotice, InvestigationsMenu } from './InvestigationsMenu.tsx';
import { savedGraph, savedPositions, updatedIds } from './restoreView.ts';
import { useInvestigation } from './useInvestigation.ts';
import { captureView } from './viewSnapshot.ts';
import '../timeline/timeline.css';

interface Hookups {
  api: ApiClient;
  store: GraphStore;
  state: GraphState;
  view: ViewControls;
  actions: ExplorerActions;
  session: SessionInfo;
  initialView: ViewState;
}

function useTimeline(api: ApiClient, state: GraphState, initialAsOf: string | null) {
  const [asOf, setAsOf] = useState<string | null>(initialAsOf);
  const [hideInactive, setHideInactive] = useState(false);
  const facts = useTimelineFacts(api, state, true);
  const time = useMemo(
    () => (asOf ? { marks: asOfMarks(state, facts, asOf), hideInactive } : undefined),
    [state, facts, asOf, hideInactive],
  );
  const dates = useMemo(() => timelineDates(state, facts), [state, facts]);
  return { asOf, setAsOf, hideInactive, setHideInactive, time, dates };
}

export function useInvestigationHookups({ api, store, state, view, actions, session, initialView }: Hookups) {
  const notes = useNotes(session.user.name);
  const timeline = useTimeline(api, state, initialView.asOf ?? null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const extras = {
    layout: view.layout,
    selection: view.selection,
    asOf: timeline.asOf,
    showOnly: isFiltering(state.showOnly) ? (state.showOnly as Record<string, string>) : null,
    notesVisible: notes.visible,
  };
  const restore = async (investigation: Investigation) => {
    const graph = await savedGraph(api, investigation.view);
    const saved = investigation.view;
    setPlacement({ id: Date.now(), positions: savedPositions(saved), viewport: saved.viewport });
    view.setLayout(saved.layout as LayoutName);
    timeline.setAsOf(saved.asOf);
    notes.setNotes(investigation.notes);
    notes.setVisible(saved.notesVisible);
    store.apply(`Open “${investigation.name}”`, () => graph);
    view.setSelection(saved.selection);
  };
  const investigation = useInvestigation(api, {
    capture: () => captureView(view.cy, state, extras),
    notes: notes.notes,
    restore,
    update: async (changes) => {
      const subgraph = await api.subgraph(updatedIds(Object.keys(store.state.nodes), changes));
      const base = { ...emptyGraph(), hiddenGroups: store.state.hiddenGroups, showOnly: store.state.showOnly };
      store.apply('Bring the investigation up to date', () => addSubgraph(base, subgraph));
    },
    notify: actions.notify,
    fail: actions.fail,
  });
  const freeNoteAt = () => {
    const cy = view.cy;
    const extent = cy?.extent();
    const x = extent ? extent.x1 + (extent.x2 - extent.x1) * 0.1 : 0;
    const y = extent ? extent.y1 + (extent.y2 - extent.y1) * 0.15 : 0;
    const text = window.prompt('Sticky note:');
    if (text?.trim()) notes.add({ kind: 'free', x, y }, text.trim());
  };
  const canvasLayers: ReactNode = (
    <>
      <ChangedSinceSavedNotice controls={investigation} />
      {notes.visible && <NotesOverlay cy={view.cy} notes={notes.notes} onMove={notes.move} />}
      <div className="notes-controls" data-canvas-overlay>
        <label>
          <input type="checkbox" checked={notes.visible} onChange={(e) => notes.setVisible(e.target.checked)} /> Notes
        </label>
        <button onClick={freeNoteAt}>Sticky note</button>
      </div>
      <TimelineBar
        dates={timeline.dates}
        asOf={timeline.asOf}
        onAsOf={timeline.setAsOf}
        hideInactive={timeline.hideInactive}
        onHideInactive={timeline.setHideInactive}
      />
    </>
  );
  return {
    investigation,
    notes,
    asOf: timeline.asOf,
    time: timeline.time,
    placement,
    menu: <InvestigationsMenu controls={investigation} />,
    canvasLayers,
    notesFor: (target: { kind: 'node' | 'edge'; id: string }) => (
      <NotesSection
        target={target}
        notes={notes.notes}
        onAdd={(text) => notes.add(target, text)}
        onRemove={notes.remove}
      />
    ),
  };
}

// View state that is not part of the graph or its history: layout, selection, open menu, the Cytoscape instance.
import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { LayoutName } from '../canvas/layoutNames.ts';
import type { NodeMenuAt } from '../context-menu/NodeContextMenu.tsx';
import type { ViewState } from '../url-state/urlState.ts';
import type { Selection } from './DetailPanel.tsx';

export function useViewControls(initialView: ViewState) {
  const [layout, setLayout] = useState<LayoutName>(initialView.layout);
  const [layoutRun, setLayoutRun] = useState(0);
  const [selection, setSelection] = useState<Selection | null>(
    initialView.selectedId ? { id: initialView.selectedId, what: 'node' } : null,
  );
  const [selectedNodeIds, setSelectedNodeIds] = useState<string[]>([]);
  const [menu, setMenu] = useState<NodeMenuAt | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  return {
    layout,
    setLayout,
    layoutRun,
    rerunLayout: () => setLayoutRun((n) => n + 1),
    selection,
    setSelection,
    selectedNodeIds,
    setSelectedNodeIds,
    menu,
    setMenu,
    cy,
    setCy,
    clearSelection: () => {
      setSelection(null);
      setMenu(null);
      cy?.$(':selected').unselect();
    },
  };
}

export type ViewControls = ReturnType<typeof useViewControls>;

// The first screen: the graph a shared link describes, or else the Chen Zhi / Prince Group story.
import { useEffect, useRef } from 'react';
import { isFiltering } from '../filters/showOnly.ts';
import type { ViewState } from '../url-state/urlState.ts';
import { STORY_IDS } from './openingStory.ts';
import type { ExplorerActions } from './useExplorerActions.ts';

/** `onOpened` gets the entity to select first: the link's selection, or Chen Zhi in the story. */
export function useOpeningView(
  view: ViewState,
  actions: ExplorerActions,
  onOpened: (selectId: string | null) => void,
  /** Opens a saved investigation named in the link (it restores its own selection). */
  openInvestigation?: (id: string) => Promise<void>,
) {
  const started = useRef(false);
  const openSaved = useRef(openInvestigation);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const open = async () => {
      if (view.investigationId && openSaved.current) {
        await openSaved.current(view.investigationId);
        onOpened(null);
      } else if (view.nodeIds.length) {
        await actions.showEntities(view.nodeIds, 'Open shared view');
        if (view.hiddenGroups.length) actions.setHiddenGroups(view.hiddenGroups);
        if (view.showOnly && isFiltering(view.showOnly)) actions.setShowOnly(view.showOnly);
        onOpened(view.selectedId);
      } else {
        await actions.openStory();
        onOpened(STORY_IDS[0]);
      }
    };
    void open();
  }, [view, actions, onOpened]);
}

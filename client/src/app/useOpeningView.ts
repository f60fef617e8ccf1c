// The first screen: the graph a shared link describes, or else the Chen Zhi / Prince Group story.
import { useEffect, useRef } from 'react';
import type { ViewState } from '../url-state/urlState.ts';
import type { ExplorerActions } from './useExplorerActions.ts';

export function useOpeningView(view: ViewState, actions: ExplorerActions, onOpened: () => void) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const open = async () => {
      if (view.nodeIds.length) {
        await actions.showEntities(view.nodeIds, 'Open shared view');
        if (view.hiddenGroups.length) actions.setHiddenGroups(view.hiddenGroups);
      } else await actions.openStory();
      onOpened();
    };
    void open();
  }, [view, actions, onOpened]);
}

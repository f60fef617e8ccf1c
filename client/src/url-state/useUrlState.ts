// Keeps the address bar in step with the view, without adding browser history entries for every click.
import { useEffect } from 'react';
import { encodeViewState, type ViewState } from './urlState.ts';

export function useUrlState(view: ViewState, enabled: boolean) {
  const encoded = encodeViewState(view);
  useEffect(() => {
    if (!enabled) return;
    const url = `${window.location.pathname}${encoded ? `?${encoded}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
  }, [encoded, enabled]);
}

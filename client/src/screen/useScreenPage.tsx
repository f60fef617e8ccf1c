// Hooks the Screen page into the explorer: a top-bar button opens it, and opening a match shows the entity on the
// canvas. The page stays mounted while hidden, so a batch keeps running and its results stay.
import { lazy, Suspense, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import './screenLayer.css';

// Its code loads when the page is first opened: the first screen does not need it.
const ScreenPage = lazy(() => import('./ScreenPage.tsx').then(({ ScreenPage }) => ({ default: ScreenPage })));

export function useScreenPage(api: ApiClient, showEntity: (id: string, name: string) => void) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const button = (
    <button
      type="button"
      className={open ? 'top-bar-button screen-open active' : 'top-bar-button screen-open'}
      aria-pressed={open}
      onClick={() => {
        setOpen(!open);
        setMounted(true);
      }}
    >
      Screen
    </button>
  );
  const page = mounted && (
    <div hidden={!open} className="screen-layer">
      <Suspense fallback={<p>Loading the Screen page…</p>}>
        <ScreenPage
          api={api}
          onClose={() => setOpen(false)}
          onOpen={(id, name) => {
            setOpen(false);
            showEntity(id, name);
          }}
        />
      </Suspense>
    </div>
  );
  return { button, page };
}

// Whether the side panels are open. On a laptop-sized window (below 1280 px) the filters-and-paths panel starts
// closed so the canvas keeps its room; both panels can be toggled from the canvas toolbar at any width.
import { useState } from 'react';

export const WIDE_WINDOW = 1280;

export function usePanels() {
  const [left, setLeft] = useState(() => window.innerWidth >= WIDE_WINDOW);
  const [right, setRight] = useState(true);
  return {
    left,
    right,
    toggleLeft: () => setLeft((open) => !open),
    toggleRight: () => setRight((open) => !open),
    className: `app${left ? '' : ' left-closed'}${right ? '' : ' right-closed'}`,
  };
}

export type Panels = ReturnType<typeof usePanels>;

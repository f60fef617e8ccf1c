// `/` search, Delete removes, Escape clears the selection, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo,
// `?` lists them (the table is in shortcuts.ts).
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  focusSearch(): void;
  removeSelected(): void;
  clearSelection(): void;
  undo(): void;
  redo(): void;
  showShortcuts(): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): keyof ShortcutHandlers | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && key === 'y') return 'redo';
  if (mod) return null;
  if (e.key === '/') return 'focusSearch';
  if (e.key === '?') return 'showShortcuts';
  if (e.key === 'Delete' || e.key === 'Backspace') return 'removeSelected';
  if (e.key === 'Escape') return 'clearSelection';
  return null;
}

export function useKeyboardShortcuts(handlers: ShortcutHandlers) {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const action = shortcutFor(e);
      if (!action) return;
      e.preventDefault();
      current.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

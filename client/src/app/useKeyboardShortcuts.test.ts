import { shortcutFor } from './useKeyboardShortcuts.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('keyboard shortcuts', () => {
  it('maps / to search, Delete to remove, Escape to clear the selection', () => {
    expect(key('/')).toBe('focusSearch');
    expect(key('Delete')).toBe('removeSelected');
    expect(key('Escape')).toBe('clearSelection');
  });

  it('maps Ctrl+Z to undo and Ctrl+Shift+Z (or Ctrl+Y, or Cmd on a Mac) to redo', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
  });

  it('leaves other keys alone', () => {
    expect(key('a')).toBeNull();
    expect(key('/', { ctrlKey: true })).toBeNull();
  });
});

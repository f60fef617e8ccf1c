// A button that opens a menu or a small panel under it; the top bar's menus (Add, Export, Help, the session)
// are all built from it, so another capability adds a menu by rendering one more <Dropdown> with <MenuItem>s.
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './menus.css';

const CloseMenu = createContext<() => void>(() => {});

interface DropdownProps {
  label: ReactNode;
  /** The accessible name of the button and of what it opens. */
  name: string;
  /** 'menu' for a list of MenuItems, 'dialog' for a panel with its own controls (export options). */
  role?: 'menu' | 'dialog';
  align?: 'left' | 'right';
  disabled?: boolean;
  title?: string;
  children: ReactNode;
}

export function Dropdown({ label, name, role = 'menu', align = 'left', disabled, title, children }: DropdownProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    const escape = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('mousedown', outside);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', outside);
      window.removeEventListener('keydown', escape);
    };
  }, [open]);
  return (
    <div className="dropdown" ref={box}>
      <button
        className="dropdown-button"
        aria-haspopup={role}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={name}
        title={title}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={panelId} className={`dropdown-panel align-${align}`} role={role} aria-label={name}>
          <CloseMenu.Provider value={() => setOpen(false)}>{children}</CloseMenu.Provider>
        </div>
      )}
    </div>
  );
}

interface MenuItemProps {
  onSelect(): void;
  disabled?: boolean;
  title?: string;
  /** A key shown at the right ("?", "Ctrl+Z"). */
  shortcut?: string;
  children: ReactNode;
}

export function MenuItem({ onSelect, disabled, title, shortcut, children }: MenuItemProps) {
  const close = useContext(CloseMenu);
  return (
    <button
      role="menuitem"
      className="menu-item"
      disabled={disabled}
      title={title}
      onClick={() => {
        close();
        onSelect();
      }}
    >
      <span>{children}</span>
      {shortcut && <kbd>{shortcut}</kbd>}
    </button>
  );
}

/** Closes the dropdown it sits in (for a dialog-style panel's own buttons). */
export const useCloseDropdown = () => useContext(CloseMenu);

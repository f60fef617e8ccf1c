// The top bar: the brand, the search box, and the menus. A capability adds its menu as one more child of
// `.top-menus` (a <Dropdown> with <MenuItem>s), so the bar stays one row from 1024 px up.
import type { SessionInfo } from '@api/types.ts';
import type { ReactNode } from 'react';
import { Dropdown, MenuItem } from '../menus/Dropdown.tsx';

export function Brand() {
  return (
    <div className="brand" title="Sanctions Graph Explorer">
      <span className="brand-mark" aria-hidden="true" />
      <span className="brand-name">Sanctions Graph Explorer</span>
    </div>
  );
}

export function HelpMenu({ onShortcuts }: { onShortcuts(): void }) {
  return (
    <Dropdown label="Help" name="Help" align="right">
      <MenuItem onSelect={onShortcuts} shortcut="?">
        Keyboard shortcuts
      </MenuItem>
    </Dropdown>
  );
}

export function SessionMenu({ session, onSignOut }: { session: SessionInfo; onSignOut(): void }) {
  const { name, role } = session.user;
  return (
    <Dropdown
      label={
        <span className="session-badge">
          {name} · {role}
        </span>
      }
      name={`Session: ${name}, ${role}`}
      align="right"
    >
      <p className="menu-note">
        {session.mode === 'local' ? 'Local mode: a single investigator on this machine.' : 'Signed in with a token.'}
      </p>
      {session.mode === 'token' && <MenuItem onSelect={onSignOut}>Sign out</MenuItem>}
    </Dropdown>
  );
}

export function TopBar({ search, children }: { search: ReactNode; children: ReactNode }) {
  return (
    <header className="top-bar">
      <Brand />
      {search}
      <nav className="top-menus" aria-label="Menus">
        {children}
      </nav>
    </header>
  );
}

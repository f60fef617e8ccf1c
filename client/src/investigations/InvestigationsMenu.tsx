// The "Investigations" menu: save (Ctrl+S), save as, open, rename, share, delete; the open one's name, marked
// when it has unsaved changes; and the notice of what changed since it was saved.
import { useState } from 'react';
import type { InvestigationSummary, Sharing } from '../../../server/src/investigations/contract.ts';
import type { InvestigationControls } from './useInvestigation.ts';

type Panel = null | 'menu' | 'save-as' | 'rename' | 'open' | 'share';

function NameForm({ initial, action, onSubmit }: { initial: string; action: string; onSubmit(name: string): void }) {
  const [name, setName] = useState(initial);
  return (
    <form
      className="investigation-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSubmit(name.trim());
      }}
    >
      <input aria-label="Investigation name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      <button type="submit">{action}</button>
    </form>
  );
}

function ShareForm({ sharing, onSubmit }: { sharing: Sharing; onSubmit(sharing: Sharing): void }) {
  const [visibility, setVisibility] = useState(sharing.visibility);
  const [editors, setEditors] = useState(sharing.editors.join(', '));
  const names = editors
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <form
      className="investigation-form"
      onSubmit={(e) => (e.preventDefault(), onSubmit({ visibility, editors: names }))}
    >
      <select
        aria-label="Visibility"
        value={visibility}
        onChange={(e) => setVisibility(e.target.value as Sharing['visibility'])}
      >
        <option value="private">Private (me and editors)</option>
        <option value="analysts">Readable by all analysts</option>
      </select>
      <input
        aria-label="Editors"
        placeholder="Editors: investigator names, comma-separated"
        value={editors}
        onChange={(e) => setEditors(e.target.value)}
      />
      <button type="submit">Share</button>
    </form>
  );
}

function OpenList({ load, onOpen }: { load(): Promise<InvestigationSummary[]>; onOpen(id: string): void }) {
  const [items, setItems] = useState<InvestigationSummary[] | null>(null);
  if (items === null) void load().then(setItems, () => setItems([]));
  if (!items) return <div className="muted">Loading…</div>;
  if (!items.length) return <div className="muted">No saved investigations yet.</div>;
  return (
    <ul className="investigation-list" aria-label="Saved investigations">
      {items.map((i) => (
        <li key={i.id}>
          <button onClick={() => onOpen(i.id)}>
            <strong>{i.name}</strong>
            <span className="muted">
              {i.owner} · {i.nodeCount} nodes · {i.noteCount} notes · {i.updatedAt.slice(0, 10)} · {i.access}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function InvestigationsMenu({ controls }: { controls: InvestigationControls }) {
  const [panel, setPanel] = useState<Panel>(null);
  const { current, dirty } = controls;
  const mine = current && current.access !== 'reader';
  const close = () => setPanel(null);
  const item = (label: string, action: () => void, enabled = true, hint?: string) => (
    <button role="menuitem" disabled={!enabled} onClick={action}>
      {label}
      {hint && <kbd>{hint}</kbd>}
    </button>
  );
  return (
    <div className="investigations">
      <button
        className="top-bar-button"
        aria-haspopup="menu"
        aria-expanded={panel !== null}
        onClick={() => setPanel(panel ? null : 'menu')}
      >
        Investigations ▾
      </button>
      <span className="investigation-name" data-testid="investigation-name" title={dirty ? 'Unsaved changes' : 'Saved'}>
        {current ? current.name : 'Unsaved view'}
        {dirty && <span className="unsaved-mark"> • unsaved</span>}
      </span>
      {panel && (
        <div className="investigations-panel" role="menu">
          {panel === 'menu' && (
            <>
              {item('Save', () => (close(), void controls.save()), true, 'Ctrl+S')}
              {item('Save as…', () => setPanel('save-as'))}
              {item('Open…', () => setPanel('open'))}
              {item('Rename…', () => setPanel('rename'), Boolean(mine))}
              {item('Share…', () => setPanel('share'), current?.access === 'owner')}
              {item('Copy link to this exact view', () => (close(), void controls.copyExactLink()))}
              {item('Delete', () => (close(), void controls.remove()), current?.access === 'owner')}
            </>
          )}
          {panel === 'save-as' && (
            <NameForm
              initial={current ? `${current.name} (copy)` : ''}
              action="Save"
              onSubmit={(n) => (close(), void controls.saveAs(n))}
            />
          )}
          {panel === 'rename' && current && (
            <NameForm initial={current.name} action="Rename" onSubmit={(n) => (close(), void controls.rename(n))} />
          )}
          {panel === 'share' && current && (
            <ShareForm sharing={current.sharing} onSubmit={(s) => (close(), void controls.share(s))} />
          )}
          {panel === 'open' && <OpenList load={controls.list} onOpen={(id) => (close(), void controls.open(id))} />}
        </div>
      )}
    </div>
  );
}

export function ChangedSinceSavedNotice({ controls }: { controls: InvestigationControls }) {
  if (!controls.changes?.summary) return null;
  return (
    <div className="changed-notice" role="status" data-canvas-overlay>
      {controls.changes.summary}
      <button onClick={() => void controls.applyChanges()}>Update the canvas</button>
      <button onClick={controls.dismissChanges}>Keep as saved</button>
    </div>
  );
}

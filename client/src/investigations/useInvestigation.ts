// The open investigation: save (Ctrl+S), save as, open, rename, share, delete; unsaved changes marked and
// confirmed before leaving; what changed since it was saved, with a way to bring the canvas up to date.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type {
  ChangedSinceSaved,
  Investigation,
  InvestigationView,
  Note,
  Sharing,
} from '../../../server/src/investigations/contract.ts';
import { contentKey } from './viewSnapshot.ts';

export interface InvestigationCanvas {
  capture(): InvestigationView;
  notes: Note[];
  /** Puts a saved view back on the canvas exactly. */
  restore(investigation: Investigation): Promise<void>;
  /** Replaces merged entities by their survivors and drops deleted ones. */
  update(changes: ChangedSinceSaved): Promise<void>;
  notify(text: string): void;
  fail(text: string): void;
}

export type OpenInvestigation = Pick<Investigation, 'id' | 'name' | 'version' | 'access' | 'owner' | 'sharing'>;

const LEAVE_WARNING = 'This investigation has unsaved changes. Leave anyway?';

export function useInvestigation(api: ApiClient, canvas: InvestigationCanvas) {
  const [current, setCurrent] = useState<OpenInvestigation | null>(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const [changes, setChanges] = useState<ChangedSinceSaved | null>(null);
  const canvasRef = useRef(canvas);
  canvasRef.current = canvas;
  const key = contentKey(canvas.capture(), canvas.notes);
  const dirty = current ? savedKey !== key : Boolean(canvas.notes.length);

  const remember = useCallback((investigation: Investigation) => {
    const { id, name, version, access, owner, sharing } = investigation;
    setCurrent({ id, name, version, access, owner, sharing });
    setSavedKey(contentKey(investigation.view, investigation.notes));
  }, []);

  const attempt = useCallback(async (work: () => Promise<string | void>) => {
    try {
      const done = await work();
      if (done) canvasRef.current.notify(done);
    } catch (error) {
      canvasRef.current.fail((error as Error).message);
    }
  }, []);

  const saveAs = (name: string) =>
    attempt(async () => {
      const { investigation } = await api.createInvestigation({ name, view: canvas.capture(), notes: canvas.notes });
      remember(investigation);
      return `Saved as “${name}”.`;
    });

  /**
   * A link that reopens exactly this view (nodes, links, positions, filters, notes), however it goes on: a URL can
   * only name the nodes, so the link points to a snapshot saved as an investigation every analyst can read.
   */
  const copyExactLink = () =>
    attempt(async () => {
      const name = `Shared view ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
      const { investigation } = await api.createInvestigation({
        name,
        view: canvas.capture(),
        notes: canvas.notes,
        sharing: { visibility: 'analysts', editors: [] },
      });
      const link = `${window.location.origin}${window.location.pathname}?inv=${investigation.id}`;
      const copied = await navigator.clipboard?.writeText(link).then(
        () => true,
        () => false,
      );
      return `${copied ? 'Copied a' : 'A'} link to this exact view (a snapshot “${name}” every analyst can open): ${link}`;
    });

  const save = () => {
    if (!current || current.access === 'reader')
      return saveAs(current ? `${current.name} (copy)` : 'Untitled investigation');
    return attempt(async () => {
      const { investigation } = await api.updateInvestigation(current.id, current.version, {
        view: canvas.capture(),
        notes: canvas.notes,
      });
      remember(investigation);
      setChanges(null);
      return `Saved “${investigation.name}”.`;
    });
  };

  const open = useCallback(
    (id: string, { confirmLeave = true } = {}) =>
      attempt(async () => {
        if (confirmLeave && dirtyRef.current && !window.confirm(LEAVE_WARNING)) return;
        const opened = await api.openInvestigation(id);
        await canvasRef.current.restore(opened.investigation);
        remember(opened.investigation);
        setChanges(opened.changedSinceSaved.summary ? opened.changedSinceSaved : null);
        return `Opened “${opened.investigation.name}”.`;
      }),
    [api, attempt, remember],
  );

  const patch = (changes: { name?: string; sharing?: Sharing }, done: string) =>
    attempt(async () => {
      if (!current) return;
      const { investigation } = await api.updateInvestigation(current.id, current.version, changes);
      setCurrent({ ...current, ...changes, version: investigation.version });
      return done;
    });

  const remove = () =>
    attempt(async () => {
      if (!current || !window.confirm(`Delete the investigation “${current.name}”? The canvas stays as it is.`)) return;
      await api.deleteInvestigation(current.id, current.version);
      setCurrent(null);
      setSavedKey(null);
      return `Deleted “${current.name}”.`;
    });

  const applyChanges = () =>
    attempt(async () => {
      if (!changes) return;
      await canvasRef.current.update(changes);
      setChanges(null);
      return 'Brought up to date; save to keep it.';
    });

  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = LEAVE_WARNING;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return {
    current,
    dirty,
    changes,
    save,
    saveAs,
    open,
    rename: (name: string) => patch({ name }, `Renamed to “${name}”.`),
    share: (sharing: Sharing) => patch({ sharing }, 'Sharing changed.'),
    copyExactLink,
    remove,
    applyChanges,
    dismissChanges: () => setChanges(null),
    list: () => api.listInvestigations().then((r) => r.investigations),
  };
}

export type InvestigationControls = ReturnType<typeof useInvestigation>;

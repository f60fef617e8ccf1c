// Holds the graph state and its command history: every canvas action is undoable (Ctrl+Z) and redoable.
import { emptyGraph, type GraphState } from './graphState.ts';

export interface HistoryEntry {
  label: string;
  state: GraphState;
}

const HISTORY_LIMIT = 100;

export class GraphStore {
  private current: GraphState;
  private past: HistoryEntry[] = [];
  private future: HistoryEntry[] = [];
  private listeners = new Set<() => void>();

  constructor(initial: GraphState = emptyGraph()) {
    this.current = initial;
  }

  get state(): GraphState {
    return this.current;
  }

  /** Applies an action as one undoable step; an action that changes nothing leaves no history. */
  apply(label: string, transition: (state: GraphState) => GraphState): void {
    const next = transition(this.current);
    if (next === this.current) return;
    this.past.push({ label, state: this.current });
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.future = [];
    this.current = next;
    this.emit();
  }

  /**
   * Reflects a change already made in the database: applied to the current state and to every state in the
   * history, and recorded as no step of its own, so undo and redo never bring back a deleted entity or hide a
   * created one (database changes are undone with Edit or Delete, not Ctrl+Z).
   */
  applyEverywhere(transition: (state: GraphState) => GraphState): void {
    const next = transition(this.current);
    const rebase = (entries: HistoryEntry[]) => entries.map((e) => ({ ...e, state: transition(e.state) }));
    this.past = rebase(this.past);
    this.future = rebase(this.future);
    if (next === this.current) return;
    this.current = next;
    this.emit();
  }

  undo(): string | null {
    return this.step(this.past, this.future);
  }

  redo(): string | null {
    return this.step(this.future, this.past);
  }

  /** Moves one step through history: back (undo) or forward (redo), remembering the way back. */
  private step(from: HistoryEntry[], to: HistoryEntry[]): string | null {
    const entry = from.pop();
    if (!entry) return null;
    to.push({ label: entry.label, state: this.current });
    this.current = entry.state;
    this.emit();
    return entry.label;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** What Ctrl+Z would undo, for tooltips. */
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.future.at(-1)?.label ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): GraphState => this.current;

  private emit() {
    for (const listener of this.listeners) listener();
  }
}

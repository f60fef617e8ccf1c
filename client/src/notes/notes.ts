// Notes on the canvas: on a node, on a link, or free (a sticky note); numbered in the order they were made.
import type { Core } from 'cytoscape';
import type { Note } from '../../../server/src/investigations/contract.ts';

export type { Note };

export const newNoteId = () => `note-${Math.random().toString(36).slice(2, 10)}`;

/** Where a note points to, in graph coordinates; null when its node or link is not on the canvas. */
export function noteAnchor(cy: Core, note: Note): { x: number; y: number } | null {
  if (note.target.kind === 'free') return { x: note.target.x, y: note.target.y };
  const element = cy.$id(note.target.id);
  if (element.empty() || !element.visible()) return null;
  return note.target.kind === 'node' ? element.position() : element.midpoint();
}

/** "1. Chairman since 2015 (olga, 2026-02-01)": how a note reads below an exported picture. */
export const noteLine = (note: Note, index: number) =>
  `${index + 1}. ${note.text} (${note.author}, ${note.createdAt.slice(0, 10)})`;

// The notes of the open view: added here with the signed-in user as author (the server keeps the author of a
// saved note), moved, removed, and shown or hidden on the canvas.
import { useState } from 'react';
import { newNoteId, type Note } from './notes.ts';

export function useNotes(author: string) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [visible, setVisible] = useState(true);
  const add = (target: Note['target'], text: string) =>
    setNotes((all) => [...all, { id: newNoteId(), text, target, author, createdAt: new Date().toISOString() }]);
  return {
    notes,
    setNotes,
    visible,
    setVisible,
    add,
    remove: (id: string) => setNotes((all) => all.filter((n) => n.id !== id)),
    move: (id: string, x: number, y: number) =>
      setNotes((all) =>
        all.map((n) => (n.id === id && n.target.kind === 'free' ? { ...n, target: { kind: 'free', x, y } } : n)),
      ),
  };
}

export type NotesControls = ReturnType<typeof useNotes>;

// The side panel's notes on the selected node or link: read them (author, time), add one, remove one.
import { useState } from 'react';
import type { Note } from './notes.ts';

interface NotesSectionProps {
  target: { kind: 'node' | 'edge'; id: string };
  notes: Note[];
  onAdd(text: string): void;
  onRemove(id: string): void;
}

export function NotesSection({ target, notes, onAdd, onRemove }: NotesSectionProps) {
  const [text, setText] = useState('');
  const numbered = notes.map((note, i) => ({ note, number: i + 1 }));
  const here = numbered.filter(
    ({ note }) => note.target.kind === target.kind && 'id' in note.target && note.target.id === target.id,
  );
  return (
    <section aria-label="Notes">
      <h3>Notes</h3>
      {here.map(({ note, number }) => (
        <div key={note.id} className="note-item">
          <span className="note-number">{number}</span> {note.text}
          <div className="muted">
            {note.author} · {note.createdAt.slice(0, 16).replace('T', ' ')}
            <button className="link-button" onClick={() => onRemove(note.id)}>
              Remove
            </button>
          </div>
        </div>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          onAdd(text.trim());
          setText('');
        }}
      >
        <textarea
          aria-label="New note"
          placeholder="Add a note…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={2}
        />
        <button type="submit">Add note</button>
      </form>
    </section>
  );
}

// Notes drawn over the canvas: a numbered callout at what each note is about, with its text; free notes can be
// dragged. An HTML layer that follows the canvas's pan and zoom, so layouts and exports never see it.
import type { Core } from 'cytoscape';
import { useEffect, useReducer } from 'react';
import { noteAnchor, type Note } from './notes.ts';

interface NotesOverlayProps {
  cy: Core | null;
  notes: Note[];
  onMove(id: string, x: number, y: number): void;
}

function useCanvasFrame(cy: Core | null) {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!cy) return;
    let pending = false;
    const schedule = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => ((pending = false), redraw()));
    };
    cy.on('render viewport position', schedule);
    return () => void cy.off('render viewport position', schedule);
  }, [cy]);
}

function startDrag(cy: Core, note: Note, event: React.PointerEvent, onMove: NotesOverlayProps['onMove']) {
  if (note.target.kind !== 'free') return;
  const start = { x: event.clientX, y: event.clientY, nx: note.target.x, ny: note.target.y };
  const move = (e: PointerEvent) =>
    onMove(note.id, start.nx + (e.clientX - start.x) / cy.zoom(), start.ny + (e.clientY - start.y) / cy.zoom());
  const up = () => (window.removeEventListener('pointermove', move), window.removeEventListener('pointerup', up));
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
}

export function NotesOverlay({ cy, notes, onMove }: NotesOverlayProps) {
  useCanvasFrame(cy);
  if (!cy) return null;
  const zoom = cy.zoom();
  const pan = cy.pan();
  return (
    <div className="notes-overlay" aria-label="Notes on the canvas">
      {notes.map((note, i) => {
        const at = noteAnchor(cy, note);
        if (!at) return null;
        const free = note.target.kind === 'free';
        return (
          <div
            key={note.id}
            className={`canvas-note${free ? ' free' : ''}`}
            data-testid="canvas-note"
            style={{ left: at.x * zoom + pan.x, top: at.y * zoom + pan.y }}
            onPointerDown={(e) => startDrag(cy, note, e, onMove)}
          >
            <span className="note-number">{i + 1}</span>
            <span className="note-text">{note.text}</span>
          </div>
        );
      })}
    </div>
  );
}

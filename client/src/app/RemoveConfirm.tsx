// Asks before Delete removes more than one node from the canvas, naming how many and which.
export function RemoveConfirm({
  names,
  onConfirm,
  onCancel,
}: {
  names: string[];
  onConfirm(): void;
  onCancel(): void;
}) {
  const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` and ${names.length - 8} more` : '');
  return (
    <div className="modal-backdrop" onMouseDown={onCancel}>
      <div className="modal" role="alertdialog" aria-label="Remove nodes" onMouseDown={(e) => e.stopPropagation()}>
        <h2>Remove {names.length} nodes from the canvas?</h2>
        <p>{shown}.</p>
        <p className="muted">This only changes the canvas (Ctrl+Z brings them back); the database is not touched.</p>
        <div className="form-actions">
          <button className="danger" onClick={onConfirm} autoFocus>
            Remove {names.length} nodes
          </button>
          <button onClick={onCancel}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

// One rule for every edit form's submit button (Create, Save, Delete): disabled while the form has problems or
// is being sent, with the reason written next to it rather than left to guess.
export function SubmitButton({
  label,
  problems,
  busy,
  danger,
}: {
  label: string;
  /** What still blocks the submission, in words (empty when the form is valid). */
  problems: string[];
  busy: boolean;
  danger?: boolean;
}) {
  return (
    <>
      <button type="submit" className={danger ? 'danger' : undefined} disabled={busy || problems.length > 0}>
        {label}
      </button>
      {problems.length > 0 && (
        <span className="submit-blocked muted" role="status">
          Not yet: {problems.length === 1 ? problems[0] : `${problems.length} problems (${problems[0]}; …)`}
        </span>
      )}
    </>
  );
}

/** The foot of every edit form: the server's refusal (if any), the submit button and Cancel. */
export function FormActions({
  error,
  onCancel,
  ...submit
}: Parameters<typeof SubmitButton>[0] & { error: string | null; onCancel(): void }) {
  return (
    <>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <SubmitButton {...submit} />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** A form's problems by field path as one line each ("Name: Too small..."), for the submit button's reason. */
export const problemLines = (problems: Record<string, string>): string[] =>
  Object.entries(problems).map(([path, message]) => `${path.replace(/^sources\.0\.?/, 'source ').trim()} ${message}`);

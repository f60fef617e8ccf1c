// Inline edit and delete of the selected entity or relationship in the side panel: the model's fields, a source
// for every change, and on a stale version what changed meanwhile with a way to carry on from it.
import type { Source } from '@model/schema.ts';
import { useState } from 'react';
import type { z } from 'zod';
import { ConflictNotice, conflictCurrent, type VersionedRecord } from './ConflictNotice.tsx';
import {
  draftToRecord,
  draftToSource,
  problemsByField,
  recordToDraft,
  type Draft,
  type FormField,
} from './draftFields.ts';
import { FieldInputs } from './FieldInputs.tsx';
import { SourceInputs } from './SourceInputs.tsx';
import { FormActions, problemLines } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

export interface RecordEditorProps<T extends VersionedRecord> {
  /** 'entity' or 'relationship': names the forms ("Edit relationship") and their inputs' ids. */
  what: string;
  record: T;
  /** How the conflict notice names the record ("Chen Zhi", "OWNS Chen Zhi → Acme"). */
  title: string;
  fields: FormField[];
  /** The record's full schema; the editor validates the record as it would be stored. */
  schema: z.ZodType;
  /** What the delete confirmation asks ("Delete Acme and its 2 relationships?"). */
  deleteQuestion: string;
  save(changes: Record<string, unknown>, sources: Source[]): Promise<T>;
  remove(sources: Source[]): Promise<void>;
  onSaved(record: T): void;
  onDeleted(id: string): void;
}

/** The record as it would be stored after the edit (without its version), for the schema to judge. */
function candidateOf(record: VersionedRecord, fields: FormField[], edited: Record<string, unknown>, sources: Source[]) {
  const { version: _version, ...rest } = record as Record<string, unknown>;
  for (const { name } of fields) delete rest[name];
  return { ...rest, ...edited, sources };
}

/** The edit turned into a PATCH: changed fields, and null for those emptied. */
function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: FormField[],
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const { name } of fields) {
    if (JSON.stringify(before[name]) === JSON.stringify(after[name])) continue;
    changes[name] = after[name] ?? null;
  }
  return changes;
}

export function RecordEditor<T extends VersionedRecord>(props: RecordEditorProps<T>) {
  const { what, record, fields } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [draft, setDraft] = useState<Draft>(() => recordToDraft(fields, record));
  const [source, setSource] = useState<Draft>({});
  const [conflict, setConflict] = useState<T | null>(null);
  const submit = useSubmit();
  const edited = draftToRecord(fields, draft);
  const sources = [draftToSource(source)];
  const problems = problemsByField(props.schema, candidateOf(record, fields, edited, sources));

  /** A version conflict is shown with what changed and a way to load it; other errors as the server says. */
  const guarded = (work: () => Promise<void>) =>
    submit.run(async () => {
      try {
        await work();
      } catch (error) {
        const current = conflictCurrent<T>(error);
        if (!current) throw error;
        setConflict(current);
      }
    });
  const save = () =>
    guarded(async () => {
      props.onSaved(await props.save(changesOf(record, edited, fields), sources));
      setMode('view');
    });
  const remove = () =>
    guarded(async () => {
      await props.remove(sources);
      props.onDeleted(String(record.id));
    });
  // The panel then shows the current version, and this editor starts again from it (its key).
  const conflictNotice = conflict && (
    <ConflictNotice title={props.title} read={record} current={conflict} onLoad={() => props.onSaved(conflict)} />
  );

  if (mode === 'view') {
    return (
      <section className="entity-editor">
        {conflictNotice}
        <div className="panel-actions">
          <button onClick={() => setMode('edit')}>Edit</button>
          <button className="danger" onClick={() => setMode('delete')}>
            Delete…
          </button>
        </div>
      </section>
    );
  }
  const sourceProblems = Object.fromEntries(Object.entries(problems).filter(([path]) => path.startsWith('sources')));
  const blocking = mode === 'edit' ? problems : sourceProblems;
  return (
    <form
      className="edit-form entity-editor"
      aria-label={`${mode === 'edit' ? 'Edit' : 'Delete'} ${what}`}
      onSubmit={(e) => (e.preventDefault(), void (mode === 'edit' ? save() : remove()))}
    >
      <h3>
        {mode === 'edit' ? 'Edit' : 'Delete'} {what}
      </h3>
      {mode === 'edit' ? (
        <FieldInputs
          fields={fields}
          draft={draft}
          problems={problems}
          idPrefix={`edit-${what}`}
          onChange={(name, value) => setDraft({ ...draft, [name]: value })}
        />
      ) : (
        <p className="delete-warning" role="alert">
          {props.deleteQuestion} This is recorded in the audit trail.
        </p>
      )}
      <SourceInputs draft={source} problems={sourceProblems} idPrefix={`edit-${what}`} onChange={setSource} />
      {conflictNotice}
      <FormActions
        label={mode === 'edit' ? 'Save' : 'Delete'}
        problems={problemLines(blocking)}
        busy={submit.busy}
        danger={mode === 'delete'}
        error={submit.error}
        onCancel={() => setMode('view')}
      />
    </form>
  );
}

// Inline edit and delete of the selected entity in the side panel; a stale version shows the current state.
import type { StoredEntityShape } from '@api/types.ts';
import { entitySchemaFor } from '@model/schema.ts';
import { useMemo, useState } from 'react';
import { ApiRequestError, type ApiClient } from '../api/apiClient.ts';
import {
  draftToRecord,
  draftToSource,
  entityFormFields,
  problemsByField,
  recordToDraft,
  type Draft,
} from './draftFields.ts';
import { FieldInputs } from './FieldInputs.tsx';
import { SourceInputs } from './SourceInputs.tsx';
import { problemLines, SubmitButton } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

interface EntityEditorProps {
  api: ApiClient;
  entity: StoredEntityShape;
  degree: number;
  onSaved(entity: StoredEntityShape): void;
  onDeleted(id: string): void;
}

/** The edit turned into a PATCH: changed fields, and null for those emptied. */
function changesOf(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: string[],
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const name of names) {
    if (JSON.stringify(before[name]) === JSON.stringify(after[name])) continue;
    changes[name] = after[name] ?? null;
  }
  return changes;
}

export function EntityEditor({ api, entity, degree, onSaved, onDeleted }: EntityEditorProps) {
  const fields = useMemo(() => entityFormFields(entity.kind), [entity.kind]);
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [draft, setDraft] = useState<Draft>(() => recordToDraft(fields, entity));
  const [source, setSource] = useState<Draft>({});
  const submit = useSubmit();
  const edited = draftToRecord(fields, draft);
  const sources = [draftToSource(source)];
  const merged = { ...entity, ...edited, sources };
  for (const field of fields) if (!(field.name in edited)) delete (merged as Record<string, unknown>)[field.name];
  const { version: _v, ...candidate } = merged;
  const problems = problemsByField(entitySchemaFor(entity.kind), candidate);

  const conflictNote = (error: unknown) =>
    error instanceof ApiRequestError && error.code === 'version_conflict'
      ? ' Someone changed it meanwhile: reload it to see the current state.'
      : '';
  const save = () =>
    submit.run(async () => {
      try {
        const changes = changesOf(
          entity,
          edited,
          fields.map((f) => f.name),
        );
        onSaved((await api.updateEntity(entity.id, entity.version, changes, sources)).entity);
        setMode('view');
      } catch (error) {
        throw new Error(`${(error as Error).message}${conflictNote(error)}`);
      }
    });
  const remove = () =>
    submit.run(async () => {
      await api.deleteEntity(entity.id, entity.version, sources, degree > 0);
      onDeleted(entity.id);
    });

  if (mode === 'view') {
    return (
      <section className="entity-editor">
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
      aria-label={mode === 'edit' ? 'Edit entity' : 'Delete entity'}
      onSubmit={(e) => (e.preventDefault(), void (mode === 'edit' ? save() : remove()))}
    >
      {mode === 'edit' ? (
        <FieldInputs
          fields={fields}
          draft={draft}
          problems={problems}
          idPrefix="edit-entity"
          onChange={(name, value) => setDraft({ ...draft, [name]: value })}
        />
      ) : (
        <p className="delete-warning" role="alert">
          Delete {entity.name}
          {degree > 0 ? ` and its ${degree} relationship${degree === 1 ? '' : 's'}` : ''}? This is recorded in the audit
          trail.
        </p>
      )}
      <SourceInputs draft={source} problems={sourceProblems} idPrefix="edit-entity" onChange={setSource} />
      {submit.error && (
        <p className="error-text" role="alert">
          {submit.error}
        </p>
      )}
      <div className="form-actions">
        <SubmitButton
          label={mode === 'edit' ? 'Save' : 'Delete'}
          problems={problemLines(blocking)}
          busy={submit.busy}
          danger={mode === 'delete'}
        />
        <button type="button" onClick={() => setMode('view')}>
          Cancel
        </button>
      </div>
    </form>
  );
}

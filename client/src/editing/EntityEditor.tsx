// Inline edit and delete of the selected entity in the side panel; a stale version shows the current state.
import type { StoredEntityShape } from '@api/types.ts';
import { entitySchemaFor } from '@model/schema.ts';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { ConflictNotice, conflictCurrent } from './ConflictNotice.tsx';
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
import { FormActions, problemLines } from './SubmitButton.tsx';
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

  const [conflict, setConflict] = useState<StoredEntityShape | null>(null);
  /** A version conflict is shown with what changed and a way to load it; other errors as the server says. */
  const guarded = (work: () => Promise<void>) =>
    submit.run(async () => {
      try {
        await work();
      } catch (error) {
        const current = conflictCurrent(error);
        if (!current) throw error;
        setConflict(current);
      }
    });
  const save = () =>
    guarded(async () => {
      const changes = changesOf(
        entity,
        edited,
        fields.map((f) => f.name),
      );
      onSaved((await api.updateEntity(entity.id, entity.version, changes, sources)).entity);
      setMode('view');
    });
  const remove = () =>
    guarded(async () => {
      await api.deleteEntity(entity.id, entity.version, sources, degree > 0);
      onDeleted(entity.id);
    });
  // The panel re-reads the entity, and this editor starts again from the current version (its key).
  const conflictNotice = conflict && (
    <ConflictNotice read={entity} current={conflict} onLoad={() => onSaved(conflict)} />
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

// "Add entity": a form built from the kind's schema, validated as you type, warning of likely duplicates.
import type { DuplicateCandidate, StoredEntityShape } from '@api/types.ts';
import { ENTITY_KIND_NAMES, ENTITY_KINDS, entitySchemaFor, type EntityKind } from '@model/schema.ts';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import {
  draftToRecord,
  draftToSource,
  entityFormFields,
  PENDING_ID,
  problemsByField,
  type Draft,
} from './draftFields.ts';
import { FieldInputs } from './FieldInputs.tsx';
import { SourceInputs } from './SourceInputs.tsx';
import { useDuplicateCheck } from './useDuplicateCheck.ts';
import { FormActions, problemLines } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

interface AddEntityFormProps {
  api: ApiClient;
  onCreated(entity: StoredEntityShape): void;
  /** The user chose an existing entity instead of creating a duplicate. */
  onPickExisting(candidate: DuplicateCandidate): void;
  onCancel(): void;
}

export function describeCandidate(c: DuplicateCandidate): string {
  return `${c.name} (${c.sanctioned ? 'sanctioned, ' : ''}${ENTITY_KINDS[c.kind].label})`;
}

export function AddEntityForm({ api, onCreated, onPickExisting, onCancel }: AddEntityFormProps) {
  const [kind, setKind] = useState<EntityKind>('Company');
  const [draft, setDraft] = useState<Draft>({});
  const [source, setSource] = useState<Draft>({});
  const [touched, setTouched] = useState(false);
  const fields = useMemo(() => entityFormFields(kind), [kind]);
  const record = { ...draftToRecord(fields, draft), kind, sources: [draftToSource(source)] };
  const problems = problemsByField(entitySchemaFor(kind), { ...record, id: PENDING_ID });
  const candidates = useDuplicateCheck(api, record);
  const submit = useSubmit();
  const valid = Object.keys(problems).length === 0;

  const create = () => {
    setTouched(true);
    if (valid)
      void submit.run(async () =>
        onCreated((await api.createEntity({ ...record, allowDuplicate: candidates.length > 0 })).entity),
      );
  };
  return (
    <form className="edit-form" aria-label="Add entity" onSubmit={(e) => (e.preventDefault(), create())}>
      <h2>Add entity</h2>
      <label htmlFor="new-entity-kind">Kind</label>
      <select id="new-entity-kind" value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
        {ENTITY_KIND_NAMES.map((k) => (
          <option key={k} value={k}>
            {ENTITY_KINDS[k].label}
          </option>
        ))}
      </select>
      <FieldInputs
        fields={fields}
        draft={draft}
        problems={touched || draft.name ? problems : {}}
        idPrefix="new-entity"
        onChange={(name, value) => setDraft({ ...draft, [name]: value })}
      />
      {candidates.length > 0 && (
        <div className="duplicate-warning" role="status">
          {candidates.map((c) => (
            <p key={c.id}>
              Did you mean{' '}
              <button type="button" className="link-button" onClick={() => onPickExisting(c)}>
                {describeCandidate(c)}
              </button>
              ?<span className="muted"> {c.reasons.join(', ')}</span>
            </p>
          ))}
        </div>
      )}
      <SourceInputs draft={source} problems={touched ? problems : {}} idPrefix="new-entity" onChange={setSource} />
      <FormActions
        label={candidates.length ? 'Create anyway' : 'Create'}
        problems={problemLines(problems)}
        busy={submit.busy}
        error={submit.error}
        onCancel={onCancel}
      />
    </form>
  );
}

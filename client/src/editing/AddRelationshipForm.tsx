// "Add relationship": pick both ends among the nodes on screen and a type; fields come from the type's schema.
import type { StoredRelationshipShape } from '@api/types.ts';
import {
  allowsEndpoints,
  RELATIONSHIP_TYPE_NAMES,
  selfLinkProblem,
  RELATIONSHIP_TYPES,
  relationshipSchemaFor,
  type RelationshipType,
} from '@model/schema.ts';
import { useMemo, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { CanvasNode } from '../canvas/graphState.ts';
import {
  draftToRecord,
  draftToSource,
  PENDING_ID,
  problemsByField,
  relationshipFormFields,
  type Draft,
} from './draftFields.ts';
import { FieldInputs } from './FieldInputs.tsx';
import { SourceInputs } from './SourceInputs.tsx';
import { FormActions, problemLines } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

interface AddRelationshipFormProps {
  api: ApiClient;
  nodes: CanvasNode[];
  initialSource: string | null;
  onCreated(relationship: StoredRelationshipShape): void;
  onCancel(): void;
}

function endpointProblem(type: RelationshipType, from?: CanvasNode, to?: CanvasNode): string | null {
  if (!from || !to || allowsEndpoints(type, from.kind, to.kind)) return null;
  const spec = RELATIONSHIP_TYPES[type];
  const kinds = (list: readonly string[]) => (list.length ? list.join(', ') : 'any kind');
  return `${type} cannot join a ${from.kind} to a ${to.kind}: it goes from ${kinds(spec.from)} to ${kinds(spec.to)}.`;
}

function EndpointSelect({
  id,
  label,
  value,
  nodes,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  nodes: CanvasNode[];
  onChange(v: string): void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">(choose a node on the canvas)</option>
        {nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name} ({n.kind})
          </option>
        ))}
      </select>
    </>
  );
}

export function AddRelationshipForm({ api, nodes, initialSource, onCreated, onCancel }: AddRelationshipFormProps) {
  const [type, setType] = useState<RelationshipType>('OWNS');
  const [ends, setEnds] = useState({ source: initialSource ?? '', target: '' });
  const [draft, setDraft] = useState<Draft>({});
  const [source, setSource] = useState<Draft>({});
  const [touched, setTouched] = useState(false);
  const fields = useMemo(() => relationshipFormFields(type), [type]);
  const sorted = useMemo(() => [...nodes].sort((a, b) => a.name.localeCompare(b.name)), [nodes]);
  const byId = (id: string) => nodes.find((n) => n.id === id);
  const record = { ...draftToRecord(fields, draft), type, ...ends, sources: [draftToSource(source)] };
  const problems = problemsByField(relationshipSchemaFor(type), { ...record, id: PENDING_ID });
  const endpoints =
    selfLinkProblem(type, ends.source, ends.target) ?? endpointProblem(type, byId(ends.source), byId(ends.target));
  const submit = useSubmit();
  const valid = Object.keys(problems).length === 0 && !endpoints;

  const create = () => {
    setTouched(true);
    if (valid) void submit.run(async () => onCreated((await api.createRelationship(record)).relationship));
  };
  const shown = touched
    ? problems
    : Object.fromEntries(Object.entries(problems).filter(([path]) => draft[path] !== undefined));
  return (
    <form className="edit-form" aria-label="Add relationship" onSubmit={(e) => (e.preventDefault(), create())}>
      <h2>Add relationship</h2>
      <EndpointSelect
        id="new-rel-source"
        label="From"
        value={ends.source}
        nodes={sorted}
        onChange={(v) => setEnds({ ...ends, source: v })}
      />
      <label htmlFor="new-rel-type">Type</label>
      <select id="new-rel-type" value={type} onChange={(e) => setType(e.target.value as RelationshipType)}>
        {RELATIONSHIP_TYPE_NAMES.map((t) => (
          <option key={t} value={t}>
            {t} ({RELATIONSHIP_TYPES[t].label})
          </option>
        ))}
      </select>
      <EndpointSelect
        id="new-rel-target"
        label="To"
        value={ends.target}
        nodes={sorted}
        onChange={(v) => setEnds({ ...ends, target: v })}
      />
      {endpoints && (
        <p className="field-error" role="alert">
          {endpoints}
        </p>
      )}
      {touched && (shown.source || shown.target) && (
        <p className="field-error" role="alert">
          Choose both ends.
        </p>
      )}
      <FieldInputs
        fields={fields}
        draft={draft}
        problems={shown}
        idPrefix="new-rel"
        onChange={(name, value) => setDraft({ ...draft, [name]: value })}
      />
      <SourceInputs draft={source} problems={touched ? problems : {}} idPrefix="new-rel" onChange={setSource} />
      <FormActions
        label="Create"
        problems={[...(endpoints ? [endpoints] : []), ...problemLines(problems)]}
        busy={submit.busy}
        error={submit.error}
        onCancel={onCancel}
      />
    </form>
  );
}

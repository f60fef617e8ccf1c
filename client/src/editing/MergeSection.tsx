// "Merge into…": the selected entity is another record of one the graph already has. Pick the record to keep with
// the search box, read what moves to it, cite a source and confirm; the server moves everything in one transaction.
import type { EntityDetail, MergeResult, SearchHit, StoredEntityShape } from '@api/types.ts';
import { entityBaseFields } from '@model/schema.ts';
import { useState } from 'react';
import { z } from 'zod';
import type { ApiClient } from '../api/apiClient.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { countsByType } from '../side-panel/relationshipCounts.ts';
import { draftToSource, problemsByField, type Draft } from './draftFields.ts';
import { SourceInputs } from './SourceInputs.tsx';
import { FormActions, problemLines } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

const mergeSources = z.object({ sources: entityBaseFields.sources });

const plural = (n: number, word: string, suffix = 's') => `${n} ${word}${n === 1 ? '' : suffix}`;

/** What the merge moves from this record to the one kept, read from this record's details. */
function MergePreview({ detail, into }: { detail: EntityDetail; into: SearchHit }) {
  const entity = detail.entity as StoredEntityShape;
  const byType = countsByType(detail.relationshipCounts)
    .map((c) => `${c.label} ${c.count}`)
    .join(', ');
  return (
    <ul className="merge-moves" aria-label="What moves">
      <li>
        {plural(detail.degree, 'relationship')} {detail.degree === 1 ? 'moves' : 'move'} to {into.name}
        {byType ? ` (${byType})` : ''}.
      </li>
      <li>
        “{entity.name}”{entity.aliases.length ? ` and ${plural(entity.aliases.length, 'alias', 'es')}` : ''} become
        aliases of {into.name}; fields only {entity.name} has are filled in.
      </li>
      <li>
        {plural(entity.sources.length, 'source')} {entity.sources.length === 1 ? 'is' : 'are'} kept.
      </li>
      <li>{entity.name} is then deleted; the merge is recorded in the audit trail.</li>
    </ul>
  );
}

export function MergeSection({
  api,
  detail,
  onMerged,
}: {
  api: ApiClient;
  detail: EntityDetail;
  onMerged(result: MergeResult): void;
}) {
  const entity = detail.entity as StoredEntityShape;
  const [open, setOpen] = useState(false);
  const [into, setInto] = useState<SearchHit | null>(null);
  const [source, setSource] = useState<Draft>({});
  const submit = useSubmit();
  if (!open)
    return (
      <div className="panel-actions">
        <button onClick={() => setOpen(true)}>Merge into…</button>
      </div>
    );
  const sources = [draftToSource(source)];
  const problems = problemsByField(mergeSources, { sources });
  const blocking = [
    ...(!into ? ['choose the record to keep'] : into.id === entity.id ? ['choose another record than this one'] : []),
    ...problemLines(problems),
  ];
  const merge = () =>
    submit.run(async () => onMerged(await api.mergeEntities(into!.id, entity.id, entity.version, sources)));
  return (
    <form
      className="edit-form entity-editor"
      aria-label="Merge entity"
      onSubmit={(e) => (e.preventDefault(), void merge())}
    >
      <h3>Merge {entity.name} into…</h3>
      <SearchBox api={api} label="Record to keep" placeholder="the record to keep…" onPick={setInto} />
      {into && (
        <p className="merge-into">
          Keep <strong>{into.name}</strong> <span className="muted">({into.kind})</span>
        </p>
      )}
      {into && into.id !== entity.id && <MergePreview detail={detail} into={into} />}
      <SourceInputs draft={source} problems={problems} idPrefix="merge-entity" onChange={setSource} />
      <FormActions
        label="Merge"
        problems={blocking}
        busy={submit.busy}
        error={submit.error}
        onCancel={() => setOpen(false)}
      />
    </form>
  );
}

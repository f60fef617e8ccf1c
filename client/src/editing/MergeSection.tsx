// "Merge into…": the selected entity is another record of one the graph already has. Pick the record to keep with
// the search box, read what the server says the merge would do (a dry run), cite a source and confirm; the server
// moves everything in one transaction.
import type { EntityDetail, MergeResult, SearchHit, StoredEntityShape } from '@api/types.ts';
import { entityBaseFields, RELATIONSHIP_TYPES } from '@model/schema.ts';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { ApiClient } from '../api/apiClient.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { draftToSource, problemsByField, type Draft } from './draftFields.ts';
import { SourceInputs } from './SourceInputs.tsx';
import { FormActions, problemLines } from './SubmitButton.tsx';
import { useSubmit } from './useSubmit.ts';

const mergeSources = z.object({ sources: entityBaseFields.sources });

const plural = (n: number, word: string, suffix = 's') => `${n} ${word}${n === 1 ? '' : suffix}`;

type Preview = { result: MergeResult } | { refused: string } | null;

/** The server's dry run of the merge, asked again whenever another record to keep is picked. */
function useMergePreview(api: ApiClient, into: SearchHit | null, fromId: string): Preview {
  const [preview, setPreview] = useState<Preview>(null);
  useEffect(() => {
    setPreview(null);
    if (!into || into.id === fromId) return;
    const abort = new AbortController();
    api.previewMerge(into.id, fromId, abort.signal).then(
      (result) => setPreview({ result }),
      (error: Error) => !abort.signal.aborted && setPreview({ refused: error.message }),
    );
    return () => abort.abort();
  }, [api, into, fromId]);
  return preview;
}

function movedByType(result: MergeResult): string {
  const counts = new Map<string, number>();
  for (const r of result.movedRelationships) {
    const label = RELATIONSHIP_TYPES[r.type]?.label ?? r.type;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${label} ${n}`).join(', ');
}

/** What the merge would do, as the server computes it without writing anything. */
function MergePreview({ entity, into, preview }: { entity: StoredEntityShape; into: SearchHit; preview: Preview }) {
  if (!preview) return <p className="muted">Working out what the merge would move…</p>;
  if ('refused' in preview)
    return (
      <p className="error-text" role="alert">
        This merge would be refused: {preview.refused}
      </p>
    );
  const { entity: survivor, movedRelationships } = preview.result;
  const byType = movedByType(preview.result);
  return (
    <ul className="merge-moves" aria-label="What moves">
      <li>
        {plural(movedRelationships.length, 'relationship')} {movedRelationships.length === 1 ? 'moves' : 'move'} to{' '}
        {into.name}
        {byType ? ` (${byType})` : ''}.
      </li>
      <li>
        {into.name} will read as “{survivor.name}”, also known as {survivor.aliases.join('; ') || 'no other name'}.
      </li>
      <li>
        {plural(survivor.sources.length, 'source')} {survivor.sources.length === 1 ? 'is' : 'are'} kept, with the one
        you cite for the merge.
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
  const preview = useMergePreview(api, open ? into : null, entity.id);
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
    ...(preview && 'refused' in preview ? ['the server would refuse this merge'] : []),
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
      {into && into.id !== entity.id && <MergePreview entity={entity} into={into} preview={preview} />}
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

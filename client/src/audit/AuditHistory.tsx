// The selected entity's or relationship's history in the side panel: who changed what, when, citing which source.
import type { AuditEntry } from '@api/types.ts';
import type { ApiClient, AuditTarget } from '../api/apiClient.ts';
import { useLoaded } from '../api/useLoaded.ts';
import { SourceList } from '../side-panel/SourceList.tsx';
import { changedFields, summarize } from './describeAudit.ts';

interface AuditHistoryProps {
  api: ApiClient;
  target: AuditTarget;
  nameOf(id: string): string;
}

export function AuditHistory({ api, target, nameOf }: AuditHistoryProps) {
  const { data, error } = useLoaded(JSON.stringify(target), async () => (await api.audit(target)).entries);
  const state: { entries: AuditEntry[] | null; error: string | null } = { entries: data, error };
  return (
    <section className="audit-history" aria-label="History">
      <h3>History</h3>
      {state.error && <p className="error-text">{state.error}</p>}
      {state.entries?.length === 0 && <p className="muted">No recorded changes (the seed data has no edits).</p>}
      <ol className="audit-list">
        {state.entries?.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{entry.at.replace('T', ' ').slice(0, 16)}</time> {summarize(entry, nameOf)}
            {changedFields(entry).map((c) => (
              <div key={c.field} className="audit-change">
                {c.label}: <del>{c.from}</del> → <ins>{c.to}</ins>
              </div>
            ))}
            <SourceList sources={entry.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}

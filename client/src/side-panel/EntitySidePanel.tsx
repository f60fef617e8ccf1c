// The selected entity: kind, sanctions, aliases, properties, sources, and its links by type to expand.
import type { EntityDetail, SanctionSummary } from '@api/types.ts';
import { ENTITY_KINDS, type RelationshipType } from '@model/schema.ts';
import type { ReactNode } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { KIND_STYLES } from '../styles/graphStyles.ts';
import { PropertyTable } from './PropertyTable.tsx';
import { countsByType } from './relationshipCounts.ts';
import { SourceList, SourcesSection } from './SourceList.tsx';
import { useEntityDetail } from './useEntityDetail.ts';
import { DataWarnings } from './DataWarnings.tsx';

interface EntitySidePanelProps {
  api: ApiClient;
  id: string;
  onExpand(types: RelationshipType[]): void;
  onCollapse(): void;
  onRemove(): void;
  /** More sections for the loaded entity (editing and history), from capabilities beyond reading. */
  extras?(detail: EntityDetail): ReactNode;
  /** A line above the header (how many nodes are selected). */
  note?: ReactNode;
}

const SHOWN_ELSEWHERE = new Set(['id', 'name', 'kind', 'aliases', 'sources', 'notes', 'version', 'confidence']);

function entityRows(entity: EntityDetail['entity']) {
  const fields: Record<string, { label: string }> = ENTITY_KINDS[entity.kind]?.fields ?? {};
  return [
    { label: 'Confidence', value: entity.confidence },
    ...Object.entries(entity)
      .filter(([key]) => !SHOWN_ELSEWHERE.has(key))
      .map(([key, value]) => ({ label: fields[key]?.label ?? key, value })),
  ];
}

export function EntitySidePanel({ api, id, onExpand, onCollapse, onRemove, extras, note }: EntitySidePanelProps) {
  const { detail, error } = useEntityDetail(api, id);
  if (error)
    return (
      <aside className="side-panel">
        <p className="error-text" role="alert">
          {error}
        </p>
      </aside>
    );
  if (!detail)
    return (
      <aside className="side-panel">
        <p className="muted">Loading…</p>
      </aside>
    );
  const { entity } = detail;
  const kind = KIND_STYLES[entity.kind];
  return (
    <aside className="side-panel" aria-label="Entity details">
      {note}
      <header className="panel-header">
        <span className="kind-chip" style={{ background: kind.color }}>
          {kind.label}
        </span>
        {detail.sanctions.length > 0 && <span className="badge sanctioned">Sanctioned</span>}
        <h2>{entity.name}</h2>
      </header>
      <DataWarnings warnings={detail.dataWarnings} />
      {entity.aliases.length > 0 && (
        <section>
          <h3>Also known as</h3>
          <p className="aliases">{entity.aliases.join(' · ')}</p>
        </section>
      )}
      {detail.sanctions.length > 0 && <SanctionList sanctions={detail.sanctions} />}
      <section>
        <h3>Links ({detail.degree})</h3>
        <div className="expand-buttons">
          <button onClick={() => onExpand([])}>Expand all</button>
          {countsByType(detail.relationshipCounts).map((c) => (
            <button key={c.type} onClick={() => onExpand([c.type])} title={`Expand ${c.label} links`}>
              {c.type} ({c.count})
            </button>
          ))}
        </div>
        <div className="panel-actions">
          <button onClick={onCollapse}>Collapse</button>
          <button onClick={onRemove}>Remove</button>
        </div>
      </section>
      <section>
        <h3>Properties</h3>
        <PropertyTable rows={entityRows(entity)} />
        {typeof entity.notes === 'string' && <p className="notes">{entity.notes}</p>}
      </section>
      <SourcesSection sources={entity.sources} />
      {extras?.(detail)}
    </aside>
  );
}

function SanctionList({ sanctions }: { sanctions: SanctionSummary[] }) {
  return (
    <section>
      <h3>Sanctions ({sanctions.length})</h3>
      <ul className="sanction-list">
        {sanctions.map((s, i) => (
          <li key={`${s.authorityId}-${s.program}-${i}`}>
            <strong>{s.authority}</strong>
            {s.program && <span> · {s.program}</span>}
            {s.listedOn && <span className="muted"> · listed {s.listedOn}</span>}
            {s.listId && <span className="muted"> · list id {s.listId}</span>}
            <SourceList sources={s.sources} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// The selected relationship: its type, ends, properties (percentage, program, dates) and sources.
import type { ReactNode } from 'react';
import type { GraphEdge } from '@api/types.ts';
import { RELATIONSHIP_TYPES } from '@model/schema.ts';
import { EDGE_GROUP_STYLES, edgeGroupOf } from '../styles/graphStyles.ts';
import { fieldLabel } from '../audit/describeAudit.ts';
import { PropertyTable } from './PropertyTable.tsx';
import { SourcesSection } from './SourceList.tsx';

const SHOWN_ELSEWHERE = new Set(['id', 'type', 'source', 'target', 'sources', 'version']);

export function EdgeSidePanel({
  edge,
  nameOf,
  children,
}: {
  edge: GraphEdge;
  nameOf(id: string): string;
  /** More sections, e.g. the link's notes. */
  children?: ReactNode;
}) {
  const spec = RELATIONSHIP_TYPES[edge.type];
  const group = EDGE_GROUP_STYLES[edgeGroupOf(edge.type)];
  const rows = Object.entries(edge)
    .filter(([key]) => !SHOWN_ELSEWHERE.has(key))
    .map(([key, value]) => ({ label: fieldLabel(edge, key), value: key === 'percentage' ? `${value}%` : value }));
  return (
    <aside className="side-panel" aria-label="Relationship details">
      <header className="panel-header">
        <span className="kind-chip" style={{ background: group.color }}>
          {group.label}
        </span>
        <h2>{edge.type}</h2>
        <p className="edge-ends">
          {nameOf(edge.source)} <span className="muted">{spec?.label ?? edge.type}</span> {nameOf(edge.target)}
        </p>
      </header>
      {spec && <p className="muted">{spec.description}</p>}
      <section>
        <h3>Properties</h3>
        <PropertyTable rows={rows} />
      </section>
      <SourcesSection sources={edge.sources} />
      {children}
    </aside>
  );
}

// The right-hand panel: the selected entity or relationship, or a hint when nothing is selected.
import type { ReactNode } from 'react';
import type { MergeResult, StoredEntityShape, StoredRelationshipShape } from '@api/types.ts';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@model/schema.ts';
import type { EntityDetail } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import { EntityEditingSection } from '../editing/EntityEditingSection.tsx';
import { RelationshipEditingSection } from '../editing/RelationshipEditingSection.tsx';
import { EdgeSidePanel } from '../side-panel/EdgeSidePanel.tsx';
import { ExposureSection } from '../exposure/ExposureSection.tsx';
import { EntitySidePanel } from '../side-panel/EntitySidePanel.tsx';

/**
 * A sanctions regime applies to what can be listed (the model's SANCTIONED_BY sources: people, companies,
 * vessels...), not to countries, addresses or events, nor to an authority that lists others.
 */
export function exposureCanApply(detail: EntityDetail): boolean {
  const listable = (RELATIONSHIP_TYPES.SANCTIONED_BY.from as readonly string[]).includes(detail.entity.kind);
  const listsOthers = detail.relationshipCounts.some((c) => c.type === 'SANCTIONED_BY' && c.direction === 'in');
  return listable && !listsOthers;
}

export interface Selection {
  id: string;
  what: 'node' | 'edge';
}

interface DetailPanelProps {
  api: ApiClient;
  state: GraphState;
  selection: Selection | null;
  /** The canvas's graph state, which the exposure section marks. */
  store?: GraphStore | null;
  onExpand(id: string, types: RelationshipType[]): void;
  onCollapse(id: string): void;
  onRemove(id: string): void;
  /** Bumped after each write, so the panel re-reads the entity and its history. */
  revision: number;
  onEntitySaved(entity: StoredEntityShape): void;
  onEntityDeleted(id: string): void;
  onEntityMerged(result: MergeResult): void;
  onRelationshipSaved(relationship: StoredRelationshipShape): void;
  onRelationshipDeleted(id: string): void;
  canEdit: boolean;
  /** The timeline's date, which the exposure section follows. */
  asOf?: string | null;
  /** The notes section for the selected node or link. */
  notesFor?: (target: { kind: 'node' | 'edge'; id: string }) => ReactNode;
  /** Nodes selected on the canvas (Shift/Ctrl-click adds); the panel shows the last one clicked. */
  selectedCount?: number;
}

function SelectionNote({ count }: { count: number }) {
  if (count < 2) return null;
  return (
    <p className="selection-note" role="status">
      {count} nodes selected: <kbd>Delete</kbd> removes all {count} from the canvas. Showing the last one clicked.
    </p>
  );
}

export function DetailPanel({
  api,
  state,
  selection,
  onExpand,
  onCollapse,
  onRemove,
  revision,
  store = null,
  onEntitySaved,
  onEntityDeleted,
  onEntityMerged,
  onRelationshipSaved,
  onRelationshipDeleted,
  canEdit,
  asOf = null,
  notesFor = () => null,
  selectedCount = 0,
}: DetailPanelProps) {
  const nameOf = (id: string) => state.nodes[id]?.name ?? id;
  if (selection?.what === 'edge' && state.edges[selection.id]) {
    const edge = state.edges[selection.id];
    return (
      <EdgeSidePanel edge={edge} nameOf={nameOf}>
        {notesFor({ kind: 'edge', id: selection.id })}
        {/* Keyed by version: after each change the editor starts again from it and the history is re-read. */}
        <RelationshipEditingSection
          key={`${edge.id}:${String(edge.version)}`}
          api={api}
          relationship={edge as StoredRelationshipShape}
          nameOf={nameOf}
          onSaved={onRelationshipSaved}
          onDeleted={onRelationshipDeleted}
          canEdit={canEdit}
        />
      </EdgeSidePanel>
    );
  }
  if (selection?.what === 'node' && state.nodes[selection.id]) {
    const id = selection.id;
    return (
      <EntitySidePanel
        key={`${id}:${revision}`}
        api={api}
        id={id}
        onExpand={(types) => onExpand(id, types)}
        onCollapse={() => onCollapse(id)}
        onRemove={() => onRemove(id)}
        note={<SelectionNote count={selectedCount} />}
        extras={(detail) => (
          <>
            {notesFor({ kind: 'node', id })}
            {exposureCanApply(detail) && <ExposureSection api={api} id={id} store={store} asOf={asOf} />}
            <EntityEditingSection
              api={api}
              detail={detail}
              nameOf={nameOf}
              onSaved={onEntitySaved}
              onDeleted={onEntityDeleted}
              onMerged={onEntityMerged}
              canEdit={canEdit}
            />
          </>
        )}
      />
    );
  }
  return (
    <aside className="side-panel empty">
      <h2>Nothing selected</h2>
      <p className="muted">
        Click a node or a link to read its details and sources. Double-click a node to expand it; right-click for links
        by type.
      </p>
      <p className="muted">
        Shift-click adds a node to the selection. Press <kbd>?</kbd> for every keyboard shortcut.
      </p>
    </aside>
  );
}

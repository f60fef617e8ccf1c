// What a write does to the explorer: the canvas shows the change at once and the side panel re-reads the entity
// and its history. A write is in the database, so it is no canvas step: Ctrl+Z never undoes it (nor resurrects a
// deleted entity or relationship); the canvas's whole history is brought up to date instead.
import type { DuplicateCandidate, MergeResult, StoredEntityShape, StoredRelationshipShape } from '@api/types.ts';
import { useMemo, useState } from 'react';
import { removeNodes } from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import { dropEdge, mergeNode, putEdge, putNode, replaceEdge } from './canvasUpdates.ts';

export interface EditingSelection {
  select(id: string | null, what?: 'node' | 'edge'): void;
  showEntity(id: string, label: string): Promise<unknown>;
}

export function useEditingActions(store: GraphStore, selection: EditingSelection) {
  const [revision, setRevision] = useState(0);
  const handlers = useMemo(() => {
    const nodeOf = (entity: StoredEntityShape, sanctioned = false, degree = 0) => ({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      sanctioned,
      degree,
    });
    return {
      entityCreated(entity: StoredEntityShape) {
        store.applyEverywhere((s) => putNode(s, nodeOf(entity)));
        selection.select(entity.id, 'node');
      },
      relationshipCreated(relationship: StoredRelationshipShape) {
        store.applyEverywhere((s) => putEdge(s, relationship));
        selection.select(relationship.id, 'edge');
        setRevision((r) => r + 1);
      },
      entitySaved(entity: StoredEntityShape) {
        const shown = store.state.nodes[entity.id];
        store.applyEverywhere((s) =>
          s.nodes[entity.id] ? putNode(s, nodeOf(entity, shown?.sanctioned, shown?.degree)) : s,
        );
        setRevision((r) => r + 1);
      },
      entityDeleted(id: string) {
        store.applyEverywhere((s) => removeNodes(s, [id]));
        selection.select(null);
      },
      /** The merged-away node is replaced by the survivor, which is then selected. */
      entityMerged({ entity, mergedFrom, movedRelationships }: MergeResult) {
        const [gone, kept] = [store.state.nodes[mergedFrom], store.state.nodes[entity.id]];
        const sanctioned = Boolean(gone?.sanctioned || kept?.sanctioned);
        const degree = (kept?.degree ?? 0) + movedRelationships.length;
        const moved = movedRelationships.map((r) => r.id);
        store.applyEverywhere((s) => mergeNode(s, mergedFrom, nodeOf(entity, sanctioned, degree), moved));
        selection.select(entity.id, 'node');
        setRevision((r) => r + 1);
      },
      relationshipSaved(relationship: StoredRelationshipShape) {
        store.applyEverywhere((s) => replaceEdge(s, relationship));
      },
      relationshipDeleted(id: string) {
        store.applyEverywhere((s) => dropEdge(s, id));
        selection.select(null);
      },
      /** Puts an existing entity (a search hit or a duplicate candidate) on the canvas if needed, and selects it. */
      async pickExisting(candidate: Pick<DuplicateCandidate, 'id' | 'name'>) {
        if (!store.state.nodes[candidate.id]) await selection.showEntity(candidate.id, `Add ${candidate.name}`);
        selection.select(candidate.id, 'node');
      },
    };
  }, [store, selection]);
  return { revision, ...handlers };
}

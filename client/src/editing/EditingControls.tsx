// The top bar's "Add" menu: "Add entity" and "Add relationship", each opening its form in a dialog.
import type { DuplicateCandidate, StoredEntityShape, StoredRelationshipShape } from '@api/types.ts';
import { useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { Dropdown, MenuItem } from '../menus/Dropdown.tsx';
import { AddEntityForm } from './AddEntityForm.tsx';
import { AddRelationshipForm } from './AddRelationshipForm.tsx';
import './editing.css';

interface EditingControlsProps {
  api: ApiClient;
  state: GraphState;
  selectedNodeId: string | null;
  onEntityCreated(entity: StoredEntityShape): void;
  onRelationshipCreated(relationship: StoredRelationshipShape): void;
  onPickExisting(candidate: DuplicateCandidate): void;
}

export function EditingControls({
  api,
  state,
  selectedNodeId,
  onEntityCreated,
  onRelationshipCreated,
  onPickExisting,
}: EditingControlsProps) {
  const [open, setOpen] = useState<'entity' | 'relationship' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="editing-controls">
      <Dropdown label="Add" name="Add">
        <MenuItem onSelect={() => setOpen('entity')}>Add entity</MenuItem>
        <MenuItem
          onSelect={() => setOpen('relationship')}
          disabled={Object.keys(state.nodes).length === 0}
          title="Link two nodes on the canvas"
        >
          Add relationship
        </MenuItem>
      </Dropdown>
      {open && (
        <div className="edit-dialog" role="dialog" aria-label={open === 'entity' ? 'Add entity' : 'Add relationship'}>
          {open === 'entity' ? (
            <AddEntityForm
              api={api}
              onCreated={(entity) => (close(), onEntityCreated(entity))}
              onPickExisting={(candidate) => (close(), onPickExisting(candidate))}
              onCancel={close}
            />
          ) : (
            <AddRelationshipForm
              api={api}
              nodes={Object.values(state.nodes)}
              initialSource={selectedNodeId}
              onCreated={(relationship) => (close(), onRelationshipCreated(relationship))}
              onCancel={close}
            />
          )}
        </div>
      )}
    </div>
  );
}

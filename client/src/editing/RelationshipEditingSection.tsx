// What the side panel adds for a relationship: inline edit of its type's fields, delete, and its audit history.
import type { StoredRelationshipShape } from '@api/types.ts';
import { relationshipSchemaFor, type RelationshipType } from '@model/schema.ts';
import { useMemo } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { AuditHistory } from '../audit/AuditHistory.tsx';
import { relationshipFormFields } from './draftFields.ts';
import { RecordEditor } from './RecordEditor.tsx';

interface RelationshipEditingSectionProps {
  api: ApiClient;
  relationship: StoredRelationshipShape;
  nameOf(id: string): string;
  onSaved(relationship: StoredRelationshipShape): void;
  onDeleted(id: string): void;
  /** Analysts read the history but get no edit controls. */
  canEdit: boolean;
}

export function RelationshipEditingSection({
  api,
  relationship,
  nameOf,
  onSaved,
  onDeleted,
  canEdit,
}: RelationshipEditingSectionProps) {
  const { id, type, version } = relationship;
  const fields = useMemo(() => relationshipFormFields(type as RelationshipType), [type]);
  const title = `${type} ${nameOf(relationship.source)} → ${nameOf(relationship.target)}`;
  return (
    <>
      {canEdit && (
        <RecordEditor
          what="relationship"
          record={relationship}
          title={title}
          fields={fields}
          schema={relationshipSchemaFor(type as RelationshipType)}
          deleteQuestion={`Delete ${title}? Both entities stay.`}
          save={async (changes, sources) => (await api.updateRelationship(id, version, changes, sources)).relationship}
          remove={async (sources) => void (await api.deleteRelationship(id, version, sources))}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
      <AuditHistory api={api} target={{ relationship: id }} nameOf={nameOf} />
    </>
  );
}

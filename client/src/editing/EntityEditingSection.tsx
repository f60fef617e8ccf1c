// What the side panel adds for an entity: inline edit and delete, and its audit history.
import type { EntityDetail, StoredEntityShape } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { AuditHistory } from '../audit/AuditHistory.tsx';
import { EntityEditor } from './EntityEditor.tsx';

interface EntityEditingSectionProps {
  api: ApiClient;
  detail: EntityDetail;
  nameOf(id: string): string;
  onSaved(entity: StoredEntityShape): void;
  onDeleted(id: string): void;
  /** Analysts read the history but get no edit controls. */
  canEdit: boolean;
}

export function EntityEditingSection({ api, detail, nameOf, onSaved, onDeleted, canEdit }: EntityEditingSectionProps) {
  const entity = detail.entity as StoredEntityShape;
  return (
    <>
      {canEdit && (
        <EntityEditor
          key={entity.version}
          api={api}
          entity={entity}
          degree={detail.degree}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
      <AuditHistory api={api} entityId={entity.id} nameOf={nameOf} />
    </>
  );
}

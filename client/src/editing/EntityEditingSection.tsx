// What the side panel adds for an entity: inline edit, delete and merge, and its audit history.
import type { EntityDetail, MergeResult, StoredEntityShape } from '@api/types.ts';
import { entitySchemaFor } from '@model/schema.ts';
import { useMemo } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { AuditHistory } from '../audit/AuditHistory.tsx';
import { entityFormFields } from './draftFields.ts';
import { MergeSection } from './MergeSection.tsx';
import { RecordEditor } from './RecordEditor.tsx';

interface EntityEditingSectionProps {
  api: ApiClient;
  detail: EntityDetail;
  nameOf(id: string): string;
  onSaved(entity: StoredEntityShape): void;
  onDeleted(id: string): void;
  onMerged(result: MergeResult): void;
  /** Analysts read the history but get no edit controls. */
  canEdit: boolean;
}

export function EntityEditingSection(props: EntityEditingSectionProps) {
  const { api, detail, nameOf, onSaved, onDeleted, canEdit } = props;
  const entity = detail.entity as StoredEntityShape;
  const degree = detail.degree;
  const fields = useMemo(() => entityFormFields(entity.kind), [entity.kind]);
  const links = degree > 0 ? ` and its ${degree} relationship${degree === 1 ? '' : 's'}` : '';
  return (
    <>
      {canEdit && (
        <RecordEditor
          key={entity.version}
          what="entity"
          record={entity}
          title={entity.name}
          fields={fields}
          schema={entitySchemaFor(entity.kind)}
          deleteQuestion={`Delete ${entity.name}${links}?`}
          save={async (changes, sources) =>
            (await api.updateEntity(entity.id, entity.version, changes, sources)).entity
          }
          remove={async (sources) => void (await api.deleteEntity(entity.id, entity.version, sources, degree > 0))}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
      {canEdit && <MergeSection api={api} detail={detail} onMerged={props.onMerged} />}
      <AuditHistory api={api} target={{ entity: entity.id }} nameOf={nameOf} />
    </>
  );
}

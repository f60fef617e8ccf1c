// Right-click menu of a node: expand by relationship type with counts ("OWNS (12)"), collapse, remove, paths.
import type { RelationshipType } from '@model/schema.ts';
import { useEffect, useRef } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { countsByType } from '../side-panel/relationshipCounts.ts';
import { useEntityDetail } from '../side-panel/useEntityDetail.ts';

export interface NodeMenuAt {
  id: string;
  x: number;
  y: number;
}

interface NodeContextMenuProps {
  api: ApiClient;
  at: NodeMenuAt;
  onExpand(types: RelationshipType[]): void;
  onCollapse(): void;
  onRemove(): void;
  onPathFrom(): void;
  onClose(): void;
}

export function NodeContextMenu({
  api,
  at,
  onExpand,
  onCollapse,
  onRemove,
  onPathFrom,
  onClose,
}: NodeContextMenuProps) {
  const { detail, error } = useEntityDetail(api, at.id);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => !menu.current?.contains(e.target as Node) && onClose();
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [onClose]);
  const act = (fn: () => void) => () => {
    fn();
    onClose();
  };
  return (
    <div ref={menu} className="context-menu" role="menu" style={{ left: at.x, top: at.y }} aria-label="Node actions">
      <div className="menu-title">{detail?.entity.name ?? at.id}</div>
      {error && <div className="menu-status error-text">{error}</div>}
      {!detail && !error && <div className="menu-status">Counting links…</div>}
      {detail && (
        <>
          <button role="menuitem" onClick={act(() => onExpand([]))}>
            Expand all ({detail.degree})
          </button>
          {countsByType(detail.relationshipCounts).map((c) => (
            <button role="menuitem" key={c.type} onClick={act(() => onExpand([c.type]))}>
              {c.type} ({c.count})
            </button>
          ))}
        </>
      )}
      <hr />
      <button role="menuitem" onClick={act(onCollapse)}>
        Collapse expansion
      </button>
      <button role="menuitem" onClick={act(onPathFrom)}>
        Find paths from here…
      </button>
      <button role="menuitem" onClick={act(onRemove)}>
        Remove
      </button>
    </div>
  );
}

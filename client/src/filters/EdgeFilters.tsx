// Show or hide edges by group (ownership, control, sanction, family/associate, event, other).
import type { EdgeGroup } from '@model/schema.ts';
import { EDGE_GROUP_STYLES, EDGE_GROUPS } from '../styles/graphStyles.ts';

interface EdgeFiltersProps {
  hidden: EdgeGroup[];
  counts: Partial<Record<EdgeGroup, number>>;
  onChange(hidden: EdgeGroup[]): void;
}

export function EdgeFilters({ hidden, counts, onChange }: EdgeFiltersProps) {
  const toggle = (group: EdgeGroup) =>
    onChange(hidden.includes(group) ? hidden.filter((g) => g !== group) : [...hidden, group]);
  return (
    <fieldset className="edge-filters">
      <legend>Links shown</legend>
      {EDGE_GROUPS.map((group) => {
        const style = EDGE_GROUP_STYLES[group];
        return (
          <div className="filter-row" key={group}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.includes(group)}
                onChange={() => toggle(group)}
                aria-label={`Show ${style.label} links`}
              />
              <span className={`line-swatch ${style.line}`} style={{ borderColor: style.color }} />
              {style.label}
              <span className="count">{counts[group] ?? 0}</span>
            </label>
            <button
              className="link-button"
              onClick={() => onChange(EDGE_GROUPS.filter((g) => g !== group))}
              title={`Show only ${style.label} links`}
            >
              only
            </button>
          </div>
        );
      })}
      {hidden.length > 0 && (
        <button className="link-button" onClick={() => onChange([])}>
          Show all links
        </button>
      )}
    </fieldset>
  );
}

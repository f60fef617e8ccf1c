// The bounds of a path search: link types (whole groups or single types), longest path, direction, hub limit.
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type EdgeGroup, type RelationshipType } from '@model/schema.ts';
import type { Direction } from '../canvas/graphState.ts';
import { Choice, type ChoiceOption } from '../menus/Choice.tsx';
import { EDGE_GROUP_STYLES, EDGE_GROUPS } from '../styles/graphStyles.ts';
import { DEFAULT_HUB_LIMIT, MAX_HOPS_LIMIT, type PathOptions } from './pathBounds.ts';

const typesOf = (group: EdgeGroup) => RELATIONSHIP_TYPE_NAMES.filter((t) => RELATIONSHIP_TYPES[t].group === group);

function TypePicker({ types, onChange }: { types: RelationshipType[]; onChange(types: RelationshipType[]): void }) {
  const chosen = new Set(types.length ? types : RELATIONSHIP_TYPE_NAMES);
  const set = (next: Set<RelationshipType>) =>
    onChange(next.size === RELATIONSHIP_TYPE_NAMES.length ? [] : RELATIONSHIP_TYPE_NAMES.filter((t) => next.has(t)));
  const toggle = (list: RelationshipType[], on: boolean) => {
    const next = new Set(chosen);
    for (const t of list)
      if (on) next.add(t);
      else next.delete(t);
    set(next);
  };
  return (
    <details className="path-types">
      <summary>Link types: {types.length ? `${types.length} of ${RELATIONSHIP_TYPE_NAMES.length}` : 'all'}</summary>
      {EDGE_GROUPS.map((group) => {
        const members = typesOf(group);
        return (
          <div key={group} className="path-type-group">
            <label>
              <input
                type="checkbox"
                checked={members.every((t) => chosen.has(t))}
                onChange={(e) => toggle(members, e.target.checked)}
                aria-label={`Paths over ${EDGE_GROUP_STYLES[group].label} links`}
              />
              <strong>{EDGE_GROUP_STYLES[group].label}</strong>
            </label>
            {members.map((t) => (
              <label key={t} className="path-type">
                <input
                  type="checkbox"
                  checked={chosen.has(t)}
                  onChange={(e) => toggle([t], e.target.checked)}
                  aria-label={`Paths over ${t}`}
                />
                {RELATIONSHIP_TYPES[t].label}
              </label>
            ))}
          </div>
        );
      })}
      {types.length > 0 && (
        <button className="link-button" onClick={() => onChange([])}>
          Every type
        </button>
      )}
    </details>
  );
}

const HOP_CHOICES: ChoiceOption<number>[] = Array.from({ length: MAX_HOPS_LIMIT }, (_, i) => ({
  value: i + 1,
  label: `${i + 1} hop${i === 0 ? '' : 's'}`,
}));
const DIRECTIONS: ChoiceOption<Direction>[] = [
  { value: 'both', label: 'either way' },
  { value: 'out', label: 'along the links (from → to)' },
  { value: 'in', label: 'against the links' },
];

export function PathBoundsControls({ options, onChange }: { options: PathOptions; onChange(o: PathOptions): void }) {
  const set = (patch: Partial<PathOptions>) => onChange({ ...options, ...patch });
  return (
    <div className="path-bounds">
      <TypePicker types={options.types} onChange={(types) => set({ types })} />
      <Choice
        caption="At most"
        name="Maximum hops"
        value={options.maxHops}
        options={HOP_CHOICES}
        onChange={(maxHops) => set({ maxHops })}
      />
      <Choice
        caption="Direction"
        name="Path direction"
        value={options.direction}
        options={DIRECTIONS}
        onChange={(direction) => set({ direction })}
      />
      <label className="path-hubs">
        <input
          type="checkbox"
          checked={options.avoidHubsAbove !== null}
          onChange={(e) => set({ avoidHubsAbove: e.target.checked ? DEFAULT_HUB_LIMIT : null })}
        />
        Avoid hubs above
        <input
          type="number"
          min={1}
          aria-label="Hub limit (links)"
          disabled={options.avoidHubsAbove === null}
          value={options.avoidHubsAbove ?? DEFAULT_HUB_LIMIT}
          onChange={(e) => set({ avoidHubsAbove: Math.max(1, Math.round(Number(e.target.value) || 1)) })}
        />
        links
      </label>
    </div>
  );
}

// "Show only": narrow the canvas to the entities and links whose properties match. Each change is one undoable
// step; a text field applies on Enter or on leaving it, and a value the server would refuse is named, not applied.
import { ENTITY_KIND_NAMES } from '@model/schema.ts';
import { useState, type ReactNode } from 'react';
import {
  cleanShowOnly,
  isFiltering,
  type FilterChoices,
  type ShowOnly,
  type ShowOnlyKey,
  type ShowOnlyMarks,
  type ShowOnlyProblem,
} from './showOnly.ts';
import './filters.css';

interface ShowOnlyFiltersProps {
  showOnly: ShowOnly;
  marks: ShowOnlyMarks;
  choices: FilterChoices;
  onChange(showOnly: ShowOnly): void;
}

const CONFIDENCE: [string, string][] = [
  ['high', 'High'],
  ['high,medium', 'High or medium'],
  ['medium', 'Medium'],
  ['low', 'Low'],
];

const LABELS: Record<ShowOnlyKey, string> = {
  kinds: 'Kind',
  jurisdiction: 'Jurisdiction',
  nationality: 'Nationality',
  program: 'Program',
  list: 'List',
  listedFrom: 'Listed from',
  listedTo: 'Listed to',
  confidence: 'Confidence',
  publisher: 'Publisher',
  minPercentage: 'Ownership from %',
  maxPercentage: 'Ownership to %',
};

/** Options for a select, keeping a value from a link or a saved view that the canvas does not offer. */
function options(value: string | undefined, offered: [string, string][]) {
  const all = value && !offered.some(([v]) => v === value) ? [...offered, [value, value]] : offered;
  return [['', 'Any'], ...all].map(([v, label]) => (
    <option key={v} value={v}>
      {label}
    </option>
  ));
}

type SetFilter = (key: ShowOnlyKey, value: string) => void;

/** One labelled row per filter: selects apply on change, text fields on Enter or on leaving the field. */
function fieldMakers(showOnly: ShowOnly, set: SetFilter) {
  const field = (key: ShowOnlyKey, input: ReactNode) => (
    <label key={key}>
      <span>{LABELS[key]}</span>
      {input}
    </label>
  );
  const input = (key: ShowOnlyKey, attributes: { placeholder?: string; list?: string; type?: string }) => (
    <input
      key={showOnly[key] ?? ''}
      aria-label={LABELS[key]}
      defaultValue={showOnly[key] ?? ''}
      {...attributes}
      onBlur={(e) => set(key, e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && set(key, e.currentTarget.value)}
    />
  );
  return {
    select: (key: ShowOnlyKey, offered: [string, string][]) =>
      field(
        key,
        <select aria-label={LABELS[key]} value={showOnly[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
          {options(showOnly[key], offered)}
        </select>,
      ),
    text: (key: ShowOnlyKey, attributes: { placeholder?: string; list?: string; type?: string } = {}) =>
      field(key, input(key, attributes)),
    /** The ownership range on one row, to keep the panel short. */
    percentages: () => (
      <div className="show-only-range" role="group" aria-label="Ownership %">
        <span>Ownership %</span>
        {input('minPercentage', { type: 'number', placeholder: '0' })}
        <span>to</span>
        {input('maxPercentage', { type: 'number', placeholder: '100' })}
      </div>
    ),
  };
}

function ShowOnlyFields({ showOnly, choices, set }: { showOnly: ShowOnly; choices: FilterChoices; set: SetFilter }) {
  const { select, text, percentages } = fieldMakers(showOnly, set);
  return (
    <div className="show-only-fields">
      {select(
        'kinds',
        ENTITY_KIND_NAMES.map((k) => [k, k]),
      )}
      {text('jurisdiction', { placeholder: 'KH' })}
      {text('nationality', { placeholder: 'KH' })}
      {text('program', { placeholder: 'TCO', list: 'show-only-programs' })}
      {select(
        'list',
        choices.authorities.map((a) => [a.id, a.name]),
      )}
      {text('listedFrom', { type: 'date' })}
      {text('listedTo', { type: 'date' })}
      {percentages()}
      {select('confidence', CONFIDENCE)}
      {text('publisher', { list: 'show-only-publishers', placeholder: 'of a source' })}
      <datalist id="show-only-programs">
        {choices.programs.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="show-only-publishers">
        {choices.publishers.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
    </div>
  );
}

export function ShowOnlyFilters({ showOnly, marks, choices, onChange }: ShowOnlyFiltersProps) {
  const [problem, setProblem] = useState<ShowOnlyProblem | null>(null);
  const set: SetFilter = (key, value) => {
    const checked = cleanShowOnly({ [key]: value });
    setProblem(checked.problems[0] ?? null);
    if (!checked.problems.length) onChange({ ...showOnly, [key]: checked.showOnly[key] });
  };
  return (
    <fieldset className="show-only">
      <legend>Show only</legend>
      <ShowOnlyFields showOnly={showOnly} choices={choices} set={set} />
      {problem && (
        <p className="show-only-problem" role="alert">
          {LABELS[problem.key]}: {problem.message}
        </p>
      )}
      {isFiltering(showOnly) && <ShowOnlySummary marks={marks} onClear={() => onChange({})} />}
    </fieldset>
  );
}

function ShowOnlySummary({ marks, onClear }: { marks: ShowOnlyMarks; onClear(): void }) {
  return (
    <div className="show-only-summary">
      <span data-testid="show-only-count">
        {marks.nodesShown} of {marks.nodes} nodes shown
        {marks.pending > 0 && ` (checking ${marks.pending}…)`}
        {marks.unknownLinks > 0 &&
          `; ${marks.unknownLinks} link${marks.unknownLinks === 1 ? '' : 's'} hidden for an unknown value`}
      </span>
      <button className="link-button" onClick={onClear} title="Clear the show-only filters">
        Clear
      </button>
    </div>
  );
}

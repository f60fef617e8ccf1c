// Pick two entities (from the selection or by search), bound the search, and step through the shortest paths.
import type { PathResult, SearchHit } from '@api/types.ts';
import type { Core } from 'cytoscape';
import { useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { defaultPathOptions, type PathOptions } from './pathBounds.ts';
import { PathBoundsControls } from './PathBoundsControls.tsx';
import { PathSteps } from './PathSteps.tsx';

export interface PathEnd {
  id: string;
  name: string;
}

interface PathFinderProps {
  api: ApiClient;
  from: PathEnd | null;
  to: PathEnd | null;
  selection: PathEnd | null;
  busy: boolean;
  onChange(end: 'from' | 'to', value: PathEnd | null): void;
  onFind(
    from: PathEnd,
    to: PathEnd,
    options: PathOptions,
  ): Promise<{ result: PathResult; message: string } | undefined>;
  cy: Core | null;
}

function PathEndField({
  api,
  end,
  value,
  selection,
  onChange,
}: {
  api: ApiClient;
  end: 'from' | 'to';
  value: PathEnd | null;
  selection: PathEnd | null;
  onChange(v: PathEnd | null): void;
}) {
  const title = end === 'from' ? 'From' : 'To';
  return (
    <div className="path-end">
      <div className="path-end-head">
        <span className="path-end-label">{title}</span>
        {value ? <strong data-testid={`path-${end}`}>{value.name}</strong> : <span className="muted">not chosen</span>}
        {value && (
          <button className="link-button" onClick={() => onChange(null)} aria-label={`Clear ${title}`}>
            ×
          </button>
        )}
      </div>
      <div className="path-end-choose">
        <button
          disabled={!selection}
          onClick={() => selection && onChange(selection)}
          title={selection ? `Use ${selection.name}` : 'Select a node first'}
        >
          Use selection
        </button>
        <SearchBox
          api={api}
          label={`Path ${title.toLowerCase()}`}
          placeholder="or search…"
          onPick={(hit: SearchHit) => onChange({ id: hit.id, name: hit.name })}
        />
      </div>
    </div>
  );
}

export function PathFinder({ api, from, to, selection, busy, onChange, onFind, cy }: PathFinderProps) {
  const [options, setOptions] = useState<PathOptions>(defaultPathOptions);
  const [found, setFound] = useState<{ result: PathResult; message: string } | null>(null);
  const find = async () => {
    if (!from || !to) return;
    setFound(null);
    setFound((await onFind(from, to, options)) ?? null);
  };
  return (
    <section className="path-finder" aria-label="Find paths">
      <h3>Find paths</h3>
      <PathEndField api={api} end="from" value={from} selection={selection} onChange={(v) => onChange('from', v)} />
      <PathEndField api={api} end="to" value={to} selection={selection} onChange={(v) => onChange('to', v)} />
      <PathBoundsControls options={options} onChange={setOptions} />
      <button className="primary" disabled={!from || !to || from.id === to.id || busy} onClick={() => void find()}>
        Find shortest paths
      </button>
      {found && !found.result.paths.length && (
        <p className="path-none" role="status">
          {found.message}
        </p>
      )}
      {found && found.result.paths.length > 0 && (
        <PathSteps key={found.message + found.result.paths.length} result={found.result} cy={cy} />
      )}
    </section>
  );
}

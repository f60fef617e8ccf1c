// The side panel's sanctions exposure: per regime, whether the entity is listed, blocked by derivation,
// possibly exposed, undetermined or clear, and why, with a button that highlights the deciding chains on the
// canvas. An answer that is not certain (possibly listed, possibly exposed, undetermined) carries a warning.
import { useEffect, useState } from 'react';
import type { ExposureStatus } from '@api/types.ts';
import type { ApiClient } from '../api/apiClient.ts';
import { useLoaded } from '../api/useLoaded.ts';
import { highlightElements, markDerived } from '../canvas/graphState.ts';
import type { GraphStore } from '../canvas/graphStore.ts';
import { DataWarnings } from '../side-panel/DataWarnings.tsx';
import { decidingIds, derivedIds } from './exposureCanvas.ts';
import './exposure.css';

const STATUS_LABELS: Record<ExposureStatus, string> = {
  listed: 'Listed',
  possibly_listed: 'Possibly listed',
  blocked: 'Blocked (derived)',
  possibly_exposed: 'Possibly exposed',
  undetermined: 'Undetermined',
  clear: 'Clear',
};

/** What an uncertain answer warns of; a certain one has no warning. */
const WARNINGS: Partial<Record<ExposureStatus, string>> = {
  possibly_listed: 'Not certain: the listing date is unknown on this day. Check the list.',
  possibly_exposed: 'Not certain: unknown or conflicting stakes could reach the threshold. Do not treat as clear.',
  undetermined: 'Not checked to the end: the walk upstream was cut off. Do not treat as clear.',
};

const REGIME_LABELS = {
  US: 'US (OFAC 50% rule)',
  UK: 'UK (ownership and control)',
  EU: 'EU (ownership and control)',
  UN: 'UN (Security Council listings)',
};

function useExposure(api: ApiClient, id: string, asOf: string | null) {
  const { data, error } = useLoaded(`${id}@${asOf ?? 'today'}`, () => api.exposure(id, asOf ?? undefined));
  return { result: data, error };
}

/**
 * `asOf` follows the timeline: the exposure of the entity on that date (today when null). The derivation marks
 * are a fact from the server, kept through undo; highlighting the deciding chains is an undoable canvas step.
 */
export function ExposureSection({
  api,
  id,
  store,
  asOf = null,
}: {
  api: ApiClient;
  id: string;
  store: GraphStore | null;
  asOf?: string | null;
}) {
  const { result, error } = useExposure(api, id, asOf);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  useEffect(() => {
    if (result && store) store.applyEverywhere((state) => markDerived(state, derivedIds(result)));
  }, [result, store]);
  const highlightDeciding = (graph: GraphStore, deciding: string[]) => {
    graph.apply('Highlight deciding paths', (state) => highlightElements(state, deciding));
    setHighlighted(graph.state.highlighted.length);
  };
  if (error)
    return (
      <section aria-label="Sanctions exposure">
        <h3>Sanctions exposure</h3>
        <p className="error-text" role="alert">
          {error}
        </p>
      </section>
    );
  if (!result)
    return (
      <section aria-label="Sanctions exposure">
        <h3>Sanctions exposure</h3>
        <p className="muted">Computing…</p>
      </section>
    );
  const hasChains = result.regimes.some((r) => r.chains.length > 0);
  return (
    <section aria-label="Sanctions exposure">
      <h3>
        Sanctions exposure <span className="muted">as of {result.asOf}</span>
      </h3>
      <DataWarnings warnings={result.dataWarnings} />
      <ul className="exposure-list">
        {result.regimes.map((r) => (
          <li key={r.regime} className={`exposure exposure-${r.status}`}>
            <strong>{REGIME_LABELS[r.regime]}: </strong>
            <span className={`badge exposure-badge exposure-${r.status}`}>{STATUS_LABELS[r.status]}</span>
            {WARNINGS[r.status] && (
              <p className="exposure-warning" role="alert">
                ⚠ {WARNINGS[r.status]}
              </p>
            )}
            <p>{r.explanation}</p>
          </li>
        ))}
      </ul>
      {hasChains && store && (
        <button onClick={() => highlightDeciding(store, decidingIds(result))}>Highlight deciding paths</button>
      )}
      {highlighted !== null && (
        <p className="muted">
          {highlighted > 0
            ? `${highlighted} elements highlighted on the canvas.`
            : 'The deciding entities are not on the canvas: expand their owners to see them.'}
        </p>
      )}
      <p className="muted small">{result.disclaimer}</p>
    </section>
  );
}

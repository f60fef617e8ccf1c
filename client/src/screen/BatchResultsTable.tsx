// A finished batch's results, filtered: only rows with matches (by default), and only matches from a score up.
import type { BatchRowResult } from '@api/types.ts';
import { useMemo, useState } from 'react';
import { MatchCard, type OpenInExplorer } from './MatchCard.tsx';

const SHOWN = 500;

export function filterResults(results: BatchRowResult[], matchesOnly: boolean, minScore: number): BatchRowResult[] {
  return results
    .map((row) => ({ ...row, matches: row.matches.filter((m) => m.score >= minScore) }))
    .filter((row) => !matchesOnly || row.matches.length > 0);
}

interface Props {
  results: BatchRowResult[];
  minScore: number;
  onOpen: OpenInExplorer;
}

export function BatchResultsTable({ results, minScore, onOpen }: Props) {
  const [matchesOnly, setMatchesOnly] = useState(true);
  const [scoreFrom, setScoreFrom] = useState(minScore);
  const rows = useMemo(() => filterResults(results, matchesOnly, scoreFrom), [results, matchesOnly, scoreFrom]);
  return (
    <div className="batch-results">
      <div className="batch-filters" role="group" aria-label="Filter results">
        <label>
          <input type="checkbox" checked={matchesOnly} onChange={(e) => setMatchesOnly(e.target.checked)} /> Matches
          only
        </label>
        <label>
          Score from {Math.round(scoreFrom * 100)}%
          <input
            type="range"
            min={minScore}
            max={1}
            step={0.01}
            value={scoreFrom}
            aria-label="Lowest score shown"
            onChange={(e) => setScoreFrom(Number(e.target.value))}
          />
        </label>
        <span className="muted">
          {rows.length.toLocaleString('en-US')} of {results.length.toLocaleString('en-US')} rows
          {rows.length > SHOWN && ` (the first ${SHOWN} shown; download for all)`}
        </span>
      </div>
      <table className="batch-table">
        <thead>
          <tr>
            <th>Line</th>
            <th>Reference</th>
            <th>Screened name</th>
            <th>Matches</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              <td>{row.reference ?? ''}</td>
              <td>{row.name}</td>
              <td>
                {row.matches.length ? (
                  row.matches.map((m) => <MatchCard key={m.id} match={m} onOpen={onOpen} />)
                ) : (
                  <span className="muted">no match</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// Where a fact comes from: each source as a link (or a list reference), its publisher and date.
import type { Source } from '@model/schema.ts';

export function SourceList({ sources }: { sources: Source[] }) {
  if (!sources.length) return <p className="muted">No source recorded.</p>;
  return (
    <ul className="source-list">
      {sources.map((s, i) => (
        <li key={`${s.url ?? s.reference}-${i}`}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title ?? s.publisher}
            </a>
          ) : (
            <span>{s.title ?? s.publisher}</span>
          )}
          <span className="muted">
            {' '}
            · {s.title ? `${s.publisher}, ` : ''}
            {s.date}
          </span>
          {s.reference && <div className="source-ref">{s.reference}</div>}
        </li>
      ))}
    </ul>
  );
}

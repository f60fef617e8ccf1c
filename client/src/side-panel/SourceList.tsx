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

/** The "Sources (n)" block that closes both side panels. */
export function SourcesSection({ sources }: { sources: Source[] }) {
  return (
    <section>
      <h3>Sources ({sources.length})</h3>
      <SourceList sources={sources} />
    </section>
  );
}

// One screening match: the listed entity, the name or alias that matched, the score and what made it, its lists,
// its exposure per regime (batch results carry it), and a way to open it in the explorer.
import type { BatchMatch, ScreeningMatch } from '@api/types.ts';
import '../exposure/exposure.css';

export type OpenInExplorer = (id: string, name: string) => void;

const percent = (score: number) => `${Math.round(score * 100)}%`;

function featureText(features: Record<string, number>): string {
  return Object.entries(features)
    .filter(([name]) => name !== 'name_match')
    .map(([name, value]) => `${name.replace(/_/g, ' ')} ${value > 0 ? '+' : ''}${value}`)
    .join(', ');
}

export function MatchCard({ match, onOpen }: { match: ScreeningMatch | BatchMatch; onOpen: OpenInExplorer }) {
  const features = featureText(match.features);
  return (
    <div className="match-card">
      <div className="match-head">
        <span className="match-score" title="Score: the best name or alias, adjusted by the features">
          {percent(match.score)}
        </span>
        <strong>{match.name}</strong>
        <span className="muted">{match.kind}</span>
        <button type="button" className="link-button" onClick={() => onOpen(match.id, match.name)}>
          Open in explorer
        </button>
      </div>
      {match.matchedIsAlias && <div className="muted">matched the alias “{match.matchedName}”</div>}
      {features && <div className="muted">features: {features}</div>}
      <div className="match-lists">
        {match.lists.map((l, i) => (
          <span key={i} className="match-list">
            {[l.authority, l.program, l.listId && `#${l.listId}`, l.listedOn].filter(Boolean).join(' · ')}
          </span>
        ))}
      </div>
      {'exposure' in match && (
        <div className="match-exposure">
          {match.exposure.map((e) => (
            <span key={e.regime} className={`badge exposure-badge exposure-${e.status}`}>
              {e.regime}: {e.status.replace(/_/g, ' ')}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

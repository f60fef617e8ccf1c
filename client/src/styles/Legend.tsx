// The on-screen legend: the kinds and link groups present on the canvas, drawn from the same style tables.
import type { LegendEntry } from '../export/scene.ts';
import { outlineOf, type Outline } from '../export/shapes.ts';
import { SANCTIONED_COLOR } from './graphStyles.ts';

function OutlineShape({ outline, fill, stroke }: { outline: Outline; fill: string; stroke?: string }) {
  const common = { fill, stroke: stroke ?? 'none', strokeWidth: stroke ? 2.5 : 0 };
  if (outline.type === 'circle') return <circle cx={outline.cx} cy={outline.cy} r={outline.r} {...common} />;
  if (outline.type === 'rect')
    return <rect x={outline.x} y={outline.y} width={outline.w} height={outline.h} rx={outline.rx} {...common} />;
  return <polygon points={outline.points.map((p) => p.join(',')).join(' ')} {...common} />;
}

const DASH = { solid: undefined, dashed: '5 3', dotted: '1.5 3' };

function Swatch({ entry }: { entry: LegendEntry }) {
  return (
    <svg width="28" height="16" aria-hidden="true">
      {entry.type === 'edge' ? (
        <line x1="1" y1="8" x2="27" y2="8" stroke={entry.color} strokeWidth="2.5" strokeDasharray={DASH[entry.line]} />
      ) : (
        <OutlineShape
          outline={outlineOf(entry.shape, 14, 8, 13)}
          fill={entry.color}
          stroke={entry.sanctioned ? SANCTIONED_COLOR : undefined}
        />
      )}
    </svg>
  );
}

export function Legend({ entries }: { entries: LegendEntry[] }) {
  if (!entries.length) return null;
  return (
    <section className="legend" aria-label="Legend">
      <h3>Legend</h3>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.type}-${entry.label}`}>
            <Swatch entry={entry} />
            {entry.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

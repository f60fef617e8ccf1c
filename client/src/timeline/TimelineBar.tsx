// Under the canvas: a date field and a slider over the span of the graph's dates, with a histogram of them, and
// a play button that steps through time. Off (no date) means the graph as it is today.
import { useEffect, useMemo, useState } from 'react';
import { dateOfDay, dayNumber, histogram } from './asOf.ts';

const BUCKETS = 48;
const PLAY_STEPS = 40;
const PLAY_INTERVAL_MS = 400;

interface TimelineBarProps {
  dates: string[];
  asOf: string | null;
  onAsOf(date: string | null): void;
  hideInactive: boolean;
  onHideInactive(hide: boolean): void;
}

function usePlay(first: number, last: number, asOf: string | null, onAsOf: (d: string) => void) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const step = Math.max(1, Math.round((last - first) / PLAY_STEPS));
    const timer = setInterval(() => {
      const day = asOf ? dayNumber(asOf) : first - step;
      if (day >= last) return setPlaying(false);
      onAsOf(dateOfDay(Math.min(last, day + step)));
    }, PLAY_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [playing, first, last, asOf, onAsOf]);
  return { playing, setPlaying };
}

export function TimelineBar({ dates, asOf, onAsOf, hideInactive, onHideInactive }: TimelineBarProps) {
  const today = new Date().toISOString().slice(0, 10);
  const first = dayNumber(dates[0] ?? today) - 1;
  const last = Math.max(dayNumber(dates.at(-1) ?? today), dayNumber(today));
  const counts = useMemo(() => histogram(dates, first, last, BUCKETS), [dates, first, last]);
  const peak = Math.max(1, ...counts);
  const { playing, setPlaying } = usePlay(first, last, asOf, onAsOf);
  const day = asOf ? dayNumber(asOf) : last;
  return (
    <div className="timeline" role="group" aria-label="Timeline">
      <label className="timeline-toggle">
        <input
          type="checkbox"
          checked={asOf !== null}
          onChange={(e) => onAsOf(e.target.checked ? dateOfDay(last) : null)}
        />
        As of
      </label>
      <input
        type="date"
        aria-label="As-of date"
        value={asOf ?? ''}
        min={dateOfDay(first)}
        max={dateOfDay(last)}
        onChange={(e) => onAsOf(e.target.value || null)}
      />
      <div className="timeline-track">
        <svg className="timeline-histogram" viewBox={`0 0 ${BUCKETS} 10`} preserveAspectRatio="none" aria-hidden="true">
          {counts.map((c, i) => (
            <rect key={i} x={i + 0.1} width={0.8} y={10 - (10 * c) / peak} height={(10 * c) / peak} />
          ))}
        </svg>
        <input
          type="range"
          aria-label="Timeline"
          min={first}
          max={last}
          value={day}
          onChange={(e) => onAsOf(dateOfDay(Number(e.target.value)))}
        />
        <div className="timeline-span">
          <span>{dateOfDay(first)}</span>
          <span>{dates.length} dates</span>
          <span>{dateOfDay(last)}</span>
        </div>
      </div>
      <button onClick={() => setPlaying(!playing)} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="timeline-toggle">
        <input type="checkbox" checked={hideInactive} onChange={(e) => onHideInactive(e.target.checked)} />
        Hide inactive links
      </label>
    </div>
  );
}

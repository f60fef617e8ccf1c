// The graph as of a date: which links had not started or had ended, which entities were not yet listed, which
// events lay ahead. Pure functions over the canvas state and the dates read for it.
import type { GraphState } from '../canvas/graphState.ts';

export interface TimelineFacts {
  /** An event's date, by node id. */
  eventDates: Record<string, string>;
  /**
   * For each listed entity, the day each of its listings is known to be in force from: its listedOn, or for a
   * listing without a date the earliest date of the sources reporting it (it existed by then at the latest).
   */
  listingsFrom: Record<string, string[]>;
}

export const noFacts = (): TimelineFacts => ({ eventDates: {}, listingsFrom: {} });

/** A partial date counts from its first day (2025-10 from 2025-10-01) ... */
export const firstDay = (date: string) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

/** ... to its last (2025 ends on 2025-12-31). */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [y, m] = date.split('-').map(Number);
  return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export interface AsOfMarks {
  /** Listed today, but by no listing known to be in force on the date: no sanction mark. */
  unlisted: Set<string>;
  /** Events after the date. */
  future: Set<string>;
  /** Links not yet started or already ended (a listing not yet made) on the date. */
  inactive: Set<string>;
}

export function asOfMarks(state: GraphState, facts: TimelineFacts, asOf: string): AsOfMarks {
  const unlisted = new Set<string>();
  const future = new Set<string>();
  for (const node of Object.values(state.nodes)) {
    const listings = facts.listingsFrom[node.id];
    if (node.sanctioned && listings && !listings.some((from) => from <= asOf)) unlisted.add(node.id);
    const date = facts.eventDates[node.id];
    if (date && firstDay(date) > asOf) future.add(node.id);
  }
  const inactive = new Set<string>();
  for (const edge of Object.values(state.edges)) {
    const starts = edge.startDate ?? edge.listedOn;
    if ((starts && firstDay(starts) > asOf) || (edge.endDate && lastDay(edge.endDate) < asOf)) inactive.add(edge.id);
  }
  return { unlisted, future, inactive };
}

/** Every date the canvas knows of (links' start, end and listing dates, events, listings), as full days, sorted. */
export function timelineDates(state: GraphState, facts: TimelineFacts): string[] {
  const dates: string[] = [];
  for (const e of Object.values(state.edges)) {
    for (const d of [e.startDate, e.listedOn]) if (d) dates.push(firstDay(d));
    if (e.endDate) dates.push(lastDay(e.endDate));
  }
  for (const [id, d] of Object.entries(facts.eventDates)) if (state.nodes[id]) dates.push(firstDay(d));
  for (const [id, ds] of Object.entries(facts.listingsFrom)) if (state.nodes[id]) dates.push(...ds);
  return dates.sort();
}

const DAY = 86_400_000;
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
export const dateOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** How many dates fall in each of `buckets` equal spans from the first to the last day. */
export function histogram(dates: string[], first: number, last: number, buckets: number): number[] {
  const counts = new Array<number>(buckets).fill(0);
  const width = Math.max(1, last - first + 1) / buckets;
  for (const d of dates) {
    const i = Math.min(buckets - 1, Math.max(0, Math.floor((dayNumber(d) - first) / width)));
    counts[i]++;
  }
  return counts;
}

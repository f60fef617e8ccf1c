// Reads the dates the canvas state does not carry: events' dates and listings' dates of listed entities on the
// canvas, each entity once (a few at a time), while the timeline is in use.
import type { EntityDetail } from '@api/types.ts';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/apiClient.ts';
import type { GraphState } from '../canvas/graphState.ts';
import { firstDay, noFacts, type TimelineFacts } from './asOf.ts';

const CONCURRENCY = 4;

function factsOf(detail: EntityDetail, facts: TimelineFacts): void {
  const id = detail.entity.id;
  if (detail.entity.kind === 'Event' && typeof detail.entity.date === 'string')
    facts.eventDates[id] = detail.entity.date;
  if (!detail.sanctions.length) return;
  facts.listingsFrom[id] = detail.sanctions.flatMap((s) => {
    const known = s.listedOn ?? s.sources.map((src) => src.date).sort()[0];
    return known ? [firstDay(known)] : [];
  });
}

export function useTimelineFacts(api: ApiClient, state: GraphState, active: boolean): TimelineFacts {
  const [facts, setFacts] = useState<TimelineFacts>(noFacts);
  const asked = useRef(new Set<string>());
  useEffect(() => {
    if (!active) return;
    const wanted = Object.values(state.nodes)
      .filter((n) => (n.kind === 'Event' || n.sanctioned) && !asked.current.has(n.id))
      .map((n) => n.id);
    if (!wanted.length) return;
    wanted.forEach((id) => asked.current.add(id));
    let next = 0;
    const read: EntityDetail[] = [];
    const worker = async () => {
      while (next < wanted.length) {
        const id = wanted[next++];
        await api.entity(id).then(
          (d) => read.push(d),
          () => asked.current.delete(id),
        );
      }
    };
    void Promise.all(Array.from({ length: Math.min(CONCURRENCY, wanted.length) }, worker)).then(() =>
      setFacts((previous) => {
        const merged = { eventDates: { ...previous.eventDates }, listingsFrom: { ...previous.listingsFrom } };
        read.forEach((d) => factsOf(d, merged));
        return merged;
      }),
    );
  }, [api, state.nodes, active]);
  return facts;
}

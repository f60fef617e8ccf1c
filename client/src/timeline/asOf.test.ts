import { addSubgraph, emptyGraph } from '../canvas/graphState.ts';
import { edge, node } from '../../../tests/support/graphFixtures.ts';
import { asOfMarks, histogram, dayNumber, lastDay, timelineDates } from './asOf.ts';

const state = addSubgraph(emptyGraph(), {
  nodes: [node('chen-zhi', { kind: 'Person', sanctioned: true }), node('ofac'), node('extradition', { kind: 'Event' })],
  edges: [
    edge('chen-zhi', 'SANCTIONED_BY', 'ofac', { listedOn: '2025-10-14' }),
    edge('chen-zhi', 'INVOLVED_IN', 'extradition', { startDate: '2026-01', endDate: '2026-01' }),
  ],
});
const facts = { eventDates: { extradition: '2026-01-07' }, listingsFrom: { 'chen-zhi': ['2025-10-14', '2025-11-27'] } };

describe('the graph as of a date', () => {
  it('takes the sanction mark off Chen Zhi before 14 October 2025 and puts it back on the day', () => {
    expect(asOfMarks(state, facts, '2025-10-13').unlisted).toEqual(new Set(['chen-zhi']));
    expect(asOfMarks(state, facts, '2025-10-14').unlisted).toEqual(new Set());
  });

  it('fades the extradition until 7 January 2026, and links outside their dates', () => {
    const before = asOfMarks(state, facts, '2026-01-06');
    expect(before.future).toEqual(new Set(['extradition']));
    expect(before.inactive).toEqual(new Set());
    const after = asOfMarks(state, facts, '2026-01-07');
    expect(after.future).toEqual(new Set());
    expect(asOfMarks(state, facts, '2026-02-01').inactive).toEqual(new Set(['chen-zhi--INVOLVED_IN--extradition']));
    expect(asOfMarks(state, facts, '2025-01-01').inactive).toContain('chen-zhi--SANCTIONED_BY--ofac');
  });

  it('spans the dates of links, events and listings, partial dates to their first or last day', () => {
    expect(timelineDates(state, facts)).toEqual([
      '2025-10-14',
      '2025-10-14',
      '2025-11-27',
      '2026-01-01',
      '2026-01-07',
      '2026-01-31',
    ]);
    expect(lastDay('2024-02')).toBe('2024-02-29');
    const dates = timelineDates(state, facts);
    expect(histogram(dates, dayNumber(dates[0]), dayNumber(dates.at(-1)!), 4)).toEqual([2, 1, 1, 2]);
  });
});

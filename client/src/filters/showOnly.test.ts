import { edge, node, page } from '../../../tests/support/graphFixtures.ts';
import {
  addNeighborPage,
  addPaths,
  addSubgraph,
  emptyGraph,
  setShowOnly,
  type GraphState,
} from '../canvas/graphState.ts';
import { GraphStore } from '../canvas/graphStore.ts';
import {
  cleanShowOnly,
  criteriaKey,
  entityCriteria,
  filterChoices,
  linkVerdict,
  showOnlyMarks,
  type EntityMatches,
  type ShowOnly,
} from './showOnly.ts';

const owns = (from: string, to: string, percentage?: number) =>
  edge(from, 'OWNS', to, percentage === undefined ? {} : { percentage });

/** A Cambodian holding, a Cypriot company, a company of unknown jurisdiction and Chen Zhi, linked by ownerships. */
const canvas = (): GraphState =>
  addSubgraph(emptyGraph(), {
    nodes: [
      node('prince-holding-group'),
      node('kh-bank'),
      node('cy-shell'),
      node('unknown-co'),
      node('chen-zhi', { kind: 'Person' }),
    ],
    edges: [
      owns('chen-zhi', 'prince-holding-group', 100),
      owns('prince-holding-group', 'kh-bank'),
      owns('cy-shell', 'unknown-co', 30),
      edge('chen-zhi', 'DIRECTOR_OF', 'kh-bank'),
    ],
  });

/** The server's answer: it was asked about every node and kept `kept`. */
function answered(state: GraphState, kept: string[]): EntityMatches {
  return {
    key: criteriaKey(entityCriteria(state.showOnly)!),
    asked: new Set(Object.keys(state.nodes)),
    kept: new Set(kept),
  };
}

const shown = (state: GraphState, matches: EntityMatches | null = null) => {
  const { hidden } = showOnlyMarks(state, matches);
  return [...Object.keys(state.nodes), ...Object.keys(state.edges)].filter((id) => !hidden.has(id)).sort();
};

describe('show-only filters', () => {
  it('keeps values the search API accepts and names those it would refuse', () => {
    const { showOnly, problems } = cleanShowOnly({
      jurisdiction: ' KH ',
      nationality: 'Cambodia',
      kinds: 'Company',
      minPercentage: '50',
      maxPercentage: '150',
      listedFrom: '2025-02-30',
      publisher: '',
      unknown: 'x',
    });
    expect(showOnly).toEqual({ jurisdiction: 'KH', kinds: 'Company', minPercentage: '50' });
    expect(problems.map((p) => p.key)).toEqual(['nationality', 'listedFrom', 'maxPercentage']);
    expect(problems[0].message).toMatch(/ISO 3166-1 alpha-2 code such as KH/);
  });

  it('shows only the companies registered in Cambodia, as the server judged them, with the links among them', () => {
    const state = setShowOnly(canvas(), { kinds: 'Company', jurisdiction: 'KH' });
    const marks = showOnlyMarks(state, answered(state, ['prince-holding-group', 'kh-bank', 'chen-zhi']));
    expect(shown(state, answered(state, ['prince-holding-group', 'kh-bank', 'chen-zhi']))).toEqual([
      'kh-bank',
      'prince-holding-group',
      'prince-holding-group--OWNS--kh-bank',
    ]);
    expect(marks).toMatchObject({ nodes: 5, nodesShown: 2, pending: 0 });
  });

  it('draws nodes the server has not answered for yet, and ignores an answer for other filters', () => {
    const state = setShowOnly(canvas(), { jurisdiction: 'KH' });
    const partial: EntityMatches = { ...answered(state, ['kh-bank']), asked: new Set(['kh-bank', 'cy-shell']) };
    expect(showOnlyMarks(state, partial)).toMatchObject({ nodesShown: 4, pending: 3 });
    const stale = { ...answered(state, []), key: criteriaKey({ jurisdiction: 'CY' }) };
    expect(showOnlyMarks(state, stale)).toMatchObject({ nodesShown: 5, pending: 5 });
  });

  it('keeps a found path drawn through the filters, with its links to what is shown', () => {
    const path = edge('chen-zhi', 'NATIONAL_OF', 'china');
    const withPath = addPaths(addSubgraph(canvas(), { nodes: [node('lei-bo', { kind: 'Person' })], edges: [] }), {
      nodes: [node('chen-zhi', { kind: 'Person' }), node('china', { kind: 'Country' })],
      edges: [path],
      paths: [{ nodeIds: ['chen-zhi', 'china'], edgeIds: [path.id] }],
    });
    const state = setShowOnly(withPath, { kinds: 'Company' });
    expect(shown(state)).toEqual(
      expect.arrayContaining(['chen-zhi', 'china', path.id, 'chen-zhi--DIRECTOR_OF--kh-bank']),
    );
    expect(shown(state)).not.toContain('lei-bo');
  });

  it('keeps ownerships in a percentage range and hides, and counts, those whose percentage is unknown', () => {
    const state = setShowOnly(canvas(), { minPercentage: '50' });
    expect(shown(state).filter((id) => id.includes('--'))).toEqual([
      'chen-zhi--DIRECTOR_OF--kh-bank',
      'chen-zhi--OWNS--prince-holding-group',
    ]);
    expect(showOnlyMarks(state, null)).toMatchObject({ nodesShown: 5, unknownLinks: 1 });
  });

  it('judges links by their confidence and publisher, an unknown confidence matching nothing', () => {
    const sure = edge('a', 'OWNS', 'b', { confidence: 'high' });
    const unsure = edge('a', 'OWNS', 'b', { confidence: 'medium' });
    const unrated = edge('a', 'OWNS', 'b');
    const only = (showOnly: ShowOnly) => [sure, unsure, unrated].map((e) => linkVerdict(e, showOnly));
    expect(only({ confidence: 'high' })).toEqual(['kept', 'out', 'unknown']);
    expect(only({ confidence: 'high,medium' })).toEqual(['kept', 'kept', 'unknown']);
    expect(only({ publisher: 'US Treasury OFAC' })).toEqual(['kept', 'kept', 'kept']);
    expect(only({ publisher: 'UK FCDO' })).toEqual(['out', 'out', 'out']);
  });

  it('hides the "+N more" marker of a hidden hub', () => {
    const hub = addNeighborPage(
      addSubgraph(emptyGraph(), { nodes: [node('china', { kind: 'Country' })], edges: [] }),
      'china',
      { types: [], direction: 'both' },
      page('china', ['a'], 30, 'c'),
    );
    const marks = showOnlyMarks(setShowOnly(hub, { kinds: 'Person' }), null);
    expect([...marks.hidden].filter((id) => id.startsWith('more:'))).toHaveLength(1);
  });

  it('asks the server only about what the canvas does not know, and lists the listings and sources it does', () => {
    expect(entityCriteria({ kinds: 'Company', minPercentage: '50' })).toBeNull();
    expect(entityCriteria({ kinds: 'Company', jurisdiction: 'KH', publisher: 'OFAC' })).toEqual({
      jurisdiction: 'KH',
      publisher: 'OFAC',
    });
    const listed = addSubgraph(canvas(), {
      nodes: [node('us-treasury-ofac', { kind: 'PublicBody', name: 'US Treasury OFAC' })],
      edges: [edge('chen-zhi', 'SANCTIONED_BY', 'us-treasury-ofac', { program: 'TCO' })],
    });
    expect(filterChoices(listed)).toEqual({
      programs: ['TCO'],
      authorities: [{ id: 'us-treasury-ofac', name: 'US Treasury OFAC' }],
      publishers: ['US Treasury OFAC'],
    });
  });

  it('is one undoable step, kept in order and without blanks', () => {
    const store = new GraphStore(canvas());
    store.apply('Show only', (s) => setShowOnly(s, { nationality: 'KH', kinds: 'Person', program: ' ' }));
    expect(store.state.showOnly).toEqual({ kinds: 'Person', nationality: 'KH' });
    expect(Object.keys(store.state.showOnly)).toEqual(['kinds', 'nationality']);
    store.apply('Same again', (s) => setShowOnly(s, { kinds: 'Person', nationality: 'KH' }));
    expect(store.undoLabel).toBe('Show only');
    store.undo();
    expect(store.state.showOnly).toEqual({});
  });
});

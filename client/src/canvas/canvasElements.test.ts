import { edge, node, page } from '../../../tests/support/graphFixtures.ts';
import { canvasElements, diffElements, type DrawnElement } from './canvasElements.ts';
import { addNeighborPage, addPaths, addSubgraph, emptyGraph, setHiddenGroups } from './graphState.ts';

describe('canvas elements', () => {
  const state = addNeighborPage(
    addSubgraph(emptyGraph(), { nodes: [node('hub')], edges: [] }),
    'hub',
    { types: [], direction: 'both' },
    page('hub', ['a'], 30, 'c'),
  );

  it('draws a "+N more" node linked to its hub', () => {
    const els = canvasElements(state);
    const more = els.find((e) => e.classes === 'more');
    expect(more?.data).toMatchObject({ label: '+29 more', parentId: 'hub' });
    expect(els.find((e) => e.classes === 'more-link')?.data).toMatchObject({ source: 'hub', target: more?.data.id });
  });

  it('marks edges of hidden groups as filtered and labels edges by type', () => {
    const s = setHiddenGroups(
      addSubgraph(emptyGraph(), {
        nodes: [node('a'), node('b'), node('c')],
        edges: [edge('a', 'OWNS', 'b', { percentage: 60 }), edge('a', 'SANCTIONED_BY', 'c', { program: 'TCO' })],
      }),
      ['ownership'],
    );
    const edges = canvasElements(s).filter((e) => e.group === 'edges');
    expect(edges.map((e) => [e.data.label, e.classes])).toEqual([
      ['owns 60%', 'filtered'],
      ['TCO', ''],
    ]);
  });

  it('highlights a found path and keeps its links drawn even when their group is filtered out', () => {
    const base = addSubgraph(emptyGraph(), {
      nodes: [node('chen-zhi'), node('us-treasury-ofac')],
      edges: [edge('chen-zhi', 'SANCTIONED_BY', 'us-treasury-ofac')],
    });
    const path = edge('chen-zhi', 'NATIONAL_OF', 'china');
    const s = addPaths(setHiddenGroups(base, ['other']), {
      nodes: [node('chen-zhi'), node('china', { kind: 'Country' })],
      edges: [path],
      paths: [{ nodeIds: ['chen-zhi', 'china'], edgeIds: [path.id] }],
    });
    const byId = new Map(canvasElements(s).map((e) => [e.data.id, e.classes]));
    expect(byId.get(path.id)).toBe('path');
    expect(byId.get('china')).toBe('path');
    expect(byId.get('us-treasury-ofac')).toBe('');
  });

  it('hides what the show-only filters leave out, "+N more" markers included', () => {
    const marker = Object.keys(state.more)[0];
    const byId = new Map(canvasElements(state, undefined, new Set(['a', marker])).map((e) => [e.data.id, e.classes]));
    expect(byId.get('a')).toBe('filtered');
    expect(byId.get('hub')).toBe('');
    expect(byId.get(marker)).toBe('more filtered');
  });

  it('adds, removes and refreshes only what changed', () => {
    const drawn = new Map([
      ['hub', { label: 'hub', size: 33, classes: '' }],
      ['gone', { label: 'gone', size: 33, classes: '' }],
    ]);
    const diff = diffElements(drawn, canvasElements(state));
    expect(diff.remove).toEqual(['gone']);
    expect(diff.add.map((e) => e.data.id)).toContain('a');
    expect(diff.add.map((e) => e.data.id)).not.toContain('hub');
  });

  it('draws an edge again when its ends changed, as after a merge', () => {
    const link = canvasElements(state).find((e) => e.data.source !== undefined && e.classes !== 'more-link')!;
    const id = String(link.data.id);
    const drawnWithEnds = (ends: string) =>
      new Map<string, DrawnElement>([
        [id, { label: link.data.label, size: link.data.size, classes: String(link.classes ?? ''), ends }],
      ]);
    const moved = diffElements(drawnWithEnds('elsewhere>a'), canvasElements(state));
    expect(moved.remove).toContain(id);
    expect(moved.add.map((e) => e.data.id)).toContain(id);
    const same = diffElements(drawnWithEnds(`${link.data.source}>${link.data.target}`), canvasElements(state));
    expect(same.add.map((e) => e.data.id)).not.toContain(id);
  });
});

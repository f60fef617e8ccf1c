import { edge, node, page } from '../../../tests/support/graphFixtures.ts';
import { addNeighborPage, addSubgraph, collapseNode, emptyGraph, moreMarkerId, removeNodes } from './graphState.ts';

const all = { types: [], direction: 'both' as const };
const withHub = () => addSubgraph(emptyGraph(), { nodes: [node('hub', { degree: 60 })], edges: [] });

describe('hub paging', () => {
  it('shows the first page of a hub with a "+N more" marker for the rest', () => {
    const state = addNeighborPage(withHub(), 'hub', all, page('hub', ['a', 'b'], 5, 'c1'));
    const marker = state.more[moreMarkerId('hub', all)];
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'b', 'hub']);
    expect(marker).toMatchObject({ parentId: 'hub', cursor: 'c1', loaded: 2, total: 5 });
  });

  it('merges the next page into the canvas and drops the marker on the last page', () => {
    let state = addNeighborPage(withHub(), 'hub', all, page('hub', ['a', 'b'], 5, 'c1'));
    state = addNeighborPage(state, 'hub', all, page('hub', ['c', 'd'], 5, 'c2'));
    expect(state.more[moreMarkerId('hub', all)]).toMatchObject({ cursor: 'c2', loaded: 4 });
    state = addNeighborPage(state, 'hub', all, page('hub', ['e'], 5, null));
    expect(Object.keys(state.more)).toEqual([]);
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'hub']);
    expect(Object.keys(state.edges)).toHaveLength(5);
  });

  it('keeps one marker per expansion type, so "OWNS" and "all links" page separately', () => {
    const owns = { types: ['OWNS' as const], direction: 'both' as const };
    let state = addNeighborPage(withHub(), 'hub', all, page('hub', ['a'], 3, 'x'));
    state = addNeighborPage(state, 'hub', owns, page('hub', ['b'], 2, 'y', 'OWNS'));
    expect(Object.keys(state.more).sort()).toEqual([moreMarkerId('hub', all), moreMarkerId('hub', owns)].sort());
  });

  it('does not duplicate a neighbour that is already on the canvas', () => {
    let state = addSubgraph(emptyGraph(), { nodes: [node('hub'), node('a')], edges: [] });
    state = addNeighborPage(state, 'hub', all, page('hub', ['a', 'b'], 2, null));
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'b', 'hub']);
    expect(state.nodes.a.expandedFrom).toBeUndefined();
    expect(state.nodes.b.expandedFrom).toBe('hub');
  });
});

describe('collapsing and removing', () => {
  it('collapses what an expansion brought in, and what those nodes brought in, but keeps what the user added', () => {
    let state = addSubgraph(emptyGraph(), { nodes: [node('chen-zhi'), node('china')], edges: [] });
    state = addNeighborPage(state, 'chen-zhi', all, page('chen-zhi', ['prince-bank', 'china'], 3, 'more'));
    state = addNeighborPage(state, 'prince-bank', all, page('prince-bank', ['cambodia'], 1, null));
    const collapsed = collapseNode(state, 'chen-zhi');
    expect(Object.keys(collapsed.nodes).sort()).toEqual(['chen-zhi', 'china']);
    expect(collapsed.more).toEqual({});
  });

  it('answers the same state when there is nothing to collapse', () => {
    const state = addSubgraph(emptyGraph(), { nodes: [node('a')], edges: [] });
    expect(collapseNode(state, 'a')).toBe(state);
  });

  it('removes a node with its edges and its "+N more" markers', () => {
    let state = addNeighborPage(withHub(), 'hub', all, page('hub', ['a', 'b'], 9, 'c'));
    state = removeNodes(state, ['hub']);
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'b']);
    expect(state.edges).toEqual({});
    expect(state.more).toEqual({});
  });

  it('never draws an edge whose other end is not on the canvas', () => {
    const state = addSubgraph(emptyGraph(), { nodes: [node('a')], edges: [edge('a', 'OWNS', 'elsewhere')] });
    expect(state.edges).toEqual({});
  });
});

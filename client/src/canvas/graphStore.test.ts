import { edge, node, page } from '../../../tests/support/graphFixtures.ts';
import { addNeighborPage, addPaths, addSubgraph, removeNodes, setHiddenGroups } from './graphState.ts';
import { GraphStore } from './graphStore.ts';

const all = { types: [], direction: 'both' as const };

describe('the graph store', () => {
  it('undoes and redoes every canvas action in order', () => {
    const store = new GraphStore();
    store.apply('Add Chen Zhi', (s) => addSubgraph(s, { nodes: [node('chen-zhi', { kind: 'Person' })], edges: [] }));
    store.apply('Expand Chen Zhi', (s) =>
      addNeighborPage(s, 'chen-zhi', all, page('chen-zhi', ['prince-holding-group', 'china'], 2, null)),
    );
    store.apply('Remove China', (s) => removeNodes(s, ['china']));
    expect(Object.keys(store.state.nodes).sort()).toEqual(['chen-zhi', 'prince-holding-group']);

    expect(store.undo()).toBe('Remove China');
    expect(Object.keys(store.state.nodes).sort()).toEqual(['chen-zhi', 'china', 'prince-holding-group']);
    expect(store.undo()).toBe('Expand Chen Zhi');
    expect(Object.keys(store.state.nodes)).toEqual(['chen-zhi']);
    expect(store.redoLabel).toBe('Expand Chen Zhi');
    expect(store.redo()).toBe('Expand Chen Zhi');
    expect(Object.keys(store.state.edges)).toHaveLength(2);
    expect(store.undoLabel).toBe('Expand Chen Zhi');
  });

  it('never brings back an entity deleted in the database: Ctrl+Z undoes canvas steps only', () => {
    const store = new GraphStore();
    store.apply('Add A and B', (s) => addSubgraph(s, { nodes: [node('a'), node('b')], edges: [] }));
    store.apply('Remove B', (s) => removeNodes(s, ['b']));
    store.undo();
    store.applyEverywhere((s) => removeNodes(s, ['a']));
    expect(Object.keys(store.state.nodes)).toEqual(['b']);
    expect(store.redo()).toBe('Remove B');
    expect(Object.keys(store.state.nodes)).toEqual([]);
    expect(store.undo()).toBe('Remove B');
    expect(store.undo()).toBe('Add A and B');
    expect(Object.keys(store.state.nodes)).toEqual([]);
    expect(store.undoLabel).toBeNull();
  });

  it('forgets what could be redone once a new action is taken', () => {
    const store = new GraphStore();
    store.apply('Add A', (s) => addSubgraph(s, { nodes: [node('a')], edges: [] }));
    store.undo();
    store.apply('Add B', (s) => addSubgraph(s, { nodes: [node('b')], edges: [] }));
    expect(store.canRedo).toBe(false);
    expect(store.redo()).toBeNull();
    expect(Object.keys(store.state.nodes)).toEqual(['b']);
  });

  it('keeps no history for actions that change nothing, and says so when there is nothing to undo', () => {
    const store = new GraphStore();
    store.apply('Show all links', (s) => setHiddenGroups(s, []));
    store.apply('Remove ghost', (s) => removeNodes(s, ['ghost']));
    expect(store.canUndo).toBe(false);
    expect(store.undo()).toBeNull();
  });

  it('undoes an edge filter like any other action', () => {
    const store = new GraphStore();
    store.apply('Add', (s) => addSubgraph(s, { nodes: [node('a'), node('b')], edges: [edge('a', 'OWNS', 'b')] }));
    store.apply('Sanctions only', (s) => setHiddenGroups(s, ['ownership', 'control', 'family', 'event', 'other']));
    expect(store.state.hiddenGroups).toContain('ownership');
    store.undo();
    expect(store.state.hiddenGroups).toEqual([]);
  });

  it('undoes a path search with its highlight, and redo brings both back', () => {
    const store = new GraphStore();
    store.apply('Add', (s) => addSubgraph(s, { nodes: [node('chen-zhi')], edges: [] }));
    const link = edge('chen-zhi', 'NATIONAL_OF', 'china');
    store.apply('Paths', (s) =>
      addPaths(s, {
        nodes: [node('china')],
        edges: [link],
        paths: [{ nodeIds: ['chen-zhi', 'china'], edgeIds: [link.id] }],
      }),
    );
    expect(store.state.highlighted.sort()).toEqual([link.id, 'chen-zhi', 'china'].sort());
    store.undo();
    expect(store.state.highlighted).toEqual([]);
    expect(store.state.nodes.china).toBeUndefined();
    store.redo();
    expect(store.state.highlighted).toHaveLength(3);
  });

  it('tells subscribers about every change', () => {
    const store = new GraphStore();
    const seen: number[] = [];
    const stop = store.subscribe(() => seen.push(Object.keys(store.state.nodes).length));
    store.apply('Add', (s) => addSubgraph(s, { nodes: [node('a')], edges: [] }));
    store.undo();
    store.redo();
    stop();
    store.undo();
    expect(seen).toEqual([1, 0, 1]);
  });
});

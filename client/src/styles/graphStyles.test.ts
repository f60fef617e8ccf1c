import { ENTITY_KIND_NAMES, RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES } from '@model/schema.ts';
import { buildStylesheet, EDGE_GROUP_STYLES, edgeLabel, KIND_STYLES, nodeLabel, nodeSize } from './graphStyles.ts';

describe('graph styles', () => {
  it('gives every entity kind of the model a colour and a shape, and no two kinds the same pair', () => {
    for (const kind of ENTITY_KIND_NAMES)
      expect(KIND_STYLES[kind]).toMatchObject({
        color: expect.stringMatching(/^#[0-9a-f]{6}$/),
        shape: expect.any(String),
      });
    const pairs = ENTITY_KIND_NAMES.map((k) => `${KIND_STYLES[k].color}/${KIND_STYLES[k].shape}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('styles every relationship type through its group, each group distinct', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(EDGE_GROUP_STYLES[RELATIONSHIP_TYPES[type].group]).toBeDefined();
    const colours = Object.values(EDGE_GROUP_STYLES).map((s) => s.color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('has a stylesheet rule for each kind and each edge group, and marks sanctioned nodes in red', () => {
    const selectors = buildStylesheet().map((r) => r.selector);
    for (const kind of ENTITY_KIND_NAMES) expect(selectors).toContain(`node[kind = "${kind}"]`);
    for (const group of Object.keys(EDGE_GROUP_STYLES)) expect(selectors).toContain(`edge[group = "${group}"]`);
    const sanctioned = buildStylesheet().find((r) => r.selector === 'node[?sanctioned]');
    expect(sanctioned?.style['border-color']).toBe('#dc2626');
  });

  it('draws large graphs with cheap haystack edges and no edge labels', () => {
    const edgeRule = (large: boolean) => buildStylesheet({ large }).find((r) => r.selector === 'edge')!.style;
    expect(edgeRule(false)['curve-style']).toBe('bezier');
    expect(edgeRule(true)).toMatchObject({ 'curve-style': 'haystack', label: '', 'target-arrow-shape': 'none' });
  });

  it('labels ownership with its percentage and sanctions with their program', () => {
    expect(edgeLabel({ type: 'OWNS', percentage: 60 })).toBe('owns 60%');
    expect(edgeLabel({ type: 'OWNS' })).toBe('owns');
    expect(edgeLabel({ type: 'SANCTIONED_BY', program: 'TCO' })).toBe('TCO');
    expect(edgeLabel({ type: 'SANCTIONED_BY', program: 'Global Human Rights Sanctions Regulations 2020' })).toBe(
      'Global Human Rights Sanctions…',
    );
    expect(edgeLabel({ type: 'INVOLVED_IN', role: 'extradited' })).toBe('involved in (extradited)');
  });

  it('cuts long names and keeps node sizes within bounds', () => {
    expect(nodeLabel('Prince Huan Yu Architectural Decoration Engineering (Cambodia) Co., Ltd.')).toMatch(/…$/);
    expect(nodeLabel('Chen Zhi')).toBe('Chen Zhi');
    expect(nodeSize(0)).toBe(30);
    expect(nodeSize(10_000)).toBe(56);
  });
});

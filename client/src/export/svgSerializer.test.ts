// @vitest-environment jsdom
import { describeSources, type Scene } from './scene.ts';
import { escapeXml, sceneToSvg } from './svgSerializer.ts';

const scene: Scene = {
  nodes: [
    { id: 'chen-zhi', label: 'Chen Zhi', kind: 'Person', sanctioned: true, x: 0, y: 0, size: 40 },
    { id: 'prince', label: 'Prince Holding Group', kind: 'Company', sanctioned: true, x: 220, y: 40, size: 44 },
    { id: 'ofac', label: 'US Treasury <OFAC> & "Co"', kind: 'PublicBody', sanctioned: false, x: 100, y: 220, size: 50 },
    { id: 'more:ofac:both:all', label: '+51 more', kind: 'more', sanctioned: false, x: 300, y: 260, size: 26 },
  ],
  edges: [
    { id: 'e1', source: 'chen-zhi', target: 'prince', label: 'owns 60%', group: 'ownership' },
    { id: 'e2', source: 'chen-zhi', target: 'ofac', label: 'sanctioned by · TCO', group: 'sanction' },
    { id: 'e3', source: 'chen-zhi', target: 'ofac', label: 'linked to', group: 'other' },
  ],
  sourceLine: describeSources(
    [{ publisher: 'US Treasury OFAC', date: '2025-10-14', url: 'https://ofac.treasury.gov' }],
    '2026-01-08',
  ),
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('the SVG export', () => {
  it('is well-formed XML with every node label, escaped', () => {
    const doc = parse(sceneToSvg(scene, { background: 'white' }));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = doc.documentElement.textContent ?? '';
    for (const label of ['Chen Zhi', 'Prince Holding Group', 'US Treasury <OFAC> & "Co"', '+51 more'])
      expect(text).toContain(label);
  });

  it("draws nodes as their kind's shape, sanctioned ones ringed in red, and edges with arrowheads and labels", () => {
    const doc = parse(sceneToSvg(scene, { background: 'white' }));
    expect(doc.querySelectorAll('g.node circle')).toHaveLength(1);
    expect(doc.querySelectorAll('g.node polygon')).toHaveLength(1);
    expect(doc.querySelectorAll('g.node [stroke="#dc2626"]')).toHaveLength(2);
    const paths = [...doc.querySelectorAll('g.edge path')];
    expect(paths).toHaveLength(3);
    expect(paths.every((p) => /^url\(#arrow-\w+\)$/.test(p.getAttribute('marker-end') ?? ''))).toBe(true);
    expect(doc.documentElement.textContent).toContain('owns 60%');
  });

  it('gives the legend and sources a white ground on a transparent picture, so they read on a dark page', () => {
    const doc = parse(sceneToSvg(scene, { background: 'transparent' }));
    const ground = doc.querySelector('rect.caption-ground');
    expect(ground?.getAttribute('fill')).toBe('#ffffff');
    const legendTitle = [...doc.querySelectorAll('text')].find((t) => t.textContent === 'Legend')!;
    expect(Number(legendTitle.getAttribute('y'))).toBeGreaterThan(Number(ground!.getAttribute('y')));
  });

  it('draws a company blocked by derivation with a dashed amber border, as the canvas does', () => {
    const derived = { ...scene, nodes: [{ ...scene.nodes[1], sanctioned: false, derived: true }] };
    const border = parse(sceneToSvg(derived, { background: 'white' })).querySelector('g.node [stroke="#d97706"]');
    expect(border?.getAttribute('stroke-dasharray')).toBe('6 4');
  });

  it('draws a found path with a yellow halo behind its nodes and edges', () => {
    const onPath: Scene = {
      ...scene,
      nodes: scene.nodes.map((v) => ({ ...v, highlighted: v.id === 'chen-zhi' || v.id === 'prince' })),
      edges: scene.edges.map((e) => ({ ...e, highlighted: e.id === 'e1' })),
    };
    const doc = parse(sceneToSvg(onPath, { background: 'white' }));
    expect(doc.querySelectorAll('g.node [fill="#facc15"]')).toHaveLength(2);
    expect(doc.querySelectorAll('g.edge [stroke="#facc15"]')).toHaveLength(1);
    expect(
      parse(sceneToSvg(scene, { background: 'white' })).querySelectorAll('[fill="#facc15"], [stroke="#facc15"]'),
    ).toHaveLength(0);
  });

  it('bends parallel edges apart so both stay readable', () => {
    const doc = parse(sceneToSvg(scene, { background: 'white' }));
    const [, a, b] = [...doc.querySelectorAll('g.edge path[marker-end]')].map((p) => p.getAttribute('d'));
    expect(a).not.toBe(b);
  });

  it('carries a legend of what is drawn and the source line', () => {
    const doc = parse(sceneToSvg(scene, { background: 'transparent' }));
    const legend = doc.querySelector('g.legend')?.textContent ?? '';
    expect(legend).toContain('Person');
    expect(legend).toContain('Sanctioned (red ring)');
    expect(legend).toContain('Ownership');
    expect(legend).not.toContain('Vessel');
    expect(doc.querySelector('g.source')?.textContent).toContain('Sources: US Treasury OFAC. Exported 2026-01-08');
  });

  it('has a white background only when asked for one', () => {
    expect(sceneToSvg(scene, { background: 'white' })).toContain('fill="#ffffff"/>');
    expect(sceneToSvg(scene, { background: 'transparent' })).not.toContain('<rect width="100%"');
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('A\u0001B & <C>')).toBe('AB &amp; &lt;C&gt;');
  });
});

import cytoscape from 'cytoscape';
import { clearancePadding, type Rect } from './canvasFit.ts';
import {
  fittedHierarchy,
  HIERARCHY_MIN_ROW,
  HIERARCHY_ROW,
  hierarchyLevels,
  LABEL_GAP,
  labelBox,
  type LabelBox,
  wrapRow,
} from './layoutGeometry.ts';
import type { LayoutName } from './layoutNames.ts';
import { FIT_PADDING, largeLayoutPending, layoutGraph, layoutOptions } from './layouts.ts';

/** A small star; the layout is told the canvas is large, which is what picks its quality. */
function star() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(Array.from({ length: 12 }, (_, i) => ({ data: { id: `n${i}` } })));
  cy.add(Array.from({ length: 11 }, (_, i) => ({ data: { id: `e${i}`, source: 'n0', target: `n${i + 1}` } })));
  return cy;
}

/** `clusters` trees of `size` nodes each, the clusters joined in a ring: the shape of an expanded network. */
function clusteredGraph(clusters: number, size: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  for (let c = 0; c < clusters; c++)
    for (let i = 0; i < size; i++) {
      cy.add({ data: { id: `c${c}n${i}`, label: `Company ${c}-${i}` } });
      if (i > 0) cy.add({ data: { source: `c${c}n${Math.floor((i - 1) / 3)}`, target: `c${c}n${i}` } });
    }
  for (let c = 0; c < clusters; c++) cy.add({ data: { source: `c${c}n0`, target: `c${(c + 1) % clusters}n0` } });
  return cy;
}

describe('layouts of a large canvas', () => {
  it('lays out 1,000 nodes from scratch in two dimensions, linked nodes near each other, the same each time', async () => {
    const cy = clusteredGraph(10, 100);
    const settings = { nodeCount: cy.nodes().length, elements: cy.elements() };
    await largeLayoutPending('fcose', settings);
    expect(largeLayoutPending('fcose', settings)).toBeNull();
    const options = () => layoutOptions('fcose', settings);
    const first = options();
    const { positions } = first as unknown as { positions: Record<string, { x: number; y: number }> };
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    const [width, height] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    // fCoSE's draft quality, used here before, drew such a graph as one line of nodes.
    expect(Math.min(width, height) / Math.max(width, height)).toBeGreaterThan(0.3);
    const distance = (a: string, b: string) =>
      Math.hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
    const linked = cy.edges().map((e) => distance(e.source().id(), e.target().id()));
    const ids = cy.nodes().map((n) => n.id());
    const apart = ids.map((id, i) => distance(id, ids[(i * 7 + 501) % ids.length]));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(linked)).toBeLessThan(mean(apart) / 3);
    expect(options()).toEqual(first);
    expect(() => cy.layout(first).run()).not.toThrow();
  });

  it('expands a canvas of more than 1,000 nodes without reshuffling or failing', () => {
    const options = layoutOptions('fcose', { incremental: true, nodeCount: 1001 });
    expect(options).toMatchObject({ randomize: false });
    expect(() => star().layout(options).run()).not.toThrow();
  });
});

const NAMES = [
  'Prince Holding Group',
  'Jin Bei Group Co. Ltd.',
  'Golden Fortune Resorts World Ltd.',
  'Byex Exchange',
  'United Kingdom',
  'Office of Foreign Assets Control',
  'Huione Pay',
  'Warp Data Technology Lao Sole Co.',
];
const label = (i: number) => `${NAMES[i % NAMES.length]} ${i}`;

/** A hub with `count` children, named like the seed's companies. */
function labelledStar(count: number) {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add({ data: { id: 'hub', label: 'Chen Zhi', size: 48, sanctioned: true } });
  for (let i = 0; i < count; i++) {
    cy.add({ data: { id: `c${i}`, label: label(i), size: 33 } });
    cy.add({ data: { id: `e${i}`, source: 'hub', target: `c${i}` } });
  }
  return cy;
}

/** Root, 5 children, 3 grandchildren each, two grandchildren linked to each other. */
function threeLevelTree() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add({ data: { id: 'root', label: 'Chen Zhi', size: 45 } });
  for (let i = 0; i < 5; i++) {
    cy.add({ data: { id: `a${i}`, label: label(i), size: 36 } });
    cy.add({ data: { id: `ra${i}`, source: 'root', target: `a${i}` } });
    for (let j = 0; j < 3; j++) {
      cy.add({ data: { id: `b${i}${j}`, label: label(i * 3 + j + 1), size: 30 } });
      cy.add({ data: { id: `ab${i}${j}`, source: `a${i}`, target: `b${i}${j}` } });
    }
  }
  cy.add({ data: { id: 'cross', source: 'b00', target: 'b11' } });
  return cy;
}

/** Runs a layout to its end at once (no animation), as the canvas would run it. */
function laidOut(cy: cytoscape.Core, name: LayoutName) {
  cy.elements()
    .layout({ ...layoutOptions(name, { elements: cy.elements() }), animate: false } as cytoscape.LayoutOptions)
    .run();
  return cy;
}

function labelBoxes(cy: cytoscape.Core) {
  const { nodes } = layoutGraph(cy.elements());
  return nodes.map((n) => {
    const { x, y } = cy.$id(n.id).position();
    const box = labelBox(n);
    return { id: n.id, x1: x - box.width / 2, x2: x + box.width / 2, y1: y - box.above, y2: y + box.below };
  });
}

function overlappingLabels(cy: cytoscape.Core): string[] {
  const boxes = labelBoxes(cy);
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.id} × ${b.id}`),
  );
}

/** Node ids by the row (y) they sit in, top to bottom. */
function rows(cy: cytoscape.Core): string[][] {
  const byY = new Map<number, string[]>();
  cy.nodes().forEach((n) => {
    const y = Math.round(n.position('y'));
    byY.set(y, [...(byY.get(y) ?? []), n.id()]);
  });
  return [...byY.keys()].sort((a, b) => a - b).map((y) => byY.get(y)!);
}

describe.each([
  ['breadthfirst', 'Hierarchy'],
  ['concentric', 'Concentric'],
] as const)('the %s layout (%s)', (name: LayoutName, _label: string) => {
  it('leaves every label of a 16-child star clear of the others', () => {
    expect(overlappingLabels(laidOut(labelledStar(16), name))).toEqual([]);
  });

  it('leaves every label of a 3-level tree clear of the others', () => {
    expect(overlappingLabels(laidOut(threeLevelTree(), name))).toEqual([]);
  });

  it('lays out the same graph the same way, whatever order it was drawn in', () => {
    const forwards = laidOut(threeLevelTree(), name);
    const backwards = cytoscape({ headless: true, styleEnabled: true });
    backwards.add(forwards.nodes().jsons().reverse() as cytoscape.ElementDefinition[]);
    backwards.add(forwards.edges().jsons().reverse() as cytoscape.ElementDefinition[]);
    laidOut(backwards, name);
    forwards.nodes().forEach((n) => expect(backwards.$id(n.id()).position()).toEqual(n.position()));
  });
});

describe('the Hierarchy layout', () => {
  it('wraps a level of 16 children into rows of at most 8', () => {
    expect(rows(laidOut(labelledStar(16), 'breadthfirst')).map((r) => r.length)).toEqual([1, 8, 8]);
  });

  it(`never puts more than ${HIERARCHY_ROW} nodes in a row, and keeps the levels in order`, () => {
    const tree = rows(laidOut(threeLevelTree(), 'breadthfirst'));
    expect(tree.map((r) => r.length)).toEqual([1, 5, 8, 7]);
    expect(tree[1].every((id) => id.startsWith('a'))).toBe(true);
    expect(tree.slice(2).flat().sort()).toEqual(
      threeLevelTree()
        .nodes('[id ^= "b"]')
        .map((n) => n.id())
        .sort(),
    );
  });

  it('draws the wrapped rows of one level closer together than the levels', () => {
    const cy = laidOut(labelledStar(16), 'breadthfirst');
    const boxes = new Map(labelBoxes(cy).map((b) => [b.id, b]));
    const [[hub], first, second] = rows(cy);
    const bottom = (ids: string[]) => Math.max(...ids.map((id) => boxes.get(id)!.y2));
    const top = (ids: string[]) => Math.min(...ids.map((id) => boxes.get(id)!.y1));
    expect(top(second) - bottom(first)).toBeLessThan(top(first) - bottom([hub]));
  });

  it('starts from the selected node', () => {
    const cy = threeLevelTree();
    cy.$id('b21').select();
    expect(rows(laidOut(cy, 'breadthfirst'))[0]).toEqual(['b21']);
  });

  it('starts each component from its best-connected node', () => {
    expect(hierarchyLevels(layoutGraph(threeLevelTree().elements()).nodes, [], [])[0]).toHaveLength(21);
    const { nodes, edges } = layoutGraph(labelledStar(3).elements());
    expect(hierarchyLevels(nodes, edges, [])).toEqual([['hub'], ['c0', 'c1', 'c2']]);
  });

  it('shortens its rows on a narrow canvas, so the picture is drawn larger there', () => {
    const { nodes, edges } = layoutGraph(labelledStar(16).elements());
    const longest = (positions: Record<string, { x: number; y: number }>) =>
      Math.max(
        ...[
          ...Object.values(positions)
            .reduce((m, p) => m.set(p.y, (m.get(p.y) ?? 0) + 1), new Map())
            .values(),
        ],
      );
    expect(longest(fittedHierarchy(nodes, edges, [], { width: 2000, height: 500 }))).toBe(HIERARCHY_ROW);
    const narrow = longest(fittedHierarchy(nodes, edges, [], { width: 400, height: 500 }));
    expect(narrow).toBeLessThan(HIERARCHY_ROW);
    expect(narrow).toBeGreaterThanOrEqual(HIERARCHY_MIN_ROW);
  });

  it('wraps levels into even rows', () => {
    expect(wrapRow([...'abcdefghi'], 8).map((r) => r.join(''))).toEqual(['abcde', 'fghi']);
    expect(wrapRow([...'abc'], 8)).toEqual([['a', 'b', 'c']]);
  });
});

describe('the Concentric layout', () => {
  it('puts the best-connected node in the middle and the rest on rings around it', () => {
    const cy = laidOut(labelledStar(16), 'concentric');
    expect(Math.hypot(cy.$id('hub').position('x'), cy.$id('hub').position('y'))).toBe(0);
    const radii = cy.nodes('[id ^= "c"]').map((n) => Math.round(Math.hypot(n.position('x'), n.position('y'))));
    expect(Math.min(...radii)).toBeGreaterThan(0);
  });
});

describe('the Concentric layout of a 16-child star', () => {
  it('packs it into two rings, 5 label boxes wide and high', () => {
    const cy = laidOut(labelledStar(16), 'concentric');
    const boxes = labelBoxes(cy);
    const sizes = layoutGraph(cy.elements()).nodes.map(labelBox);
    const unit = (pick: (b: LabelBox) => number) => Math.max(...sizes.map(pick));
    const span = (lo: number[], hi: number[]) => Math.max(...hi) - Math.min(...lo);
    const [w, h] = [unit((b) => b.width) + LABEL_GAP.x, unit((b) => b.above) + unit((b) => b.below) + LABEL_GAP.y];
    expect(
      span(
        boxes.map((b) => b.x1),
        boxes.map((b) => b.x2),
      ),
    ).toBeLessThanOrEqual(5 * w);
    expect(
      span(
        boxes.map((b) => b.y1),
        boxes.map((b) => b.y2),
      ),
    ).toBeLessThanOrEqual(5 * h);
  });
});

describe('fitting the canvas', () => {
  const canvas = { left: 0, top: 0, right: 900, bottom: 700 };
  /** The area a fit with this padding draws into. */
  const inner = (padding: number) => ({ left: padding, top: padding, right: 900 - padding, bottom: 700 - padding });
  const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('keeps every node clear of a control lying over the canvas', () => {
    const controls = { left: 700, top: 600, right: 890, bottom: 690 };
    expect(intersects(inner(FIT_PADDING), controls)).toBe(true);
    expect(intersects(inner(clearancePadding(canvas, [controls])), controls)).toBe(false);
  });

  it('keeps the usual margin when nothing lies over the canvas', () => {
    expect(clearancePadding(canvas, [])).toBe(FIT_PADDING);
    expect(clearancePadding(canvas, [{ left: 0, top: -50, right: 900, bottom: 0 }])).toBe(FIT_PADDING);
  });
});

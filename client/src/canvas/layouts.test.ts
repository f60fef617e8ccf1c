import cytoscape from 'cytoscape';
import { layoutOptions } from './layouts.ts';

/** A small star; the layout is told the canvas is large, which is what picks its quality. */
function star() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(Array.from({ length: 12 }, (_, i) => ({ data: { id: `n${i}` } })));
  cy.add(Array.from({ length: 11 }, (_, i) => ({ data: { id: `e${i}`, source: 'n0', target: `n${i + 1}` } })));
  return cy;
}

describe('layouts of a large canvas', () => {
  it('lays out a canvas of more than 1,000 nodes from scratch in draft quality', () => {
    expect(layoutOptions('fcose', { nodeCount: 1001 })).toMatchObject({ quality: 'draft', randomize: true });
    expect(() =>
      star()
        .layout(layoutOptions('fcose', { nodeCount: 1001 }))
        .run(),
    ).not.toThrow();
  });

  it('expands a canvas of more than 1,000 nodes without reshuffling or failing', () => {
    const options = layoutOptions('fcose', { incremental: true, nodeCount: 1001 });
    expect(options).toMatchObject({ randomize: false });
    expect(() => star().layout(options).run()).not.toThrow();
  });
});

// @vitest-environment jsdom
// The side panel's exposure section and its canvas marks, against the real API server and the seeded Neo4j.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { writeHandMadeGraph } from '../../../tests/support/handMadeGraph.ts';
import { useRealApi } from '../../../tests/support/realApi.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../../../tests/support/testDb.ts';
import type { ExposureResult, GraphEdge, RegimeExposure } from '@api/types.ts';
import { canvasElements, DERIVED_CLASS, HIGHLIGHT_CLASS as PATH_CLASS } from '../canvas/canvasElements.ts';
import { addSubgraph, emptyGraph } from '../canvas/graphState.ts';
import { GraphStore } from '../canvas/graphStore.ts';
import { derivedIds } from './exposureCanvas.ts';
import { ExposureSection } from './ExposureSection.tsx';

const real = useRealApi();
afterEach(cleanup);

/** A canvas holding these entities (as the API describes them) and these links. */
async function canvasWith(nodeIds: string[], edges: GraphEdge[] = []) {
  const { nodes } = await real.api.subgraph(nodeIds);
  return new GraphStore(addSubgraph(emptyGraph(), { nodes, edges }));
}

/** What Cytoscape draws from the canvas's state. */
const drawn = (store: GraphStore) => cytoscape({ headless: true, elements: canvasElements(store.state) });

describe('the exposure section of the side panel', () => {
  it('explains that Geotech Holdings is listed by OFAC and treated as designated in the UK because Chen Zhi controls it', async () => {
    render(<ExposureSection api={real.api} id="geotech-holdings" store={null} />);
    const uk = await screen.findByText(/UK \(ownership and control\)/, {}, { timeout: 10_000 });
    expect(uk.parentElement!.textContent).toContain('Blocked (derived)');
    expect(uk.parentElement!.textContent).toMatch(/controlled by Chen Zhi \(listed 2025-10-14\)/);
    expect(screen.getByText(/US \(OFAC 50% rule\)/).parentElement!.textContent).toContain('Listed');
    expect(screen.getByText(/not legal advice/)).toBeTruthy();
  });

  it('highlights the deciding path, and keeps the listing mark (not the derived one) on a listed entity', async () => {
    const relationship = (await real.api.neighbors('geotech-holdings', { types: ['CONTROLS'], direction: 'in' }))
      .edges[0];
    const store = await canvasWith(['chen-zhi', 'geotech-holdings'], [relationship]);
    render(<ExposureSection api={real.api} id="geotech-holdings" store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Highlight deciding paths' }, { timeout: 10_000 }));
    const cy = drawn(store);
    expect(cy.getElementById('geotech-holdings').hasClass(DERIVED_CLASS)).toBe(false); // OFAC lists it
    expect(cy.getElementById('chen-zhi').hasClass(DERIVED_CLASS)).toBe(false);
    expect(
      cy
        .$(`.${PATH_CLASS}`)
        .map((e) => e.id())
        .sort(),
    ).toEqual(['chen-zhi', 'geotech-holdings', relationship.id].sort());
    expect(screen.getByText('3 elements highlighted on the canvas.')).toBeTruthy();
  });

  it('marks a company Chen Zhi wholly owns as blocked by derivation, and undoing the highlight keeps the mark', async () => {
    const prefix = testPrefix('exposure-section');
    const db = openTestDb();
    try {
      await writeHandMadeGraph(db, prefix, {
        entities: [['held', 'Company']],
        relationships: [{ type: 'OWNS', source: 'chen-zhi', target: 'held', percentage: 100 }],
      });
      const held = `${prefix}held`;
      const ownership = (await real.api.neighbors(held, { types: ['OWNS'], direction: 'in' })).edges[0];
      const store = await canvasWith(['chen-zhi', held], [ownership]);
      render(<ExposureSection api={real.api} id={held} store={store} />);
      fireEvent.click(await screen.findByRole('button', { name: 'Highlight deciding paths' }, { timeout: 10_000 }));
      expect(drawn(store).getElementById(held).hasClass(DERIVED_CLASS)).toBe(true);
      expect(drawn(store).getElementById(ownership.id).hasClass(PATH_CLASS)).toBe(true);
      expect(store.undo()).toBe('Highlight deciding paths');
      expect(drawn(store).$(`.${PATH_CLASS}`).length).toBe(0);
      expect(drawn(store).getElementById(held).hasClass(DERIVED_CLASS)).toBe(true);
      expect(drawn(store).getElementById('chen-zhi').hasClass(DERIVED_CLASS)).toBe(false);
    } finally {
      await removeTestEntities(db, prefix);
      await db.close();
    }
  });

  it('shows a clear entity as clear, with nothing to highlight', async () => {
    render(<ExposureSection api={real.api} id="cambodia" store={await canvasWith(['cambodia'])} />);
    expect((await screen.findAllByText('Clear', {}, { timeout: 10_000 })).length).toBe(4); // US, UK, EU and UN
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Highlight deciding paths' })).toBeNull();
  });

  it('warns that a possibly listed entity is not clear: Qiu Weiren before the list file that first has him', async () => {
    const onMarchFirst = Object.create(real.api, {
      exposure: { value: (id: string) => real.api.exposure(id, '2026-03-01') },
    });
    render(<ExposureSection api={onMarchFirst} id="qiu-weiren" store={null} />);
    const us = await screen.findByText(/US \(OFAC 50% rule\)/, {}, { timeout: 10_000 });
    expect(us.parentElement!.textContent).toContain('Possibly listed');
    expect(us.parentElement!.querySelector('[role="alert"]')!.textContent).toMatch(/Not certain/);
  });

  it('marks as derived the unlisted entity and the unlisted entities along its chains, not the listed root', () => {
    const regime = (status: RegimeExposure['status'], nodeIds: string[][]): RegimeExposure => ({
      regime: 'US',
      rule: '',
      status,
      explanation: '',
      listings: [],
      holdings: [],
      aggregatePercentage: null,
      aggregateMaximum: null,
      guidance: [],
      chains: nodeIds.map((ids) => ({
        nodeIds: ids,
        edgeIds: [],
        percentages: [],
        root: { id: ids[0], name: ids[0], listings: [] },
      })),
    });
    const result = {
      entity: { id: 'b', name: 'B', kind: 'Company' },
      regimes: [regime('blocked', [['x', 'a', 'b']]), { ...regime('clear', []), regime: 'UK' }],
    } as ExposureResult;
    expect(derivedIds(result).sort()).toEqual(['a', 'b']);
  });
});

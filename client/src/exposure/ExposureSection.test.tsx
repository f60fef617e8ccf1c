// @vitest-environment jsdom
// The side panel's exposure section and its canvas marks, against the real API server and the seeded Neo4j.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { useRealApi } from '../../../tests/support/realApi.ts';
import type { ExposureResult, RegimeExposure } from '@api/types.ts';
import { derivedIds, DERIVED_CLASS, PATH_CLASS } from './exposureCanvas.ts';
import { ExposureSection } from './ExposureSection.tsx';

const real = useRealApi();
afterEach(cleanup);

const canvasWith = (nodeIds: string[], edges: { id: string; source: string; target: string }[] = []) =>
  cytoscape({
    headless: true,
    elements: [...nodeIds.map((id) => ({ data: { id } })), ...edges.map((data) => ({ data }))],
  });

describe('the exposure section of the side panel', () => {
  it('explains that Geotech Holdings is listed by OFAC and treated as designated in the UK because Chen Zhi controls it', async () => {
    render(<ExposureSection api={real.api} id="geotech-holdings" cy={null} />);
    const uk = await screen.findByText(/UK \(ownership and control\)/, {}, { timeout: 10_000 });
    expect(uk.parentElement!.textContent).toContain('Blocked (derived)');
    expect(uk.parentElement!.textContent).toMatch(/controlled by Chen Zhi \(listed 2025-10-14\)/);
    expect(screen.getByText(/US \(OFAC 50% rule\)/).parentElement!.textContent).toContain('Listed');
    expect(screen.getByText(/not legal advice/)).toBeTruthy();
  });

  it('highlights the deciding path, and keeps the listing mark (not the derived one) on a listed entity', async () => {
    const relationship = (await real.api.neighbors('geotech-holdings', { types: ['CONTROLS'], direction: 'in' }))
      .edges[0];
    const cy = canvasWith(['chen-zhi', 'geotech-holdings'], [relationship]);
    render(<ExposureSection api={real.api} id="geotech-holdings" cy={cy} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Highlight deciding paths' }, { timeout: 10_000 }));
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

  it('shows a clear entity as clear, with nothing to highlight', async () => {
    render(<ExposureSection api={real.api} id="cambodia" cy={canvasWith(['cambodia'])} />);
    expect((await screen.findAllByText('Clear', {}, { timeout: 10_000 })).length).toBe(4); // US, UK, EU and UN
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Highlight deciding paths' })).toBeNull();
  });

  it('warns that a possibly listed entity is not clear: Qiu Weiren before the list file that first has him', async () => {
    const onMarchFirst = Object.create(real.api, {
      exposure: { value: (id: string) => real.api.exposure(id, '2026-03-01') },
    });
    render(<ExposureSection api={onMarchFirst} id="qiu-weiren" cy={null} />);
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

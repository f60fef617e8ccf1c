// Sanctions exposure and data export in the explorer, in real headless Chromium against the real server.
import { readFileSync } from 'node:fs';
import { writeHandMadeGraph } from '../support/handMadeGraph.ts';
import { removeTestEntities, testPrefix } from '../support/testDb.ts';
import { nodeIds } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { exportAs } from './support/menus.ts';

const prefix = testPrefix('e2e-exposure');
const session = useExplorerSession({ cleanup: (db) => removeTestEntities(db, prefix) });
const { open } = session;

describe('sanctions exposure in the explorer', () => {
  it('explains why Geotech Holdings is treated as designated in the UK and highlights the deciding path', async () => {
    const page = await open('/?nodes=chen-zhi,geotech-holdings&sel=geotech-holdings');
    expect(await nodeIds(page)).toEqual(expect.arrayContaining(['chen-zhi', 'geotech-holdings']));
    const exposure = page.getByLabel('Sanctions exposure');
    await eventually(() => exposure.textContent()).toMatch(/UK \(ownership and control\): Blocked \(derived\)/);
    expect(await exposure.textContent()).toMatch(/controlled by Chen Zhi \(listed 2025-10-14\)/);
    expect(await exposure.textContent()).toMatch(/not legal advice/);
    await exposure.getByRole('button', { name: 'Highlight deciding paths' }).click();
    await eventually(() => exposure.textContent()).toMatch(/3 elements highlighted on the canvas/);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-exposure.png` });
    await page.close();
  });

  it('warns that a company Chen Zhi owns an unknown share of is possibly exposed, not clear', async () => {
    await writeHandMadeGraph(session.db, prefix, {
      entities: [['uncertain', 'Company']],
      relationships: [{ type: 'OWNS', source: 'chen-zhi', target: 'uncertain' }],
    });
    const page = await open(`/?nodes=chen-zhi,${prefix}uncertain&sel=${prefix}uncertain`);
    const exposure = page.getByLabel('Sanctions exposure');
    await eventually(() => exposure.textContent()).toMatch(/US \(OFAC 50% rule\): Possibly exposed/);
    expect(await exposure.getByRole('alert').first().textContent()).toMatch(/Not certain.*Do not treat as clear/);
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-exposure-warning-${width}.png` });
    }
    await page.close();
  });

  it('warns in the side panel and the exposure section that recorded stakes into a company add up to 120%', async () => {
    const own = `${prefix}over-`; // the file's prefix (cleaned up after), apart from the other graph's ids
    await writeHandMadeGraph(session.db, own, {
      entities: [
        ['overowned', 'Company'],
        ['other-owner', 'Person'],
      ],
      relationships: [
        { type: 'OWNS', source: 'chen-zhi', target: 'overowned', percentage: 60 },
        { type: 'OWNS', source: 'other-owner', target: 'overowned', percentage: 60 },
      ],
    });
    const page = await open(`/?nodes=chen-zhi,${own}overowned&sel=${own}overowned`);
    const warnings = page.getByLabel('Data-quality warnings');
    await eventually(() => warnings.first().textContent()).toMatch(/adds up to 120%/);
    expect(await warnings.first().textContent()).toContain('Chen Zhi 60%');
    expect(await warnings.first().textContent()).toContain('other-owner (test) 60%');
    // Once at the top of the panel, once in the exposure answer that walked through it.
    await eventually(() => warnings.count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-over-ownership.png` });
    await page.close();
  });

  it('exports what is on the canvas as FollowTheMoney lines from the export menu', async () => {
    const page = await open('/?nodes=chen-zhi,geotech-holdings');
    const target = await exportAs(page, 'ftm');
    expect(target).toMatch(/-sanctions-graph\.ftm\.jsonl$/);
    const lines = readFileSync(target, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(
      lines
        .filter((l) => l.schema !== 'Sanction' && l.schema !== 'UnknownLink')
        .map((l) => l.id)
        .sort(),
    ).toEqual(['chen-zhi', 'geotech-holdings']);
    // No authority is on the canvas, so no Sanction link is shown or exported; the entity still says it is sanctioned.
    expect(lines.find((l) => l.id === 'chen-zhi').properties.topics).toEqual(['sanction']);
    const everything = readFileSync(await exportAs(page, 'ftm', { links: 'all' }), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(everything.some((l) => l.schema === 'Sanction' && l.properties.entity[0] === 'chen-zhi')).toBe(true);
    await page.close();
  });
});

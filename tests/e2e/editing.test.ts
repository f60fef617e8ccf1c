// An investigator edits the graph in real headless Chromium, against the real server and the seeded Neo4j.
import type { Page } from 'playwright-core';
import type { GraphDb } from '../../server/src/db/graphDb.ts';
import { clickElement, drawnGraph, waitForStillCanvas } from './support/canvas.ts';
import { eventually, SCREENSHOTS, useExplorerSession } from './support/explorerSession.ts';
import { chooseFromMenu } from './support/menus.ts';

const COMPANY = `E2E Shell Holdings ${Date.now().toString(36)}`;
const SOURCE = { url: 'https://example.org/e2e-registry', publisher: 'E2E Registry', date: '2026-02-01' };

/** The company was created through the UI with a generated id: remove it, its edges and their audit entries. */
async function removeCompany(db: GraphDb) {
  await db.writeTx(async (tx) => {
    const found = await tx.run('MATCH (n:Entity) WHERE n.name STARTS WITH $name RETURN collect(n.id) AS ids', {
      name: COMPANY,
    });
    const ids = found.records[0].get('ids') as string[];
    await tx.run(
      'MATCH (a:AuditEntry) WHERE a.targetId IN $ids OR a.fromEntity IN $ids OR a.toEntity IN $ids DELETE a',
      { ids },
    );
    await tx.run('MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', { ids });
  });
}

const session = useExplorerSession({ cleanup: removeCompany });
let page: Page;

beforeAll(async () => {
  page = await session.open();
});

async function fillSource(form: ReturnType<Page['getByRole']>) {
  await form.getByLabel('Source URL').fill(SOURCE.url);
  await form.getByLabel('Publisher').fill(SOURCE.publisher);
  await form.getByLabel('Source date (YYYY-MM-DD)').fill(SOURCE.date);
}

/** The Add relationship form filled with Chen Zhi owning `percentage` of the company, not yet sent. */
async function openOwnership(companyId: string, percentage: string) {
  await chooseFromMenu(page, 'Add', 'Add relationship');
  const form = page.getByRole('form', { name: 'Add relationship' });
  await form.getByLabel('From').selectOption('chen-zhi');
  await form.getByLabel('Type').selectOption('OWNS');
  await form.getByLabel('To').selectOption(companyId);
  await form.getByLabel('Percentage (0-100)').fill(percentage);
  return form;
}

const companyId = async () =>
  (await drawnGraph(page)).nodes.map((n) => n.id).find((id) => id.startsWith('company-e2e-shell-holdings-'));

describe('editing in the explorer', () => {
  it('warns of a likely duplicate: "Did you mean Chen Zhi (sanctioned, Person)?"', async () => {
    await chooseFromMenu(page, 'Add', 'Add entity');
    const form = page.getByRole('form', { name: 'Add entity' });
    await form.getByLabel('Kind').selectOption('Person');
    await form.getByLabel('Name').fill('Zhi Chen');
    await eventually(() => form.locator('.duplicate-warning').textContent()).toContain(
      'Did you mean Chen Zhi (sanctioned, Person)?',
    );
    await expect(form.getByRole('button', { name: 'Create anyway' })).toBeTruthy();
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('validates as you type with the shared schema', async () => {
    await chooseFromMenu(page, 'Add', 'Add entity');
    const form = page.getByRole('form', { name: 'Add entity' });
    await form.getByLabel('Name').fill('Anything');
    await form.getByLabel('Jurisdiction').fill('Cambodia');
    await eventually(() => form.locator('.field-error').allTextContents()).toContain(
      'Jurisdiction: must be an ISO 3166-1 alpha-2 code such as KH',
    );
    await form.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a company, then an OWNS edge from Chen Zhi with 60%, shows both on the canvas and the audit entries', async () => {
    await chooseFromMenu(page, 'Add', 'Add entity');
    const entityForm = page.getByRole('form', { name: 'Add entity' });
    await entityForm.getByLabel('Kind').selectOption('Company');
    await entityForm.getByLabel('Name').fill(COMPANY);
    await entityForm.getByLabel('Jurisdiction').fill('KH');
    await fillSource(entityForm);
    await entityForm.getByRole('button', { name: /^Create/ }).click();
    await eventually(companyId).toBeDefined();
    const id = (await companyId())!;
    await eventually(() => page.getByLabel('Entity details').locator('h2').first().textContent()).toBe(COMPANY);

    const relForm = await openOwnership(id, '160');
    await eventually(() => relForm.locator('.field-error').allTextContents()).toContain(
      'Percentage (0-100): Too big: expected number to be <=100',
    );
    await relForm.getByLabel('Percentage (0-100)').fill('60');
    await fillSource(relForm);
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-add-relationship.png` });
    await relForm.getByRole('button', { name: 'Create' }).click();
    await eventually(async () =>
      (await drawnGraph(page)).edges.map((e) => e.id).find((e) => e.startsWith(`chen-zhi--owns--${id}--`)),
    ).toBeDefined();
    await eventually(() => page.getByLabel('Relationship details').textContent()).toContain('60%');

    const stored = await session.db.read(
      'MATCH (:Entity {id: "chen-zhi"})-[r:OWNS]->(:Entity {id: $id}) RETURN r.percentage AS p',
      { id },
    );
    expect(stored.records.map((r) => r.get('p'))).toEqual([60]);

    await clickElement(page, id);
    const history = page.getByLabel('History');
    await eventually(() => history.textContent()).toContain('local-investigator created OWNS Chen Zhi → ' + COMPANY);
    await expect(history.textContent()).resolves.toContain('local-investigator created the entity');
    await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-editing.png` });
  });

  it('edits an ownership to 75% past a conflict and then deletes it, with every change in its history', async () => {
    const id = (await companyId())!;
    const relForm = await openOwnership(id, '10');
    await fillSource(relForm);
    await relForm.getByRole('button', { name: 'Create' }).click();
    const panel = page.getByLabel('Relationship details');
    await eventually(() => panel.textContent()).toContain('10%');
    const ownsTen = await session.db.read(
      'MATCH (:Entity {id: "chen-zhi"})-[r:OWNS {percentage: 10}]->(:Entity {id: $id}) RETURN r.id AS id',
      { id },
    );
    const relId = ownsTen.records[0].get('id') as string;

    // Someone else changes it first: the conflict says what changed, and the panel carries on from their version.
    await panel.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit relationship' });
    await form.getByLabel('Percentage (0-100)').fill('70');
    await fillSource(form);
    const patched = await page.evaluate(
      async ({ relId, source }) =>
        (
          await fetch(`/api/relationships/${relId}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ version: 1, percentage: 20, sources: [source] }),
          })
        ).status,
      { relId, source: SOURCE },
    );
    expect(patched).toBe(200);
    await form.getByRole('button', { name: 'Save' }).click();
    const conflict = panel.locator('.conflict-notice');
    await eventually(() => conflict.textContent()).toMatch(/Percentage \(0-100\): 10\s*→\s*20/);
    await conflict.getByRole('button', { name: 'Load the current version' }).click();
    await eventually(() => panel.locator('.property-table').textContent()).toContain('20%');

    await panel.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Percentage (0-100)').fill('75');
    await expect(form.getByRole('button', { name: 'Save' }).isDisabled()).resolves.toBe(true);
    await fillSource(form);
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-edit-relationship-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1600, height: 950 });
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => panel.getByLabel('History').textContent()).toMatch(
      /local-investigator changed OWNS Chen Zhi → E2E Shell Holdings[^]*Percentage \(0-100\): 20\s*→\s*75/,
    );
    await expect(panel.locator('.property-table, table').first().textContent()).resolves.toContain('75%');
    const stored = await session.db.read('MATCH ()-[r:OWNS {id: $relId}]->() RETURN r.percentage AS p', { relId });
    expect(stored.records.map((r) => r.get('p'))).toEqual([75]);

    await panel.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('form', { name: 'Delete relationship' });
    await expect(confirm.textContent()).resolves.toContain(`Delete OWNS Chen Zhi → ${COMPANY}?`);
    await fillSource(confirm);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await eventually(async () => (await drawnGraph(page)).edges.some((e) => e.id === relId)).toBe(false);
    const left = await session.db.read('MATCH ()-[r:OWNS {id: $relId}]->() RETURN count(r) AS n', { relId });
    expect(left.records[0].get('n')).toBe(0);
    const history = await page.evaluate(
      async (relId) => (await (await fetch(`/api/audit?relationship=${relId}`)).json()).entries,
      relId,
    );
    expect(history.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'update', 'create']);

    // Undo is for canvas steps: the deleted relationship does not come back.
    await page.locator('.canvas-area').click({ position: { x: 5, y: 300 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await waitForStillCanvas(page);
    expect((await drawnGraph(page)).edges.some((e) => e.id === relId)).toBe(false);
    await clickElement(page, id);
    await eventually(() => page.getByLabel('Entity details').locator('h2').first().textContent()).toBe(COMPANY);
  });

  it('edits the company inline and shows the change in its history, then deletes it with its relationship', async () => {
    const id = (await companyId())!;
    const panel = page.getByLabel('Entity details');
    await panel.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit entity' });
    await form.getByLabel('Registration number').fill('KH-00042');
    await fillSource(form);
    await form.getByRole('button', { name: 'Save' }).click();
    await eventually(() => page.getByLabel('History').textContent()).toMatch(
      /local-investigator changed the entity\s*Registration number: —\s*→\s*KH-00042/,
    );

    // Someone else changes it meanwhile: the conflict says what changed and carries on from their version.
    await panel.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Registration number').fill('KH-00043');
    await fillSource(form);
    const patched = await page.evaluate(
      async ({ id, source }) =>
        (
          await fetch(`/api/entities/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ version: 2, registrationNumber: 'KH-99999', sources: [source] }),
          })
        ).status,
      { id, source: SOURCE },
    );
    expect(patched).toBe(200);
    await form.getByRole('button', { name: 'Save' }).click();
    const conflict = page.locator('.conflict-notice');
    await eventually(() => conflict.textContent()).toMatch(/Registration number: KH-00042\s*→\s*KH-99999/);
    await conflict.getByRole('button', { name: 'Load the current version' }).click();
    await eventually(() => page.getByLabel('Entity details').textContent()).toContain('KH-99999');

    await page.getByLabel('Entity details').getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('form', { name: 'Delete entity' });
    await expect(confirm.textContent()).resolves.toContain('and its 1 relationship');
    await fillSource(confirm);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await eventually(async () => (await drawnGraph(page)).nodes.some((n) => n.id === id)).toBe(false);
    const left = await session.db.read('MATCH (n:Entity {id: $id}) RETURN count(n) AS n', { id });
    expect(left.records[0].get('n')).toBe(0);

    // Undo is for canvas steps: it must not bring back the deleted company, nor fail on it.
    await page.locator('.canvas-area').click({ position: { x: 5, y: 300 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await waitForStillCanvas(page);
    expect((await drawnGraph(page)).nodes.some((n) => n.id === id)).toBe(false);
    expect(await page.locator('.status-error').count()).toBe(0);
  });

  it('merges a duplicate company into the record kept: its ownership moves there and the canvas shows one node', async () => {
    const idOf = async (name: string) =>
      (await session.db.read('MATCH (n:Entity {name: $name}) RETURN n.id AS id', { name })).records[0]?.get('id') as
        string | undefined;
    const [kept, duplicate] = [`${COMPANY} Trading`, `${COMPANY} Trading Ltd`];
    for (const name of [kept, duplicate]) {
      await chooseFromMenu(page, 'Add', 'Add entity');
      const form = page.getByRole('form', { name: 'Add entity' });
      await form.getByLabel('Kind').selectOption('Company');
      await form.getByLabel('Name').fill(name);
      await fillSource(form);
      // The duplicate is recognised as one: it is created only on purpose.
      if (name === duplicate) await form.getByRole('button', { name: 'Create anyway' }).waitFor();
      await form.getByRole('button', { name: /^Create/ }).click();
      await eventually(() => idOf(name)).toBeDefined();
    }
    const [keptId, duplicateId] = [(await idOf(kept))!, (await idOf(duplicate))!];
    // The earlier undos may have taken Chen Zhi off the canvas: the search box puts him back.
    await page.getByLabel('Search entities').fill('Chen Zhi');
    await page
      .getByRole('option', { name: /^Chen Zhi/ })
      .first()
      .click();
    await eventually(async () => (await drawnGraph(page)).nodes.some((n) => n.id === 'chen-zhi')).toBe(true);
    const relForm = await openOwnership(duplicateId, '30');
    await fillSource(relForm);
    await relForm.getByRole('button', { name: 'Create' }).click();
    await eventually(() => page.getByLabel('Relationship details').textContent()).toContain('30%');
    const edgeId = (await drawnGraph(page)).edges.find((e) => e.id.includes(`--owns--${duplicateId}`))!.id;

    await clickElement(page, duplicateId);
    const panel = page.getByLabel('Entity details');
    await eventually(() => panel.locator('h2').first().textContent()).toBe(duplicate);
    await panel.getByRole('button', { name: 'Merge into…' }).click();
    const form = page.getByRole('form', { name: 'Merge entity' });
    await form.getByLabel('Record to keep').fill(kept);
    await form
      .getByRole('option', { name: new RegExp(`^${kept}(?! Ltd)`) })
      .first()
      .click();
    const moves = form.getByLabel('What moves');
    // The server's dry run of the merge, before anything is written.
    await eventually(() => moves.textContent()).toContain(`1 relationship moves to ${kept} (owns 1)`);
    await expect(moves.textContent()).resolves.toContain(`${kept} will read as “${kept}”, also known as`);
    await expect(moves.textContent()).resolves.toContain(duplicate);
    await fillSource(form);
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: `${SCREENSHOTS}/sge-e2e-merge-${width}x${height}.png` });
    }
    await page.setViewportSize({ width: 1600, height: 950 });
    await form.getByRole('button', { name: 'Merge' }).click();

    await eventually(async () => (await drawnGraph(page)).nodes.some((n) => n.id === duplicateId)).toBe(false);
    await eventually(() => page.getByLabel('Entity details').locator('h2').first().textContent()).toBe(kept);
    await expect(page.getByLabel('Entity details').textContent()).resolves.toContain(duplicate);
    const edge = await page.evaluate((id) => {
      const container = document.querySelector('[data-testid="graph-canvas"]') as HTMLElement & {
        _cyreg?: { cy: import('cytoscape').Core };
      };
      const drawn = container._cyreg!.cy.$id(id);
      return { source: drawn.data('source') as string, target: drawn.data('target') as string };
    }, edgeId);
    expect(edge).toEqual({ source: 'chen-zhi', target: keptId });
    const stored = await session.db.read(
      'MATCH (:Entity {id: "chen-zhi"})-[r:OWNS {id: $edgeId}]->(n:Entity) RETURN n.id AS id',
      { edgeId },
    );
    expect(stored.records.map((r) => r.get('id'))).toEqual([keptId]);
    await eventually(() => page.getByLabel('History').textContent()).toContain(
      `local-investigator merged ${duplicateId} into ${kept}`,
    );
  });
});

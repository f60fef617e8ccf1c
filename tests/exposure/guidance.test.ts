// One test per statement of guidance, each citing the sentence it comes from (also in server/src/exposure/regimes.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExposureResult, RegimeExposure } from '../../server/src/api/types.ts';
import { exposureOf } from '../../server/src/exposure/exposureRoutes.ts';
import { renderRegimeTable } from '../../server/src/exposure/regimeTable.ts';
import { REGIMES } from '../../server/src/exposure/regimes.ts';
import { ensureAuthority } from '../../server/src/importers/authorities.ts';
import { writeHandMadeGraph, type HandMadeGraph } from '../support/handMadeGraph.ts';
import { startTestServer, type TestServer } from '../support/testApp.ts';
import { openTestDb, removeTestEntities, testPrefix } from '../support/testDb.ts';

const db = openTestDb();
const prefix = testPrefix('guidance');
let server: TestServer;

const OFAC = 'us-treasury-ofac';
const UK = 'uk-fcdo-ofsi';
const EU = 'eu-council';
const UN = 'un-security-council';
type Rel = HandMadeGraph['relationships'][number];
const listed = (source: string, authority: string, extra: Record<string, unknown> = {}): Rel => ({
  type: 'SANCTIONED_BY',
  source,
  target: authority,
  program: 'TEST',
  listId: `${source}-id`,
  listedOn: '2025-10-14',
  ...extra,
});
const owns = (source: string, target: string, percentage?: number, extra: Record<string, unknown> = {}): Rel => ({
  type: 'OWNS',
  source,
  target,
  ...(percentage === undefined ? {} : { percentage }),
  ...extra,
});
const report = (publisher: string) => ({ reference: `${publisher} register extract`, publisher, date: '2025-06-01' });

const people = ['x', 'y', 'z', 'p', 'q', 'r', 'nb', 'dl', 'ud', 'hm', 'eu1', 'eu2', 'un1', 'un2'];
const companies: string[] = [];
const relationships: Rel[] = [];
const company = (...ids: string[]) => companies.push(...ids);
const add = (...rels: Rel[]) => relationships.push(...rels);

// US owners x, y, z; UK designated p, q; r a person p controls.
add(listed('x', OFAC), listed('y', OFAC, { program: 'RUSSIA-EO14024' }), listed('z', OFAC));
add(listed('p', UK), listed('q', UK), listed('x', UK), listed('y', UK));
// Three owners, 17.9% + 17.9% + 14.2%, created in all six orders.
const orders = [
  ['x', 'y', 'z'],
  ['x', 'z', 'y'],
  ['y', 'x', 'z'],
  ['y', 'z', 'x'],
  ['z', 'x', 'y'],
  ['z', 'y', 'x'],
];
const share: Record<string, number> = { x: 17.9, y: 17.9, z: 14.2 };
orders.forEach((order, i) => (company(`three-${i}`), add(...order.map((o) => owns(o, `three-${i}`, share[o])))));
company('just-below', 'just-above', 'aggregate', 'programs');
add(owns('x', 'just-below', 49.99), owns('x', 'just-above', 50.01));
add(owns('x', 'aggregate', 25), owns('z', 'aggregate', 25)); // same program
add(owns('x', 'programs', 25), owns('y', 'programs', 25)); // TEST + RUSSIA-EO14024
// FAQ 401's examples.
company('e1-a', 'e1-b', 'e2-a', 'e2-b', 'e2-c', 'e3-a', 'e3-b', 'n-a', 'n-b', 'n-c');
add(owns('x', 'e1-a', 50), owns('e1-a', 'e1-b', 50));
add(owns('x', 'e2-a', 50), owns('x', 'e2-b', 50), owns('e2-a', 'e2-c', 25), owns('e2-b', 'e2-c', 25));
add(owns('x', 'e3-a', 50), owns('x', 'e3-b', 10), owns('e3-a', 'e3-b', 40));
add(owns('x', 'n-a', 25), owns('x', 'n-b', 25), owns('n-a', 'n-c', 50), owns('n-b', 'n-c', 50));
// Chains of 100% holdings, 12, 30 and 41 hops above the entity.
const chain = (name: string, hops: number) => {
  const ids = Array.from({ length: hops }, (_, i) => `${name}-${i}`);
  company(...ids);
  add(owns('x', ids[hops - 1], 100));
  for (let i = hops - 1; i > 0; i--) add(owns(ids[i], ids[i - 1], 100));
};
chain('c12', 12);
chain('c30', 30);
chain('c41', 41);
// UK: 0.1% directly and 0.2% + 49.7% through wholly owned subsidiaries is exactly 50%, not more.
company('uk-sub1', 'uk-sub2', 'uk-fifty');
add(owns('p', 'uk-sub1', 100), owns('p', 'uk-sub2', 100));
add(owns('p', 'uk-fifty', 0.1), owns('uk-sub1', 'uk-fifty', 0.2), owns('uk-sub2', 'uk-fifty', 49.7));
// UK joint arrangement: p 30% + q 25%, acting jointly; the same without the arrangement (x 30% + y 25%).
company('joint', 'not-joint', 'rights');
add(owns('p', 'joint', 30), owns('q', 'joint', 25), { type: 'ACTS_JOINTLY_WITH', source: 'p', target: 'q' });
add(owns('x', 'not-joint', 30), owns('y', 'not-joint', 25));
// p controls how r exercises its rights: r's 30% counts with p's 25%.
add(owns('p', 'rights', 25), owns('r', 'rights', 30), { type: 'CONTROLS', source: 'p', target: 'r' });
// Control without ownership.
company('controlled');
add({ type: 'CONTROLS', source: 'p', target: 'controlled' }, { type: 'CONTROLS', source: 'x', target: 'controlled' });
// One stake twice; one stake reported as 48%, 50% and 51% by three sources.
company('twice', 'conflict');
add(owns('x', 'twice', 30), owns('x', 'twice', 30));
add(
  owns('x', 'conflict', 48, { sources: [report('Registry A')] }),
  owns('x', 'conflict', 50, { sources: [report('Registry B')] }),
  owns('x', 'conflict', 51, { sources: [report('Registry C')] }),
);
// Unknown percentage next to a known 30%: at most 70%.
company('unknown');
add(owns('x', 'unknown'), owns('nb', 'unknown', 30));
// A delisting (listing endDate) and a divestment (holding endDate).
company('delisted-asset', 'divested');
add(listed('dl', OFAC, { endDate: '2025-12-31' }), owns('dl', 'delisted-asset', 100));
add(owns('x', 'divested', 60, { endDate: '2025-12-31' }));
// An undated listing seen first in the list file of 2026-03-01, and one entered by hand without any date.
company('ud-asset', 'hm-asset');
add(
  listed('ud', OFAC, { listedOn: undefined, listEditions: ['2026-03-01', '2026-05-01'] }),
  owns('ud', 'ud-asset', 60),
);
add(listed('hm', OFAC, { listedOn: undefined }), owns('hm', 'hm-asset', 60));
// A non-blocking program.
company('nb-asset');
add(listed('nb', OFAC, { program: 'UKRAINE-EO13662' }), owns('nb', 'nb-asset', 100));
// EU: exactly 50% by one listed person, 30% + 25% by two, control.
company('eu-fifty', 'eu-sum', 'eu-control');
add(listed('eu1', EU), listed('eu2', EU));
add(owns('eu1', 'eu-fifty', 50), owns('eu1', 'eu-sum', 30), owns('eu2', 'eu-sum', 25));
add({ type: 'CONTROLS', source: 'eu2', target: 'eu-control' });
// UN: a listed person owning all of one company and controlling another, two listed persons 30% + 30% of a third;
// un1 is also on OFAC's list, so the US rule still blocks what it owns.
company('un-whole', 'un-controlled', 'un-sum', 'un-listed-co');
add(listed('un1', UN), listed('un2', UN), listed('un1', OFAC), listed('un-listed-co', UN));
add(owns('un1', 'un-whole', 100), owns('un1', 'un-sum', 30), owns('un2', 'un-sum', 30));
add({ type: 'CONTROLS', source: 'un2', target: 'un-controlled' });

beforeAll(async () => {
  await ensureAuthority(db, REGIMES.EU.authority, report('test suite'));
  await ensureAuthority(db, REGIMES.UN.authority, report('test suite'));
  await writeHandMadeGraph(db, prefix, {
    entities: [
      ...people.map((id): [string, 'Person'] => [id, 'Person']),
      ...companies.map((id): [string, 'Company'] => [id, 'Company']),
    ],
    relationships: relationships.map(
      (r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Rel,
    ),
  });
  server = await startTestServer(db);
}, 120_000);

afterAll(async () => {
  await server.close();
  await removeTestEntities(db, prefix);
  await db.close();
});

async function exposure(id: string, asOf = '2026-06-01'): Promise<ExposureResult> {
  const response = await fetch(
    `${server.baseUrl}/api/entities/${encodeURIComponent(prefix + id)}/exposure?asOf=${asOf}`,
  );
  expect(response.status).toBe(200);
  return response.json();
}
const regime = async (id: string, name: 'US' | 'UK' | 'EU' | 'UN', asOf?: string): Promise<RegimeExposure> =>
  (await exposure(id, asOf)).regimes.find((r) => r.regime === name)!;

describe("OFAC's 50% rule", () => {
  // FAQ 401: "... owned 50 percent or more in the aggregate by one or more blocked persons are considered blocked."
  it('blocks 17.9% + 17.9% + 14.2% = exactly 50% in every order the holdings were created', async () => {
    for (let i = 0; i < orders.length; i++) {
      const us = await regime(`three-${i}`, 'US');
      expect(us.status).toBe('blocked');
      expect(us.aggregatePercentage).toBe(50);
      expect(us.explanation).toMatch(/ = 50%\.$/);
    }
  });

  it('does not block 49.99% and blocks 50.01%', async () => {
    expect(await regime('just-below', 'US')).toMatchObject({ status: 'clear', aggregatePercentage: 49.99 });
    expect((await regime('just-below', 'US')).explanation).toMatch(
      /49\.99% held by x \(test\) \(listed 2025-10-14\) = 49\.99%, below 50%\./,
    );
    expect(await regime('just-above', 'US')).toMatchObject({ status: 'blocked', aggregatePercentage: 50.01 });
  });

  // FAQ 399: "if Blocked Person X owns 25 percent of Entity A, and Blocked Person Y owns another 25 percent of
  // Entity A, Entity A is considered to be blocked."
  it('adds up the holdings of different blocked persons, also across programs', async () => {
    expect(await regime('aggregate', 'US')).toMatchObject({ status: 'blocked', aggregatePercentage: 50 });
    const programs = await regime('programs', 'US');
    expect(programs).toMatchObject({ status: 'blocked', aggregatePercentage: 50 });
    expect(programs.holdings.map((h) => h.ownerId).sort()).toEqual([`${prefix}x`, `${prefix}y`]);
  });

  // FAQ 401, Example 1: "Blocked Person X owns 50 percent of Entity A, and Entity A owns 50 percent of Entity B.
  // Entity B is considered to be blocked."
  it("follows FAQ 401's example 1: 50% of 50%", async () => {
    expect((await regime('e1-b', 'US')).status).toBe('blocked');
  });

  // FAQ 401, Example 2: "Entities A and B each own 25 percent of Entity C. Entity C is considered to be blocked."
  it("follows FAQ 401's example 2: 25% + 25% through two entities X owns 50% of", async () => {
    const us = await regime('e2-c', 'US');
    expect(us).toMatchObject({ status: 'blocked', aggregatePercentage: 50 });
    expect(us.chains.map((c) => c.nodeIds[0])).toEqual([`${prefix}x`, `${prefix}x`]);
  });

  // FAQ 401, Example 3: "Blocked Person X owns 50 percent of Entity A and 10 percent of Entity B. Entity A also owns
  // 40 percent of Entity B. Entity B is considered to be blocked."
  it("follows FAQ 401's example 3: 10% directly + 40% through an entity X owns 50% of", async () => {
    expect(await regime('e3-b', 'US')).toMatchObject({ status: 'blocked', aggregatePercentage: 50 });
  });

  // FAQ 401: an SDN owning 25% of A and of B, which each own 50% of C, "is not considered to indirectly own any of
  // Entity C through its part ownership of Entities A or B."
  it('does not look through entities the blocked person owns less than 50% of', async () => {
    const us = await regime('n-c', 'US');
    expect(us.status).toBe('clear');
    expect(us.explanation).toMatch(
      /listed persons upstream \(x \(test\)\) hold no stake in it, directly or through entities they own 50% or more of\./,
    );
  });

  it('follows chains of 12 and 30 hops to the listed owner at the top', async () => {
    const twelve = await regime('c12-0', 'US');
    expect(twelve.status).toBe('blocked');
    expect(twelve.chains[0].nodeIds).toHaveLength(13);
    expect((await regime('c30-0', 'US')).status).toBe('blocked');
  });

  it('never says clear when the walk was cut off: 41 hops is undetermined, naming the bound and where it stopped', async () => {
    const result = await exposure('c41-0');
    expect(result.scope).toMatchObject({ complete: false, boundHit: 'depth', maxDepth: 40 });
    expect(result.scope.stoppedAt!.entityIds).toEqual([`${prefix}c41-40`]);
    // The UN regime derives nothing from owners, so owners further up cannot change its answer.
    expect(result.regimes.find((r) => r.regime === 'UN')!.status).toBe('clear');
    for (const r of result.regimes.filter((r) => r.regime !== 'UN')) {
      expect(r.status).toBe('undetermined');
      expect(r.explanation).toMatch(/walk stopped at its depth bound of 40 hops, 40 hops up, at c41-40 \(test\)/);
    }
  });

  it('stops at the entity and time bounds too, and says which', async () => {
    const small = await exposureOf(db, `${prefix}e2-c`, '2026-06-01', {
      maxDepth: 40,
      maxEntities: 2,
      maxMilliseconds: 10_000,
    });
    expect(small.scope).toMatchObject({ complete: false, boundHit: 'entities', maxEntities: 2 });
    const timed = await exposureOf(db, `${prefix}e2-c`, '2026-06-01', {
      maxDepth: 40,
      maxEntities: 20_000,
      maxMilliseconds: -1,
    });
    expect(timed.scope).toMatchObject({ complete: false, boundHit: 'time', nodesExamined: 1 });
    expect(timed.regimes.map((r) => r.status)).toEqual(['undetermined', 'undetermined', 'undetermined', 'clear']);
  });

  // FAQ 398: "OFAC's 50 Percent Rule speaks only to ownership and not to control." FAQ 400 (treasury.gov, released
  // August 13, 2014): "OFAC sanctions generally prohibit transactions involving, directly or indirectly, a blocked
  // person, absent authorization from OFAC, even if the blocked person is acting on behalf of a non-blocked entity."
  // That is why the explanation advises caution instead of calling control alone nothing.
  it('does not block for control alone, and says so', async () => {
    const us = await regime('controlled', 'US');
    expect(us.status).toBe('clear');
    expect(us.explanation).toMatch(/control alone does not count/);
  });

  it('counts one stake recorded twice once', async () => {
    const us = await regime('twice', 'US');
    expect(us).toMatchObject({ status: 'clear', aggregatePercentage: 30 });
    expect(us.holdings).toHaveLength(1);
    expect(us.holdings[0].reports).toHaveLength(2);
  });

  it('names conflicting reports of one stake (48%, 50%, 51%), each with its source, and is possibly exposed', async () => {
    const us = await regime('conflict', 'US');
    expect(us).toMatchObject({ status: 'possibly_exposed', aggregatePercentage: 48, aggregateMaximum: 51 });
    expect(us.holdings[0]).toMatchObject({ conflict: true, percentage: 48, highestPercentage: 51 });
    expect(us.holdings[0].reports.map((r) => [r.percentage, r.sources[0].publisher]).sort()).toEqual([
      [48, 'Registry A'],
      [50, 'Registry B'],
      [51, 'Registry C'],
    ]);
    expect(us.explanation).toMatch(/48% to 51% \(conflicting reports: .*50% per Registry B, 2025-06-01/);
    expect((await regime('conflict', 'UK')).status).toBe('possibly_exposed'); // 51% would be more than 50%
  });

  it('describes an unknown stake as unknown, at most what the known ones leave, never as 0%', async () => {
    const us = await regime('unknown', 'US');
    expect(us.status).toBe('possibly_exposed');
    expect(us.explanation).toMatch(/an unknown percentage \(at most 70%\) held by x/);
    expect(us.explanation).toMatch(/ = unknown, at most 70%/);
    expect(us.explanation).not.toMatch(/= 0%/);
  });

  // FAQ 402: "If one or more blocked persons divest their ownership stake such that the resulting combined ownership
  // by blocked persons is less than 50 percent, the entity is no longer considered automatically to be a blocked
  // entity." (treasury.gov FAQ 402; the product does not judge whether the divestment was outside US jurisdiction.)
  it('stops counting a listing after its endDate (delisting) and a holding after its endDate (divestment)', async () => {
    expect((await regime('delisted-asset', 'US', '2025-12-31')).status).toBe('blocked');
    expect((await regime('delisted-asset', 'US', '2026-01-01')).status).toBe('clear');
    expect((await regime('divested', 'US', '2025-12-31')).status).toBe('blocked');
    expect((await regime('divested', 'US', '2026-01-01')).status).toBe('clear');
  });

  it('treats an undated listing as possibly in force before its first list file, and in force from it', async () => {
    const before = await regime('ud', 'US', '2026-02-01');
    expect(before.status).toBe('possibly_listed');
    expect(before.listings[0]).toMatchObject({
      dating: 'possibly_in_force',
      listEditions: ['2026-03-01', '2026-05-01'],
    });
    expect(before.explanation).toMatch(/listing date unknown; first seen in the list of 2026-03-01/);
    expect((await regime('ud-asset', 'US', '2026-02-01')).status).toBe('possibly_exposed');
    expect((await regime('ud', 'US', '2026-03-01')).status).toBe('listed');
    expect((await regime('ud-asset', 'US', '2026-03-01')).status).toBe('blocked');
  });

  it('keeps a listing entered by hand without a date in force, and says its date is unknown', async () => {
    const us = await regime('hm', 'US', '2020-01-01');
    expect(us.status).toBe('listed');
    expect(us.explanation).toMatch(/in force, date unknown/);
    expect((await regime('hm-asset', 'US', '2020-01-01')).status).toBe('blocked');
  });

  it('does not start the 50% rule from a non-blocking program (UKRAINE-EO13662, sectoral directives)', async () => {
    const owner = await regime('nb', 'US');
    expect(owner.listings[0]).toMatchObject({ program: 'UKRAINE-EO13662', blocking: 'non_blocking' });
    expect((await regime('nb-asset', 'US')).status).toBe('clear');
  });
});

describe('the UK ownership and control test', () => {
  // OFSI: "the person holds (directly or indirectly) more than 50% of the shares or voting rights in an entity"
  it('does not treat exactly 50% (0.1% directly + 0.2% + 49.7% through wholly owned subsidiaries) as more than 50%', async () => {
    const result = await exposure('uk-fifty');
    const uk = result.regimes.find((r) => r.regime === 'UK')!;
    expect(uk.status).toBe('clear');
    expect(uk.explanation).toMatch(/directly or through entities it owns more than 50% of/);
    expect(uk.explanation).toMatch(/0\.2% held by uk-sub1 \(test\)/);
  });

  // OFSI 4.14: "OFSI would not simply aggregate different designated persons' holdings in a company, unless, for
  // example, the shares or rights are subject to a joint arrangement between the designated parties or one party
  // controls the rights of another."
  it('adds up two designated persons acting jointly (30% + 25%), and not without the arrangement', async () => {
    expect(await regime('joint', 'UK')).toMatchObject({ status: 'blocked', aggregatePercentage: 55 });
    expect((await regime('not-joint', 'UK')).status).toBe('clear');
    expect((await regime('not-joint', 'US')).status).toBe('blocked');
  });

  it('adds up the holdings of a person whose rights the designated person controls', async () => {
    const uk = await regime('rights', 'UK');
    expect(uk).toMatchObject({ status: 'blocked', aggregatePercentage: 55 });
  });

  // OFSI: control where "the person would be able in significant respects to ensure that the affairs of a company
  // are conducted in accordance with their wishes"
  it('treats control without ownership as designation', async () => {
    expect((await regime('controlled', 'UK')).status).toBe('blocked');
  });
});

describe('the EU ownership and control criteria', () => {
  // EU Best Practices (2024): "the possession of 50% or more of the proprietary rights of an entity or having
  // majority interest in it."
  it('treats exactly 50% held by one listed person as owned (unlike the UK)', async () => {
    const eu = await regime('eu-fifty', 'EU');
    expect(eu).toMatchObject({ status: 'blocked', aggregatePercentage: 50 });
    expect(eu.guidance.find((g) => g.rule === 'ownership')!.text).toMatch(/50% or more of the proprietary rights/);
  });

  // Commission FAQ 8 on Regulation 269/2014: "if one listed person owns 30% of the entity and another listed person
  // owns 25% of the entity, the entity should be considered as owned by listed persons."
  it('adds up the holdings of different listed persons (30% + 25%)', async () => {
    expect(await regime('eu-sum', 'EU')).toMatchObject({ status: 'blocked', aggregatePercentage: 55 });
  });

  // EU Best Practices: control criteria, e.g. "having the right or exercising the power to appoint or remove a
  // majority of the members of the administrative, management or supervisory body"
  it('treats control by a listed person as control', async () => {
    expect((await regime('eu-control', 'EU')).status).toBe('blocked');
    expect((await regime('eu-control', 'US')).status).toBe('clear');
  });

  it('states each rule per regime in the README, from the one regime table', () => {
    expect(renderRegimeTable()).toMatch(/\*\*UN\*\*/);
    expect(readFileSync('README.md', 'utf8')).toContain(renderRegimeTable());
  });
});

describe("the UN Security Council's listings", () => {
  // Resolution 2253 (2015), paragraph 2 (a): the freeze includes "funds derived from property owned or controlled
  // directly or indirectly, by them or by persons acting on their behalf or at their direction"; no UN text gives a
  // share at which an owned entity is itself listed, so the UN regime counts only the listing.
  it('reports a UN listing as listed under the UN regime, with the authority and the guidance it rests on', async () => {
    const un = await regime('un-listed-co', 'UN');
    expect(un.status).toBe('listed');
    expect(un.listings[0]).toMatchObject({ authorityId: UN, program: 'TEST' });
    expect(un.guidance.find((g) => g.rule === 'ownership')).toMatchObject({
      verbatim: true,
      text: expect.stringMatching(/owned or controlled directly or indirectly/),
      source: expect.stringMatching(/resolution 2253 \(2015\)/),
    });
    expect((await regime('un-listed-co', 'US')).status).toBe('clear');
  });

  it('derives nothing from ownership or control by UN-listed persons, and says why', async () => {
    const whole = await regime('un-whole', 'UN');
    expect(whole.status).toBe('clear');
    expect(whole.explanation).toMatch(/no ownership threshold/);
    expect(whole.explanation).toContain('Listed persons upstream');
    expect(whole.rule).toMatch(/only the listing itself counts/);
    expect((await regime('un-controlled', 'UN')).status).toBe('clear');
    expect((await regime('un-sum', 'UN')).status).toBe('clear');
  });

  it('leaves the other regimes to apply their own rules to the same holdings', async () => {
    expect((await regime('un-whole', 'US')).status).toBe('blocked');
    expect((await regime('un-sum', 'EU')).status).toBe('clear');
    const regimes = (await exposure('un-whole')).regimes.map((r) => r.regime);
    expect(regimes).toEqual(['US', 'UK', 'EU', 'UN']);
  });
});

describe('creating a holding through the API', () => {
  it('answers 409 with the existing relationship for an exact duplicate, and creates it when asked to', async () => {
    const body = {
      type: 'OWNS',
      source: `${prefix}x`,
      target: `${prefix}twice`,
      percentage: 30,
      sources: [report('Registry D')],
    };
    const post = (extra = {}) =>
      fetch(`${server.baseUrl}/api/relationships`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, ...extra }),
      });
    const refused = await post();
    expect(refused.status).toBe(409);
    const { error } = await refused.json();
    expect(error.code).toBe('duplicate_holding');
    expect(error.details.existing).toMatchObject({ type: 'OWNS', percentage: 30, source: `${prefix}x` });
    expect((await post({ percentage: 31 })).status).toBe(201); // another value is another report, not a duplicate
    expect((await post({ allowDuplicate: true })).status).toBe(201);
  });
});

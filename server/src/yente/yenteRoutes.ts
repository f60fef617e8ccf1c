// A yente-compatible API under /yente, so that tools written for OpenSanctions' yente can point at this server:
// POST /match/{dataset}, GET /search/{dataset}, GET /entities/{id}, GET /catalog, GET /healthz. Names and shapes
// follow yente's OpenAPI models; each match also carries `exposure` (the status per regime), which yente has not.
import { Router } from 'express';
import type { GraphDb } from '../db/graphDb.ts';
import { today } from '../exposure/dates.ts';
import { exposureOf } from '../exposure/exposureRoutes.ts';
import { ApiError } from '../http/errors.ts';
import { DomainError, notFound } from '../model/domainErrors.ts';
import type { EntityKind } from '../model/schema.ts';
import { screenName } from '../screen/screenNames.ts';
import { searchEntities } from '../search/searchEntities.ts';
import {
  datasetParam,
  entityIdParam,
  entityMatchQuery,
  matchParams,
  searchParams,
  type EntityExample,
} from './contract.ts';
import { datasets, DEFAULT_DATASET, ftmEntities } from './yenteEntities.ts';

const PARTIES: EntityKind[] = ['Person', 'Company', 'Organization', 'LegalEntity', 'PublicBody'];
/** The kinds an FtM schema may match: a LegalEntity example matches people and companies alike, as in FtM. */
const KINDS_OF_SCHEMA: Record<string, EntityKind[] | null> = {
  Thing: null,
  LegalEntity: PARTIES,
  Person: ['Person', 'LegalEntity'],
  Company: ['Company', 'Organization', 'LegalEntity'],
  Organization: ['Organization', 'Company', 'LegalEntity', 'PublicBody'],
  PublicBody: ['PublicBody', 'Organization', 'LegalEntity'],
  Vessel: ['Vessel'],
  Airplane: ['Airplane'],
  CryptoWallet: ['CryptoWallet'],
};

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(String).filter(Boolean);

/** The screening query an FtM example describes: its names, dates of birth, countries and identifiers. */
function screeningQueryOf(example: EntityExample) {
  const p = example.properties;
  const parts = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'].flatMap((k) => strings(p[k]));
  const names = [...strings(p.name), ...(parts.length ? [parts.join(' ')] : []), ...strings(p.alias)];
  if (!(example.schema in KINDS_OF_SCHEMA))
    throw new ApiError(400, 'invalid_input', `schema "${example.schema}" is not one this server matches`, {
      schemata: Object.keys(KINDS_OF_SCHEMA),
    });
  if (!names.length)
    throw new ApiError(400, 'invalid_input', 'the example has no name (name, firstName/lastName)', null);
  const countries = ['nationality', 'citizenship', 'country', 'jurisdiction'].flatMap((k) => strings(p[k]));
  return {
    names,
    kinds: KINDS_OF_SCHEMA[example.schema],
    birthDates: strings(p.birthDate).map((d) => d.slice(0, 10)),
    nationalities: countries.filter((c) => /^[a-z]{2}$/i.test(c)).map((c) => c.toUpperCase()),
    identifiers: ['idNumber', 'passportNumber', 'registrationNumber', 'taxNumber', 'imoNumber', 'innCode'].flatMap(
      (k) => strings(p[k]),
    ),
  };
}

const MATCHER = {
  name_match: { description: 'How much of the listed name the query covers, weighted by word rarity', coefficient: 1 },
  dob_match: { description: 'The same full date of birth', coefficient: 0.05 },
  dob_year_match: { description: 'The same year of birth', coefficient: 0 },
  dob_year_mismatch: { description: 'A contradicting year of birth', coefficient: -0.3 },
  nationality_match: { description: 'A nationality in common', coefficient: 0.02 },
  nationality_mismatch: { description: 'No nationality in common', coefficient: -0.1 },
  identifier_match: { description: 'The same passport, national id or registration number decides', coefficient: 1 },
};

async function matchOne(
  db: GraphDb,
  dataset: string,
  example: EntityExample,
  limit: number,
  threshold: number,
  cutoff: number,
) {
  const query = screeningQueryOf(example);
  const byId = new Map<string, { score: number; features: Record<string, number> }>();
  for (const name of query.names) {
    // The dataset narrows the candidates themselves: filtered afterwards, other lists' matches could crowd it out.
    const authorityId = dataset === DEFAULT_DATASET ? undefined : dataset;
    const { matches } = await screenName(db, { ...query, name, authorityId }, { limit: 50, minScore: cutoff });
    for (const m of matches)
      if ((byId.get(m.id)?.score ?? -1) < m.score) byId.set(m.id, { score: m.score, features: m.features });
  }
  const best = [...byId].sort((a, b) => b[1].score - a[1].score).slice(0, limit);
  const entities = await ftmEntities(
    db,
    best.map(([id]) => id),
  );
  const results = await Promise.all(
    entities.map(async (e, i) => {
      const { score, features } = best[i][1];
      const exposure = (await exposureOf(db, e.id, today())).regimes.map((r) => ({
        regime: r.regime,
        status: r.status,
      }));
      return { ...e, score, features, match: score >= threshold, exposure };
    }),
  );
  return { status: 200, results, total: { value: byId.size, relation: 'eq' }, query: example };
}

async function knownDataset(db: GraphDb, name: string): Promise<void> {
  const all = await datasets(db);
  if (!all.some((d) => d.name === name)) throw notFound('dataset', name);
}

export function yenteRoutes(db: GraphDb): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/catalog', async (_req, res) => {
    const all = await datasets(db);
    res.json({ datasets: all, current: all.map((d) => d.name), outdated: [], index_stale: false });
  });
  router.post('/match/:dataset', async (req, res) => {
    const { dataset } = datasetParam.parse(req.params);
    const { limit, threshold, cutoff } = matchParams.parse(req.query);
    const { queries } = entityMatchQuery.parse(req.body ?? {});
    await knownDataset(db, dataset);
    const responses: Record<string, unknown> = {};
    for (const [key, example] of Object.entries(queries))
      responses[key] = await matchOne(db, dataset, example, limit, threshold, cutoff);
    res.json({ responses, matcher: MATCHER, limit });
  });
  router.get('/search/:dataset', async (req, res) => {
    const { dataset } = datasetParam.parse(req.params);
    const { q, schema, limit, offset } = searchParams.parse(req.query);
    await knownDataset(db, dataset);
    const kinds = KINDS_OF_SCHEMA[schema] ?? undefined;
    const { hits } = await searchEntities(db, { q, kinds, limit: Math.min(500, limit + offset) });
    const inDataset = (
      await ftmEntities(
        db,
        hits.map((h) => h.id),
      )
    ).filter((e) => dataset === DEFAULT_DATASET || e.datasets.includes(dataset));
    const results = inDataset.slice(offset, offset + limit);
    res.json({ results, total: { value: inDataset.length, relation: 'eq' }, limit, offset, facets: {} });
  });
  router.get('/entities/:id', async (req, res) => {
    const { id } = entityIdParam.parse(req.params);
    const [entity] = await ftmEntities(db, [id], true).catch((error) => {
      throw error instanceof DomainError && error.refusal === 'not_found' ? notFound('entity', id) : error;
    });
    res.json(entity);
  });
  return router;
}

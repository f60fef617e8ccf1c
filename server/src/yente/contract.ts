// Request and response shapes of the yente-compatible API, after yente's own models (yente/data/common.py):
import type { Contract } from '../http/operations.ts';
// EntityMatchQuery, EntityExample, EntityMatchResponse, ScoredEntityResponse, SearchResponse, DataCatalogModel.
import { z } from 'zod';

export const entityExample = z.object({
  id: z.string().max(200).optional(),
  schema: z.string().min(1).max(50),
  properties: z.record(z.string(), z.union([z.string().max(1000), z.array(z.unknown()).max(100)])),
});
export type EntityExample = z.infer<typeof entityExample>;

export const entityMatchQuery = z.object({
  weights: z.record(z.string(), z.number()).default({}),
  queries: z
    .record(z.string().max(100), entityExample)
    .refine((q) => Object.keys(q).length <= 100, 'at most 100 queries')
    .meta({ maxProperties: 100 }),
});

export const matchParams = z.object({
  threshold: z.coerce.number().min(0).max(1).default(0.7),
  cutoff: z.coerce.number().min(0).max(1).default(0.5),
  limit: z.coerce.number().int().min(1).max(100).default(5),
  algorithm: z.string().max(50).default('best'),
  topics: z.union([z.string(), z.array(z.string())]).optional(),
  include_dataset: z.union([z.string(), z.array(z.string())]).optional(),
  exclude_dataset: z.union([z.string(), z.array(z.string())]).optional(),
});

export const searchParams = z.object({
  q: z.string().trim().min(1).max(300),
  schema: z.string().max(50).default('Thing'),
  limit: z.coerce.number().int().min(1).max(500).default(10),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const datasetParam = z.object({ dataset: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/) });
export const entityIdParam = z.object({ id: z.string().min(1).max(200) });

export const ftmEntity = z.looseObject({
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.unknown())),
  datasets: z.array(z.string()),
  referents: z.array(z.string()),
  target: z.boolean().meta({ description: 'True when the entity has a listing.' }),
  first_seen: z.string().nullable(),
  last_seen: z.string().nullable(),
  last_change: z.string().nullable(),
});
export type FtmEntity = z.infer<typeof ftmEntity>;

const total = z.object({ value: z.int(), relation: z.literal('eq') });

export const scoredEntity = ftmEntity.extend({
  score: z.number(),
  features: z.record(z.string(), z.number()),
  match: z.boolean().meta({ description: 'score >= threshold' }),
  exposure: z
    .array(z.object({ regime: z.string(), status: z.string() }))
    .meta({ description: 'Not in yente: the exposure status per regime (GET /api/entities/{id}/exposure).' }),
});

export const entityMatchResponse = z.object({
  responses: z.record(
    z.string(),
    z.object({ status: z.literal(200), results: z.array(scoredEntity), total, query: entityExample }),
  ),
  matcher: z.record(z.string(), z.object({ description: z.string(), coefficient: z.number() })),
  limit: z.int(),
});

export const searchResponse = z.object({
  results: z.array(ftmEntity),
  total,
  limit: z.int(),
  offset: z.int(),
  facets: z.record(z.string(), z.unknown()),
});

export const dataset = z.looseObject({
  name: z.string(),
  title: z.string(),
  summary: z.string(),
  load: z.boolean(),
  version: z.string(),
  index_current: z.boolean(),
  children: z.array(z.string()),
});

export const dataCatalog = z.object({
  datasets: z.array(dataset),
  current: z.array(z.string()),
  outdated: z.array(z.string()),
  index_stale: z.boolean(),
});

const datasetMeaning = { 404: 'No such dataset (GET /yente/catalog lists them: one per authority, and `default`).' };

/** Served under /yente (the document gives these paths their own server), with the /api roles. */
export const yenteContract: Contract = {
  server: '/yente',
  schemas: { YenteEntity: ftmEntity, YenteScoredEntity: scoredEntity },
  operations: [
    {
      method: 'post',
      path: '/match/{dataset}',
      operationId: 'yenteMatch',
      summary: "yente's match: scores FtM example entities against the listed entities of a dataset.",
      params: datasetParam,
      query: matchParams,
      body: { description: 'Named FtM examples, as yente takes them.', schema: entityMatchQuery },
      responses: { 200: { description: 'Per query, the scored candidates, best first.', schema: entityMatchResponse } },
      errors: [400, 404],
      errorMeanings: datasetMeaning,
    },
    {
      method: 'get',
      path: '/search/{dataset}',
      operationId: 'yenteSearch',
      summary: "yente's search: entities of a dataset by name.",
      params: datasetParam,
      query: searchParams,
      responses: { 200: { description: 'FtM entities.', schema: searchResponse } },
      errors: [400, 404],
      errorMeanings: datasetMeaning,
    },
    {
      method: 'get',
      path: '/entities/{id}',
      operationId: 'yenteEntity',
      summary: 'One entity as FtM, with its adjacent entities nested in its properties.',
      params: entityIdParam,
      responses: { 200: { description: 'The entity.', schema: ftmEntity } },
      errors: [400, 404],
    },
    {
      method: 'get',
      path: '/catalog',
      operationId: 'yenteCatalog',
      summary: 'The datasets: one per sanctioning authority in the graph, and `default` holding them all.',
      responses: { 200: { description: 'The catalog.', schema: dataCatalog } },
      errors: [],
    },
    {
      method: 'get',
      path: '/healthz',
      operationId: 'yenteHealth',
      summary: 'yente-style liveness check.',
      responses: { 200: { description: 'Up.', schema: z.object({ status: z.literal('ok') }) } },
      errors: [],
    },
  ],
};

// Request and response shapes of the yente-compatible API, after yente's own models (yente/data/common.py):
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
    .refine((q) => Object.keys(q).length <= 100, 'at most 100 queries'),
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

// Filters on properties of entities and relationships, as query parameters and as Cypher conditions.
// Every condition is fixed text with parameters; only which conditions apply depends on the request.
import { z } from 'zod';
import { commaList } from '../http/validation.ts';
import { confidence, countryCode, entityBaseFields, isoDate } from '../model/schema.ts';

const text = (description: string) => z.string().trim().min(1).max(200).optional().meta({ description });

/** Filters that apply to both entities (through their listings) and relationships. */
const sharedFilters = {
  program: commaList(z.string().min(1).max(200), 20)
    .optional()
    .meta({ description: 'Comma-separated sanctions programs, e.g. TCO (an entity listed under one of them).' }),
  list: commaList(entityBaseFields.id, 20)
    .optional()
    .meta({ description: 'Comma-separated ids of sanctioning authorities, e.g. us-treasury-ofac.' }),
  listedFrom: isoDate.optional().meta({ description: 'Listed on or after this date (ISO dates compared as text).' }),
  listedTo: isoDate.optional().meta({ description: 'Listed on or before this date.' }),
  confidence: commaList(confidence, 3).optional().meta({ description: 'Comma-separated: high, medium, low.' }),
  publisher: text('A publisher among the sources, exactly as written, e.g. "US Treasury OFAC".'),
};

export const entityFilterFields = {
  ids: commaList(entityBaseFields.id, 50).optional().meta({
    description:
      'Comma-separated entity ids (at most 50): which of these entities the other filters keep, e.g. the canvas asking which of its nodes to show.',
  }),
  jurisdiction: commaList(countryCode, 50)
    .optional()
    .meta({ description: 'Comma-separated ISO country codes: the jurisdiction field or a REGISTERED_IN link.' }),
  nationality: commaList(countryCode, 50)
    .optional()
    .meta({ description: 'Comma-separated ISO country codes: the nationality field or a NATIONAL_OF link.' }),
  ...sharedFilters,
};

const percentage = (description: string) => z.coerce.number().min(0).max(100).optional().meta({ description });

export const relationshipFilterFields = {
  ...sharedFilters,
  minPercentage: percentage('Ownerships of at least this percentage (those without a known percentage are left out).'),
  maxPercentage: percentage('Ownerships of at most this percentage.'),
};

export type EntityFilters = z.infer<z.ZodObject<typeof entityFilterFields>>;
export type RelationshipFilters = z.infer<z.ZodObject<typeof relationshipFilterFields>>;

const entityFilterNames = Object.keys(entityFilterFields) as (keyof EntityFilters)[];
export const hasEntityFilter = (f: EntityFilters) => entityFilterNames.some((k) => f[k] !== undefined);

/** Sources are stored as JSON text: a publisher matches as its exact JSON member. */
const publisherNeedle = (publisher: string | undefined) =>
  publisher === undefined ? null : `"publisher":${JSON.stringify(publisher)}`;

const LISTING_CONDITIONS = `($program IS NULL OR s.program IN $program)
      AND ($list IS NULL OR authority.id IN $list)
      AND ($listedFrom IS NULL OR s.listedOn >= $listedFrom)
      AND ($listedTo IS NULL OR s.listedOn <= $listedTo)`;

/** The WHERE conditions (on node `n`) for the given filters, and their parameters. */
export function entityConditions(f: EntityFilters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  if (f.ids) where.push('n.id IN $ids');
  if (f.jurisdiction)
    where.push(
      '(n.jurisdiction IN $jurisdiction OR EXISTS { MATCH (n)-[:REGISTERED_IN]->(c:Country) WHERE c.code IN $jurisdiction })',
    );
  if (f.nationality)
    where.push(
      '(any(x IN coalesce(n.nationality, []) WHERE x IN $nationality) OR EXISTS { MATCH (n)-[:NATIONAL_OF]->(c:Country) WHERE c.code IN $nationality })',
    );
  if (f.program || f.list || f.listedFrom || f.listedTo)
    where.push(`EXISTS { MATCH (n)-[s:SANCTIONED_BY]->(authority) WHERE ${LISTING_CONDITIONS} }`);
  if (f.confidence) where.push('n.confidence IN $confidence');
  if (f.publisher) where.push('any(src IN n.sources WHERE src CONTAINS $publisher)');
  return {
    where,
    params: sharedParams(f, {
      ids: f.ids ?? null,
      jurisdiction: f.jurisdiction ?? null,
      nationality: f.nationality ?? null,
    }),
  };
}

function sharedParams(f: EntityFilters | RelationshipFilters, extra: Record<string, unknown>) {
  return {
    program: f.program ?? null,
    list: f.list ?? null,
    listedFrom: f.listedFrom ?? null,
    listedTo: f.listedTo ?? null,
    confidence: f.confidence ?? null,
    publisher: publisherNeedle(f.publisher),
    ...extra,
  };
}

/** The WHERE conditions (on relationship `r` from `a` to `b`) for the given filters, and their parameters. */
export function relationshipConditions(f: RelationshipFilters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  if (f.program) where.push('r.program IN $program');
  if (f.list) where.push('b.id IN $list');
  if (f.listedFrom) where.push('r.listedOn >= $listedFrom');
  if (f.listedTo) where.push('r.listedOn <= $listedTo');
  if (f.confidence) where.push('r.confidence IN $confidence');
  if (f.publisher) where.push('any(src IN r.sources WHERE src CONTAINS $publisher)');
  if (f.minPercentage !== undefined) where.push('r.percentage >= $minPercentage');
  if (f.maxPercentage !== undefined) where.push('r.percentage <= $maxPercentage');
  return {
    where,
    params: sharedParams(f, { minPercentage: f.minPercentage ?? null, maxPercentage: f.maxPercentage ?? null }),
  };
}

// The response shapes every capability shares: a stored source, an entity as stored, a graph node and edge, and the
// uniform error body. Each capability's contract.ts builds its answers from these; types come from z.infer.
import { z } from 'zod';
import { confidence, entityKind, relationshipType } from './schema.ts';

/** A source as stored and answered (writes validate new ones with the model's sourceSchema). */
export const storedSource = z.looseObject({
  url: z.string().optional(),
  reference: z.string().optional(),
  publisher: z.string(),
  date: z.string(),
  title: z.string().optional(),
});

/** The id, name and kind every entity-shaped answer (node, hit, match, candidate) starts with. */
export const entityIdentity = { id: z.string(), name: z.string(), kind: entityKind };

/** What the canvas needs to draw a node. */
export const graphNode = z
  .object({
    ...entityIdentity,
    sanctioned: z.boolean().meta({ description: 'Listed directly by an authority (has a SANCTIONED_BY edge).' }),
    degree: z.int().min(0).meta({ description: 'Total number of relationships, both directions.' }),
  })
  .meta({ description: 'What the canvas needs to draw a node.' });

/** What the canvas needs to draw an edge, with its properties (percentage, program, dates, sources...). */
export const graphEdge = z
  .looseObject({
    id: z.string(),
    type: relationshipType,
    source: z.string().meta({ description: 'Id of the start node.' }),
    target: z.string().meta({ description: 'Id of the end node.' }),
    sources: z.array(storedSource),
    percentage: z.number().optional(),
    program: z.string().optional(),
    listId: z.string().optional(),
    listedOn: z.string().optional(),
    role: z.string().optional(),
    startDate: z.string().optional(),
    endDate: z.string().optional(),
    confidence: confidence.optional(),
  })
  .meta({
    description:
      'A relationship with its properties (percentage, program, listId, listedOn, role, dates, confidence, sources...).',
  });

/** An entity with every stored property (the kind's fields, confidence, notes, version...), sources decoded. */
export const storedEntity = z
  .looseObject({ ...entityIdentity, aliases: z.array(z.string()), sources: z.array(storedSource) })
  .meta({
    description:
      "Every stored property of the entity (the kind's fields, confidence, notes, version...), sources decoded.",
  });

/** The one error body of every endpoint. */
export const errorBody = z.object({
  error: z.object({
    code: z.string().meta({ description: 'Machine-readable, e.g. invalid_input, not_found, malformed_json.' }),
    message: z.string().meta({ description: 'What went wrong, for a person.' }),
    details: z
      .unknown()
      .meta({ description: 'For invalid_input: [{path, message}] per problem; otherwise an object or null.' }),
  }),
});

/** Something in the recorded data that cannot all be true, shown beside the answer rather than guessed away. */
export const dataWarning = z.object({
  code: z.enum(['ownership_over_100']),
  entityId: z.string(),
  entityName: z.string(),
  percentage: z.number().meta({ description: 'The total the recorded stakes add up to (lowest reports).' }),
  message: z.string(),
});

export type DataWarning = z.infer<typeof dataWarning>;
export type StoredSource = z.infer<typeof storedSource>;
export type GraphNode = z.infer<typeof graphNode>;
export type GraphEdge = z.infer<typeof graphEdge>;
export type StoredEntity = z.infer<typeof storedEntity>;
export type ApiErrorBody = z.infer<typeof errorBody>;

/** An entity as a write answers it, with the version a later PATCH or DELETE must send back. */
export const versionedEntity = storedEntity.extend({ version: z.int().min(1) });
/** A relationship as a write answers it, with its version. */
export const versionedEdge = graphEdge.extend({ version: z.int().min(1) });

export type VersionedEntity = z.infer<typeof versionedEntity>;
export type VersionedEdge = z.infer<typeof versionedEdge>;

/** Shapes named in the OpenAPI document's components, referenced wherever they occur. */
export const SHARED_SCHEMAS = {
  Error: errorBody,
  EntityKind: entityKind,
  RelationshipType: relationshipType,
  Source: storedSource,
  GraphNode: graphNode,
  GraphEdge: graphEdge,
  Entity: storedEntity,
  VersionedEntity: versionedEntity,
  VersionedEdge: versionedEdge,
  DataWarning: dataWarning,
};

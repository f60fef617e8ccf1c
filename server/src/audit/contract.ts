// GET /api/audit?entity=|relationship=&limit=: who changed what, when, from what to what, citing which sources.
import { z } from 'zod';
import type { Contract } from '../http/operations.ts';
import { entityBaseFields, relationshipBaseFields } from '../model/schema.ts';
import { storedSource } from '../model/shapes.ts';

export const auditQuery = z
  .object({
    entity: entityBaseFields.id.optional(),
    relationship: relationshipBaseFields.id.optional().meta({ description: "One relationship's own changes." }),
    limit: z.coerce.number().int().min(1).max(500).default(50),
  })
  .strict()
  .refine((q) => !(q.entity && q.relationship), {
    message: 'give either entity or relationship, not both',
    path: ['relationship'],
  });

export const auditAction = z.enum(['create', 'update', 'delete', 'merge', 'import']);
/** 'list': an import run of a whole file, whose entry carries the run's counts. */
export const auditTargetKind = z.enum(['entity', 'relationship', 'list', 'investigation']);

const recordJson = { description: 'The record as JSON (null before a create and after a delete).' };

/** One change in the audit trail: who, when, what, before and after, citing which sources. */
export const auditEntry = z.object({
  id: z.string(),
  at: z.string().meta({ format: 'date-time' }),
  actor: z.string(),
  role: z.string(),
  action: auditAction,
  targetKind: auditTargetKind,
  targetId: z.string(),
  fromEntity: z.string().nullable().meta({ description: "A relationship's start, or the entity merged away." }),
  toEntity: z.string().nullable().meta({ description: "A relationship's end, or the survivor of a merge." }),
  note: z.string().nullable(),
  before: z.unknown().meta(recordJson),
  after: z.unknown().meta(recordJson),
  sources: z.array(storedSource),
});

export const auditPage = z.object({
  entity: z.string().nullable(),
  relationship: z.string().nullable(),
  entries: z.array(auditEntry),
});

export type AuditAction = z.infer<typeof auditAction>;
export type AuditTargetKind = z.infer<typeof auditTargetKind>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditPage = z.infer<typeof auditPage>;

export const auditContract: Contract = {
  schemas: { AuditEntry: auditEntry, AuditPage: auditPage },
  operations: [
    {
      method: 'get',
      path: '/audit',
      operationId: 'listAudit',
      summary:
        "The audit trail, newest first: an entity's own changes and its relationships', one relationship's changes, or (with neither) the latest changes.",
      query: auditQuery,
      responses: { 200: { description: 'The entries.', schema: auditPage } },
      errors: [400],
    },
  ],
};

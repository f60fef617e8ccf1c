// Investigations: request and response shapes (zod), types by z.infer, and the operations the OpenAPI document
// is derived from.
import { z } from 'zod';
import { auditEntry } from '../audit/contract.ts';
import type { Contract } from '../http/operations.ts';
import { entityBaseFields, isoDate, relationshipBaseFields } from '../model/schema.ts';
import { MAX_SUBGRAPH_IDS } from '../subgraph/contract.ts';
import { versionHeaders } from '../writes/changeInput.ts';

export const investigationId = z
  .string()
  .regex(/^inv-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'is not an investigation id')
  .meta({ description: 'An investigation id, e.g. inv-3f9c2a1b-…' });

export const investigationIdParams = z.object({ id: investigationId }).strict();

const finite = z.number().finite();
const point = z.object({ x: finite, y: finite }).strict();

/** Where a note sits: on an entity, on a relationship, or free on the canvas (a sticky note). */
export const noteTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('node'), id: entityBaseFields.id }).strict(),
  z.object({ kind: z.literal('edge'), id: relationshipBaseFields.id }).strict(),
  z.object({ kind: z.literal('free'), x: finite, y: finite }).strict(),
]);

const noteId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'may hold letters, digits, _ and - only (1-64)');

/** A note as the client sends it; author and time of a note already saved are kept, new ones get the caller and now. */
export const noteInput = z
  .object({
    id: noteId,
    text: z.string().trim().min(1, 'a note needs text').max(2000),
    target: noteTarget,
    author: z.string().max(200).optional(),
    createdAt: z.string().max(40).optional(),
  })
  .strict();

export const note = z
  .object({
    id: noteId,
    text: z.string(),
    target: noteTarget,
    author: z.string(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .strict();
export type Note = z.infer<typeof note>;
export type NoteInput = z.infer<typeof noteInput>;

/** What the canvas showed: enough to restore the exact view. */
export const investigationView = z
  .object({
    nodes: z
      .array(z.object({ id: entityBaseFields.id, x: finite, y: finite }).strict())
      .max(MAX_SUBGRAPH_IDS, `a view holds at most ${MAX_SUBGRAPH_IDS} nodes (what one subgraph request reopens)`),
    edges: z.array(relationshipBaseFields.id).max(20000).meta({ description: 'Ids of the links drawn.' }),
    hiddenGroups: z.array(z.string().min(1).max(40)).max(20),
    layout: z.string().min(1).max(40),
    selection: z
      .object({ id: z.string().min(1).max(200), what: z.enum(['node', 'edge']) })
      .strict()
      .nullable(),
    viewport: z.object({ zoom: finite.positive(), pan: point }).strict().nullable(),
    asOf: isoDate.nullable().meta({ description: 'The timeline date the view was seen at, or null for today.' }),
    showOnly: z.record(z.string().max(40), z.string().max(200)).nullable().default(null).meta({
      description: 'The canvas "show only" property filters, e.g. {"jurisdiction": "KH"}.',
    }),
    notesVisible: z.boolean().default(true),
  })
  .strict();
export type InvestigationView = z.infer<typeof investigationView>;

export const sharing = z
  .object({
    visibility: z.enum(['private', 'analysts']).meta({
      description: 'private: only its owner and editors; analysts: every signed-in user may open it (read only).',
    }),
    editors: z
      .array(z.string().min(1).max(200))
      .max(50)
      .meta({ description: 'Names of investigators who may save and rename it.' }),
  })
  .strict();
export type Sharing = z.infer<typeof sharing>;

const name = z.string().trim().min(1, 'give the investigation a name').max(200);
const description = z.string().max(5000);
const versionField = z.number().int().positive().meta({ description: 'The version being changed (or If-Match).' });

/**
 * The largest body a save may send, in bytes. The 2 MB other JSON requests may send is less than a view at the
 * limits above: 10,000 nodes and 20,000 links with ids of 200 characters are about 6.5 MB, and 500 notes of 2,000
 * characters up to 3.3 MB more when they are written in a script of three bytes a character (Chinese). Above this,
 * a request is refused with 413 before it is read.
 */
const INVESTIGATION_BODY_LIMIT = '12mb';

export const createInvestigationBody = z
  .object({
    name,
    description: description.default(''),
    view: investigationView,
    notes: z.array(noteInput).max(500).default([]),
    sharing: sharing.default({ visibility: 'private', editors: [] }),
  })
  .strict();
export type CreateInvestigation = z.infer<typeof createInvestigationBody>;

/** Save, rename and share are one PATCH: the fields given change, the others stay. */
export const updateInvestigationBody = z
  .object({
    version: versionField.optional(),
    name: name.optional(),
    description: description.optional(),
    view: investigationView.optional(),
    notes: z.array(noteInput).max(500).optional(),
    sharing: sharing.optional(),
  })
  .strict();
export type UpdateInvestigation = z.infer<typeof updateInvestigationBody>;

export const duplicateInvestigationBody = z.object({ name: name.optional() }).strict();
export const deleteInvestigationBody = z.object({ version: versionField.optional() }).strict();

export const access = z.enum(['owner', 'editor', 'reader']).meta({
  description: 'What the caller may do: owner (everything), editor (save, rename), reader (open, save a copy).',
});
export type Access = z.infer<typeof access>;

export const investigationSummary = z
  .object({
    id: investigationId,
    name: z.string(),
    description: z.string(),
    owner: z.string(),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
    version: z.number().int().positive(),
    sharing,
    access,
    nodeCount: z.number().int().nonnegative(),
    noteCount: z.number().int().nonnegative(),
  })
  .strict();
export type InvestigationSummary = z.infer<typeof investigationSummary>;

export const investigation = investigationSummary.extend({ view: investigationView, notes: z.array(note) }).strict();
export type Investigation = z.infer<typeof investigation>;

const entityRef = z.object({ id: z.string(), name: z.string() }).strict();

export const changedSinceSaved = z
  .object({
    changed: z.array(entityRef.extend({ savedVersion: z.number().int(), currentVersion: z.number().int() }).strict()),
    merged: z.array(entityRef.extend({ into: entityRef.nullable() }).strict()),
    deleted: z.array(entityRef),
    summary: z
      .string()
      .nullable()
      .meta({ description: 'e.g. "2 entities changed since you saved, 1 was merged into …"' }),
  })
  .strict();
export type ChangedSinceSaved = z.infer<typeof changedSinceSaved>;

export const investigationAnswer = z.object({ investigation }).strict();
export const openedInvestigationAnswer = z.object({ investigation, changedSinceSaved }).strict();
export const investigationListAnswer = z.object({ investigations: z.array(investigationSummary) }).strict();
export const deletedInvestigationAnswer = z.object({ deleted: investigationId }).strict();
export type OpenedInvestigation = z.infer<typeof openedInvestigationAnswer>;
export const investigationHistoryAnswer = z.object({ entries: z.array(auditEntry) }).strict();

const FORBIDDEN = 'forbidden: you may open it (and save a copy), not change it.';
const NOT_FOUND = 'No investigation with that id that you may see (`not_found`).';
const changeErrors = {
  403: FORBIDDEN,
  404: NOT_FOUND,
  409: 'version_conflict: it was saved by someone else since you opened it (details.current).',
  428: 'version_required: send the version you opened.',
};

export const investigationsContract: Contract = {
  schemas: {
    InvestigationAnswer: investigationAnswer,
    OpenedInvestigation: openedInvestigationAnswer,
    InvestigationList: investigationListAnswer,
    DeletedInvestigation: deletedInvestigationAnswer,
    InvestigationHistory: investigationHistoryAnswer,
  },
  operations: [
    {
      method: 'get',
      path: '/investigations',
      operationId: 'listInvestigations',
      summary: "The caller's investigations and those shared with them, most recently saved first.",
      responses: { 200: { description: 'Summaries.', schema: investigationListAnswer } },
      errors: [],
    },
    {
      method: 'post',
      path: '/investigations',
      operationId: 'createInvestigation',
      idempotent: true,
      summary: 'Save the canvas as a new investigation owned by the caller (any role).',
      body: {
        description: 'Name, view, notes and sharing.',
        schema: createInvestigationBody,
        limit: INVESTIGATION_BODY_LIMIT,
      },
      responses: { 201: { description: 'Created.', schema: investigationAnswer } },
      errors: [400, 413],
    },
    {
      method: 'get',
      path: '/investigations/{id}',
      operationId: 'openInvestigation',
      summary: 'Open an investigation, with what changed in its entities since it was saved.',
      params: investigationIdParams,
      responses: { 200: { description: 'The investigation.', schema: openedInvestigationAnswer } },
      errors: [400, 404],
      errorMeanings: { 404: NOT_FOUND },
    },
    {
      method: 'patch',
      path: '/investigations/{id}',
      operationId: 'updateInvestigation',
      idempotent: true,
      summary: 'Save (view, notes), rename, describe or share (owner only); needs the version opened.',
      params: investigationIdParams,
      headers: versionHeaders,
      body: {
        description: 'The fields to change and the version.',
        schema: updateInvestigationBody,
        limit: INVESTIGATION_BODY_LIMIT,
      },
      responses: { 200: { description: 'Saved.', schema: investigationAnswer } },
      errors: [400, 403, 404, 409, 413, 428],
      errorMeanings: changeErrors,
    },
    {
      method: 'delete',
      path: '/investigations/{id}',
      operationId: 'deleteInvestigation',
      idempotent: true,
      summary: 'Delete an investigation (owner only); needs the version opened.',
      params: investigationIdParams,
      headers: versionHeaders,
      body: { description: 'The version.', schema: deleteInvestigationBody, optional: true },
      responses: { 200: { description: 'Deleted.', schema: deletedInvestigationAnswer } },
      errors: [400, 403, 404, 409, 428],
      errorMeanings: changeErrors,
    },
    {
      method: 'post',
      path: '/investigations/{id}/duplicate',
      operationId: 'duplicateInvestigation',
      idempotent: true,
      summary: 'Save a private copy owned by the caller (how an analyst keeps a shared investigation).',
      params: investigationIdParams,
      body: { description: 'Optional name of the copy.', schema: duplicateInvestigationBody, optional: true },
      responses: { 201: { description: 'The copy.', schema: investigationAnswer } },
      errors: [400, 404],
      errorMeanings: { 404: NOT_FOUND },
    },
    {
      method: 'get',
      path: '/investigations/{id}/history',
      operationId: 'investigationHistory',
      summary: "An investigation's audit entries, newest first.",
      params: investigationIdParams,
      responses: { 200: { description: 'The entries.', schema: investigationHistoryAnswer } },
      errors: [400, 404],
      errorMeanings: { 404: NOT_FOUND },
    },
  ],
};

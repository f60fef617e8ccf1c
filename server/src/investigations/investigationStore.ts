// Investigations in Neo4j: one :Investigation node each (never an :Entity, so never in search or expansion), the
// view and notes as JSON. Every change is one transaction with its version check and its audit entry.
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { recordAudit } from '../audit/auditLog.ts';
import type { User } from '../auth/authConfig.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { assertVersion } from '../writes/versioning.ts';
import type {
  Access,
  CreateInvestigation,
  Investigation,
  InvestigationSummary,
  InvestigationView,
  Note,
  NoteInput,
  UpdateInvestigation,
} from './contract.ts';
import { accessOf, requireAccess } from './investigationAccess.ts';

export const INVESTIGATION_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (i:Investigation) REQUIRE i.id IS UNIQUE',
  'CREATE INDEX investigation_owner IF NOT EXISTS FOR (i:Investigation) ON (i.owner)',
];

/** The id, name and version of each entity on the canvas when it was saved, to tell later what changed. */
export interface SavedEntity {
  id: string;
  name: string;
  version: number;
}

export interface StoredInvestigation extends Omit<Investigation, 'access'> {
  savedEntities: SavedEntity[];
}

function fromNode(node: Node): StoredInvestigation {
  const p = node.properties as Record<string, unknown>;
  const view = JSON.parse(String(p.view)) as InvestigationView;
  const notes = JSON.parse(String(p.notes)) as Note[];
  return {
    id: String(p.id),
    name: String(p.name),
    description: String(p.description ?? ''),
    owner: String(p.owner),
    createdAt: String(p.createdAt),
    updatedAt: String(p.updatedAt),
    version: Number(p.version),
    sharing: { visibility: p.visibility as 'private' | 'analysts', editors: (p.editors as string[]) ?? [] },
    nodeCount: view.nodes.length,
    noteCount: notes.length,
    view,
    notes,
    savedEntities: JSON.parse(String(p.savedEntities ?? '[]')) as SavedEntity[],
  };
}

const toProperties = (i: StoredInvestigation) => ({
  id: i.id,
  name: i.name,
  description: i.description,
  owner: i.owner,
  createdAt: i.createdAt,
  updatedAt: i.updatedAt,
  version: i.version,
  visibility: i.sharing.visibility,
  editors: i.sharing.editors,
  view: JSON.stringify(i.view),
  notes: JSON.stringify(i.notes),
  savedEntities: JSON.stringify(i.savedEntities),
});

export function summaryOf(i: StoredInvestigation, access: Access): InvestigationSummary {
  const { view: _v, notes: _n, savedEntities: _s, ...summary } = i;
  return { ...summary, access };
}

export function answerOf(i: StoredInvestigation, access: Access): Investigation {
  const { savedEntities: _s, ...rest } = i;
  return { ...rest, access };
}

/** Notes already saved keep their author and time; new ones are the caller's, now. */
export function stampNotes(incoming: NoteInput[], stored: Note[], user: User, now: string): Note[] {
  const known = new Map(stored.map((n) => [n.id, n]));
  return incoming.map(({ id, text, target }) => {
    const before = known.get(id);
    return { id, text, target, author: before?.author ?? user.name, createdAt: before?.createdAt ?? now };
  });
}

const SAVED_ENTITIES = 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.version AS version';

async function snapshotEntities(tx: ManagedTransaction, view: InvestigationView): Promise<SavedEntity[]> {
  const result = await tx.run(SAVED_ENTITIES, { ids: view.nodes.map((n) => n.id) });
  return result.records.map((r) => ({ id: r.get('id'), name: r.get('name'), version: Number(r.get('version') ?? 1) }));
}

// Setting a property takes the node's write lock: a concurrent save waits here, then sees the winner's version.
const LOCK_AND_READ = 'MATCH (i:Investigation {id: $id}) SET i._lock = true REMOVE i._lock RETURN i';
const READ = 'MATCH (i:Investigation {id: $id}) RETURN i';
const CREATE = 'CREATE (i:Investigation) SET i = $props RETURN i';
const UPDATE = 'MATCH (i:Investigation {id: $id}) SET i = $props RETURN i';
const DELETE = 'MATCH (i:Investigation {id: $id}) DELETE i';
const LIST = `
  MATCH (i:Investigation)
  WHERE i.owner = $user OR i.visibility = 'analysts' OR $user IN i.editors
  RETURN i ORDER BY i.updatedAt DESC`;

const auditSummary = (i: StoredInvestigation | null) =>
  i && { name: i.name, description: i.description, sharing: i.sharing, version: i.version, nodes: i.view.nodes.length };

async function audit(
  tx: ManagedTransaction,
  user: User,
  action: 'create' | 'update' | 'delete',
  before: StoredInvestigation | null,
  after: StoredInvestigation | null,
  note: string,
) {
  const targetId = (after ?? before)!.id;
  await recordAudit(
    tx,
    user,
    [],
    [{ action, targetKind: 'investigation', targetId, before: auditSummary(before), after: auditSummary(after), note }],
  );
}

export async function readInvestigation(db: GraphDb, id: string): Promise<StoredInvestigation | null> {
  const result = await db.read(READ, { id });
  return result.records.length ? fromNode(result.records[0].get('i') as Node) : null;
}

export async function listInvestigations(db: GraphDb, user: User): Promise<InvestigationSummary[]> {
  const result = await db.read(LIST, { user: user.name });
  return result.records.flatMap((r) => {
    const stored = fromNode(r.get('i') as Node);
    const access = accessOf(stored, user);
    return access ? [summaryOf(stored, access)] : [];
  });
}

async function insert(tx: ManagedTransaction, record: StoredInvestigation): Promise<StoredInvestigation> {
  return fromNode((await tx.run(CREATE, { props: toProperties(record) })).records[0].get('i') as Node);
}

export async function createInvestigation(
  db: GraphDb,
  user: User,
  input: CreateInvestigation,
  { note = 'create', priorNotes = [] as Note[] } = {},
): Promise<StoredInvestigation> {
  return db.writeTx(async (tx) => {
    const now = new Date().toISOString();
    const created = await insert(tx, {
      id: `inv-${randomUUID()}`,
      name: input.name,
      description: input.description,
      owner: user.name,
      createdAt: now,
      updatedAt: now,
      version: 1,
      sharing: input.sharing,
      nodeCount: input.view.nodes.length,
      noteCount: input.notes.length,
      view: input.view,
      notes: stampNotes(input.notes, priorNotes, user, now),
      savedEntities: await snapshotEntities(tx, input.view),
    });
    await audit(tx, user, 'create', null, created, note);
    return created;
  });
}

async function lockAndRead(tx: ManagedTransaction, id: string): Promise<StoredInvestigation | null> {
  const result = await tx.run(LOCK_AND_READ, { id });
  return result.records.length ? fromNode(result.records[0].get('i') as Node) : null;
}

/** What a change is, for the audit entry's note: a save, a rename, a change of sharing, or several. */
const describeUpdate = (u: UpdateInvestigation) =>
  [
    u.view || u.notes ? 'save' : null,
    u.name ? 'rename' : null,
    u.sharing ? 'share' : null,
    u.description ? 'describe' : null,
  ]
    .filter(Boolean)
    .join(', ') || 'touch';

export async function updateInvestigation(
  db: GraphDb,
  user: User,
  id: string,
  expected: number,
  update: UpdateInvestigation,
): Promise<{ record: StoredInvestigation; access: Access }> {
  return db.writeTx(async (tx) => {
    const before = await lockAndRead(tx, id);
    const access = requireAccess(before, id, user, update.sharing ? 'owner' : 'editor');
    assertVersion(before!, expected, `investigation "${id}"`);
    const now = new Date().toISOString();
    const view = update.view ?? before!.view;
    const notes = update.notes ? stampNotes(update.notes, before!.notes, user, now) : before!.notes;
    const next: StoredInvestigation = {
      ...before!,
      name: update.name ?? before!.name,
      description: update.description ?? before!.description,
      sharing: update.sharing ?? before!.sharing,
      view,
      notes,
      updatedAt: now,
      version: before!.version + 1,
      savedEntities: update.view ? await snapshotEntities(tx, view) : before!.savedEntities,
    };
    const record = fromNode((await tx.run(UPDATE, { id, props: toProperties(next) })).records[0].get('i') as Node);
    await audit(tx, user, 'update', before, record, describeUpdate(update));
    return { record, access };
  });
}

/** A copy owned by the caller, private: how an analyst keeps their own version of a shared investigation. */
export async function duplicateInvestigation(
  db: GraphDb,
  user: User,
  id: string,
  name: string | undefined,
): Promise<StoredInvestigation> {
  const original = await readInvestigation(db, id);
  requireAccess(original, id, user, 'reader');
  const { view, notes, description } = original!;
  return createInvestigation(
    db,
    user,
    {
      name: name ?? `${original!.name} (copy)`,
      description,
      view,
      notes,
      sharing: { visibility: 'private', editors: [] },
    },
    { note: `duplicate of ${id}`, priorNotes: notes },
  );
}

export async function deleteInvestigation(db: GraphDb, user: User, id: string, expected: number): Promise<void> {
  await db.writeTx(async (tx) => {
    const before = await lockAndRead(tx, id);
    requireAccess(before, id, user, 'owner');
    assertVersion(before!, expected, `investigation "${id}"`);
    await tx.run(DELETE, { id });
    await audit(tx, user, 'delete', before, null, 'delete');
  });
}

// Reads the audit trail: an entity's own changes and its relationships', newest first.
import neo4j, { type Node } from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import type { Source } from '../model/schema.ts';
import type { AuditAction, AuditEntry, AuditTargetKind } from './contract.ts';

// Three index seeks (the entity itself, relationships from it, relationships to it) instead of a label scan.
const ENTITY_HISTORY = `
  CALL () {
    MATCH (a:AuditEntry {targetId: $entity}) WHERE a.targetKind = 'entity' RETURN a
    UNION
    MATCH (a:AuditEntry {fromEntity: $entity}) RETURN a
    UNION
    MATCH (a:AuditEntry {toEntity: $entity}) RETURN a
  }
  RETURN a ORDER BY a.seq DESC LIMIT $limit`;

// Investigations may be private: their entries are read through the investigation, not in the general feed.
const RECENT_CHANGES =
  "MATCH (a:AuditEntry) WHERE a.targetKind <> 'investigation' RETURN a ORDER BY a.seq DESC LIMIT $limit";

const TARGET_HISTORY =
  'MATCH (a:AuditEntry {targetId: $id}) WHERE a.targetKind = $kind RETURN a ORDER BY a.seq DESC LIMIT $limit';

function toAuditEntry(node: Node): AuditEntry {
  const p = node.properties as Record<string, unknown>;
  const text = (key: string) => (p[key] === undefined ? null : String(p[key]));
  return {
    id: String(p.id),
    at: String(p.at),
    actor: String(p.actor),
    role: String(p.role),
    action: p.action as AuditAction,
    targetKind: p.targetKind as AuditTargetKind,
    targetId: String(p.targetId),
    fromEntity: text('fromEntity'),
    toEntity: text('toEntity'),
    note: text('note'),
    before: JSON.parse(String(p.before)),
    after: JSON.parse(String(p.after)),
    sources: JSON.parse(String(p.sources)) as Source[],
  };
}

/** An entity's history (or, without an entity, the latest changes anywhere), newest first. */
export async function listAuditEntries(db: GraphDb, query: { entity?: string; limit: number }): Promise<AuditEntry[]> {
  const limit = neo4j.int(query.limit);
  const result = query.entity
    ? await db.read(ENTITY_HISTORY, { entity: query.entity, limit })
    : await db.read(RECENT_CHANGES, { limit });
  return result.records.map((r) => toAuditEntry(r.get('a') as Node));
}

/** The history of one record of a kind (e.g. an investigation), newest first. */
export async function listTargetAuditEntries(
  db: GraphDb,
  kind: AuditTargetKind,
  id: string,
  limit: number,
): Promise<AuditEntry[]> {
  const result = await db.read(TARGET_HISTORY, { id, kind, limit: neo4j.int(limit) });
  return result.records.map((r) => toAuditEntry(r.get('a') as Node));
}

// What happened to a saved investigation's entities since it was saved: changed (a newer version), merged into
// another entity (from the audit trail's merge entries, followed to the last survivor), or deleted.
import type { GraphDb } from '../db/graphDb.ts';
import type { ChangedSinceSaved } from './contract.ts';
import type { SavedEntity } from './investigationStore.ts';

const CURRENT_VERSIONS = 'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name, n.version AS version';

const MERGES = `
  MATCH (a:AuditEntry) WHERE a.fromEntity IN $ids AND a.action = 'merge'
  RETURN a.fromEntity AS from, a.toEntity AS into ORDER BY a.seq`;

/** A survivor may itself have been merged later: follow the chain (bounded) to where the entity lives now. */
const MAX_MERGE_HOPS = 10;

async function currentEntities(db: GraphDb, ids: string[]) {
  const result = await db.read(CURRENT_VERSIONS, { ids });
  return new Map(
    result.records.map((r) => [
      r.get('id') as string,
      { name: r.get('name') as string, version: Number(r.get('version') ?? 1) },
    ]),
  );
}

async function mergeTargets(db: GraphDb, missing: string[]): Promise<Map<string, string>> {
  const into = new Map<string, string>();
  let frontier = missing;
  for (let hop = 0; hop < MAX_MERGE_HOPS && frontier.length; hop++) {
    const result = await db.read(MERGES, { ids: frontier });
    const found = result.records.map((r) => [r.get('from') as string, r.get('into') as string] as const);
    for (const [from, to] of found) into.set(from, to);
    frontier = found.map(([, to]) => to).filter((to) => !into.has(to));
  }
  return into;
}

function finalSurvivor(id: string, into: Map<string, string>): string | null {
  let at = into.get(id);
  for (let hop = 0; at && into.has(at) && hop < MAX_MERGE_HOPS; hop++) at = into.get(at);
  return at ?? null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeChanges({ changed, merged, deleted }: Omit<ChangedSinceSaved, 'summary'>): string | null {
  const parts = [
    changed.length ? `${plural(changed.length, 'entity', 'entities')} changed since you saved` : null,
    ...merged.map((m) => `${m.name} was merged into ${m.into?.name ?? 'an entity that no longer exists'}`),
    deleted.length ? `${plural(deleted.length, 'entity was', 'entities were')} deleted` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : null;
}

export async function changedSinceSaved(db: GraphDb, saved: SavedEntity[]): Promise<ChangedSinceSaved> {
  const current = await currentEntities(
    db,
    saved.map((s) => s.id),
  );
  const missing = saved.filter((s) => !current.has(s.id));
  const into = missing.length
    ? await mergeTargets(
        db,
        missing.map((s) => s.id),
      )
    : new Map<string, string>();
  const survivors = missing.map((s) => [s, finalSurvivor(s.id, into)] as const);
  const survivorNames = await currentEntities(
    db,
    survivors.flatMap(([, to]) => (to ? [to] : [])),
  );
  const changes = {
    changed: saved
      .filter((s) => current.has(s.id) && current.get(s.id)!.version !== s.version)
      .map((s) => ({
        id: s.id,
        name: current.get(s.id)!.name,
        savedVersion: s.version,
        currentVersion: current.get(s.id)!.version,
      })),
    merged: survivors
      .filter(([, to]) => to)
      .map(([s, to]) => ({
        id: s.id,
        name: s.name,
        into: survivorNames.has(to!) ? { id: to!, name: survivorNames.get(to!)!.name } : null,
      })),
    deleted: survivors.filter(([, to]) => !to).map(([s]) => ({ id: s.id, name: s.name })),
  };
  return { ...changes, summary: describeChanges(changes) };
}

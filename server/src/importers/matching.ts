// The matching policy: an imported record is attached to an entity already in the graph only on strong
// evidence (the same list id at the same authority, on exactly one entity); a mere name match is reported
// as a candidate and never merged.
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../db/graphDb.ts';
import type { MatchCandidate } from './importTypes.ts';
import { nameKey } from '../names/index.ts';

export interface ListIdHolder {
  entityId: string;
  programs: Set<string>;
}

const HOLDERS_OF_LIST_IDS = `
  MATCH (e:Entity)-[s:SANCTIONED_BY]->(:Entity {id: $authorityId})
  WHERE s.listId IS NOT NULL AND NOT e.id STARTS WITH $ownPrefix
  RETURN s.listId AS listId, e.id AS entityId, collect(s.program) AS programs`;

/** Entities outside this import that already carry a list id of the authority: listId -> holders. */
export async function loadListIdHolders(
  db: GraphDb,
  authorityId: string,
  ownPrefix: string,
): Promise<Map<string, ListIdHolder[]>> {
  const result = await db.read(HOLDERS_OF_LIST_IDS, { authorityId, ownPrefix: ownPrefix || '\u0000' });
  const holders = new Map<string, ListIdHolder[]>();
  for (const r of result.records) {
    const listId = String(r.get('listId'));
    holders.set(listId, [
      ...(holders.get(listId) ?? []),
      { entityId: r.get('entityId'), programs: new Set(r.get('programs')) },
    ]);
  }
  return holders;
}

/** Name keys of entities that did not come from this import, for candidate reports (bounded). */
const NAMES_OUTSIDE_IMPORT = `
  MATCH (e:Entity) WHERE coalesce(e.importedFrom, '') <> $importedFrom AND NOT e:PublicBody AND NOT e:Country
  RETURN e.id AS id, e.name AS name, e.aliases AS aliases LIMIT $cap`;

export class NameIndex {
  private constructor(private readonly byKey: Map<string, { id: string; name: string }>) {}

  static async load(db: GraphDb, importedFrom: string, cap: number): Promise<NameIndex> {
    const result = await db.read(NAMES_OUTSIDE_IMPORT, { importedFrom, cap: neo4j.int(cap) });
    const byKey = new Map<string, { id: string; name: string }>();
    for (const r of result.records) {
      const entity = { id: r.get('id') as string, name: r.get('name') as string };
      for (const name of [entity.name, ...((r.get('aliases') as string[] | null) ?? [])])
        byKey.set(nameKey(name), entity);
    }
    return new NameIndex(byKey);
  }

  /** A candidate when the record's name or an alias spells the same as an existing entity's name or alias. */
  candidateFor(line: number, record: { id: string; name: string; aliases: string[] }): MatchCandidate | null {
    for (const name of [record.name, ...record.aliases]) {
      const hit = this.byKey.get(nameKey(name));
      if (hit && hit.id !== record.id) {
        return {
          line,
          recordId: record.id,
          name: record.name,
          existingId: hit.id,
          existingName: hit.name,
          reason: `same name as "${hit.name}" (name match only: not merged)`,
        };
      }
    }
    return null;
  }
}

// Resolves the authority named in a Sanction to a PublicBody node: one already in the graph under that name,
// else the regime's authority (see exposure/regimes.ts) when FtM names OFAC or OFSI, else a new PublicBody.
import type { GraphDb } from '../db/graphDb.ts';
import { REGIMES, REGIME_NAMES } from '../exposure/regimes.ts';
import type { EntityRecord, Source } from '../model/schema.ts';
import { ensureEntity } from '../writes/graphWrites.ts';
import type { AuthorityRef } from './importTypes.ts';
import { idPart } from './text.ts';

const BY_NAME = `MATCH (p:PublicBody) WHERE p.name = $name OR $name IN p.aliases RETURN p.id AS id LIMIT 1`;

/** Creates the authority node when the graph lacks it; an existing one is left as it is. */
export async function ensureAuthority(
  db: GraphDb,
  authority: { id: string; name: string; jurisdiction?: string },
  source: Source,
): Promise<void> {
  const entity = { ...authority, kind: 'PublicBody', aliases: [], sources: [source] } as EntityRecord;
  await db.writeTx((tx) => ensureEntity(tx, entity));
}

/** The authority a Sanction names when the graph has no PublicBody of that name: the regime's, else a new one. */
export function authorityFor(ref: AuthorityRef): { id: string; name: string; jurisdiction?: string } {
  const regime = REGIME_NAMES.find((r) => REGIMES[r].matchesFtmAuthority(ref.name, ref.country));
  return regime ? REGIMES[regime].authority : { id: `authority-${idPart(ref.name)}`, name: ref.name };
}

export class AuthorityResolver {
  private readonly resolved = new Map<string, string>();
  constructor(
    private readonly db: GraphDb,
    private readonly source: Source,
  ) {}

  async resolve(ref: AuthorityRef): Promise<string> {
    const known = this.resolved.get(ref.placeholder);
    if (known) return known;
    const id = await this.lookUp(ref);
    this.resolved.set(ref.placeholder, id);
    return id;
  }

  private async lookUp(ref: AuthorityRef): Promise<string> {
    const existing = await this.db.read(BY_NAME, { name: ref.name });
    if (existing.records.length) return existing.records[0].get('id');
    const authority = authorityFor(ref);
    await ensureAuthority(this.db, authority, this.source);
    return authority.id;
  }
}

// Likely existing records for a new entity: a fuzzy full-text name search, then kind, birth date and jurisdiction.
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { FULLTEXT_INDEX } from '../db/constraints.ts';
import { kindOf } from '../db/mapping.ts';
import type { EntityKind } from '../model/schema.ts';
import { nameSimilarity, nameTokens } from './nameSimilarity.ts';

export interface DuplicateQuery {
  name: string;
  kind?: EntityKind;
  aliases?: string[];
  birthDate?: string;
  jurisdiction?: string;
}

export interface DuplicateCandidate {
  id: string;
  name: string;
  kind: EntityKind;
  sanctioned: boolean;
  /** The candidate's name or alias that matched best. */
  matchedName: string;
  similarity: number;
  /** Why it looks like the same entity: "same name", "same birth date", ... */
  reasons: string[];
}

/** What a new entity record offers for the comparison. */
export function duplicateQueryOf(entity: Record<string, unknown> & { name: string; kind: EntityKind }): DuplicateQuery {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    name: entity.name,
    kind: entity.kind,
    aliases: Array.isArray(entity.aliases) ? (entity.aliases as string[]) : [],
    birthDate: text(entity.birthDate),
    jurisdiction: text(entity.jurisdiction),
  };
}

/** Names at least this alike (after normalisation) count as the same name spelt differently. */
const SIMILAR_NAME = 0.85;
const MAX_CANDIDATES = 5;

// Tokens are letters and digits only, so nothing in them is Lucene syntax; "~" makes each one fuzzy.
const FIND_BY_NAME = `
  CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $query, {limit: 25}) YIELD node
  RETURN node, EXISTS { (node)-[:SANCTIONED_BY]->() } AS sanctioned`;

function fuzzyQuery(names: string[]): string | null {
  const tokens = [...new Set(names.flatMap(nameTokens))];
  return tokens.length ? tokens.map((t) => (t.length >= 4 ? `${t}~` : t)).join(' ') : null;
}

/** Kinds that could describe the same thing; an imported LegalEntity may be any kind of party. */
const compatibleKinds = (a: EntityKind, b: EntityKind) => a === b || a === 'LegalEntity' || b === 'LegalEntity';

/** Partial dates agree when one is a prefix of the other ("1987" and "1987-12-16"). */
const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function judge(query: DuplicateQuery, node: Node, sanctioned: boolean): DuplicateCandidate | null {
  const p = node.properties as Record<string, unknown>;
  const kind = kindOf(node.labels);
  if (query.kind && !compatibleKinds(query.kind, kind)) return null;
  const theirNames = [String(p.name), ...((p.aliases as string[] | undefined) ?? [])];
  const ourNames = [query.name, ...(query.aliases ?? [])];
  let best = { similarity: 0, matchedName: String(p.name) };
  for (const theirs of theirNames) {
    for (const ours of ourNames) {
      const similarity = nameSimilarity(ours, theirs);
      if (similarity > best.similarity) best = { similarity, matchedName: theirs };
    }
  }
  if (best.similarity < SIMILAR_NAME) return null;
  const reasons = [best.similarity === 1 ? 'same name' : 'similar name'];
  if (best.matchedName !== p.name) reasons.push(`matches alias "${best.matchedName}"`);
  if (query.kind === kind) reasons.push(`same kind (${kind})`);
  if (query.birthDate && typeof p.birthDate === 'string') {
    if (!datesAgree(query.birthDate, p.birthDate)) return null;
    reasons.push('same birth date');
  }
  if (query.jurisdiction && typeof p.jurisdiction === 'string') {
    if (query.jurisdiction !== p.jurisdiction) return null;
    reasons.push('same jurisdiction');
  }
  return { id: String(p.id), name: String(p.name), kind, sanctioned, matchedName: best.matchedName, similarity: Math.round(best.similarity * 100) / 100, reasons };
}

/** Runs inside the caller's transaction, so a create can check and write against the same state. */
export async function findLikelyDuplicates(tx: ManagedTransaction, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const lucene = fuzzyQuery([query.name, ...(query.aliases ?? [])]);
  if (!lucene) return [];
  const result = await tx.run(FIND_BY_NAME, { query: lucene });
  return result.records
    .map((r) => judge(query, r.get('node') as Node, r.get('sanctioned') as boolean))
    .filter((c): c is DuplicateCandidate => c !== null)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, MAX_CANDIDATES);
}

// What the parsers produce and what an import reports.
import type { EntityRecord, RelationshipRecord, Source } from '../model/schema.ts';

/** The records one input line (or CSV record) yields, or why it was rejected. */
export type ParsedLine =
  | {
      line: number;
      entities: EntityRecord[];
      relationships: RelationshipRecord[];
      authorities?: AuthorityRef[];
      identifiers?: HolderIdentifier[];
      namedLinks?: NamedLink[];
    }
  | { line: number; error: string };

/** A link to another entry of the same list, by its exact name (OFAC's "Linked To: NAME"). */
export interface NamedLink {
  sourceId: string;
  targetName: string;
  sources: Source[];
}

/** An identity document (FtM Passport, Identification) kept as one of its holder's identifiers. */
export interface HolderIdentifier {
  entityId: string;
  value: string;
}

/** An authority a Sanction points to, by name, to be resolved to a PublicBody node. */
export interface AuthorityRef {
  /** The placeholder used as the relationship's target until the authority is resolved. */
  placeholder: string;
  name: string;
  country: string;
}

export type { ImportSummary, LineIssue, LinkedRecord, ListHistory, MatchCandidate, Outcomes } from './contract.ts';

export const MAX_LISTED = 200;

// What the parsers produce and what an import reports.
import type { ImportFormat } from './parseInput.ts';
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

/** What a newer edition of a list changed, entry by entry (an entry is a listed entity of this list). */
export interface ListHistory {
  edition: string;
  /** The newest edition imported before, if any. */
  previousEdition: string | null;
  /** True when this edition is older than one already imported: nothing was written. */
  olderEdition: boolean;
  added: number;
  changed: number;
  unchanged: number;
  /** Entries no longer on the list: their listings got endDate = edition. */
  delisted: number;
  /** Entries back on the list after being delisted: their endDate was removed. */
  relisted: number;
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

export interface LineIssue {
  line: number;
  reason: string;
}

export interface LinkedRecord {
  line: number;
  listId: string;
  name: string;
  linkedTo: string;
  evidence: string;
}

export interface MatchCandidate {
  line: number;
  recordId: string;
  name: string;
  existingId: string;
  existingName: string;
  reason: string;
}

export interface Outcomes {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  format: ImportFormat;
  source: Source;
  recordsRead: number;
  entities: Outcomes;
  relationships: Outcomes;
  /** Rejected lines and records not written, with reasons (at most MAX_LISTED of each list are kept). */
  skipped: LineIssue[];
  skippedCount: number;
  warnings: LineIssue[];
  warningCount: number;
  /** Records attached to an entity already in the graph, on strong evidence. */
  linked: LinkedRecord[];
  linkedCount: number;
  /** Possible matches with entities already in the graph, reported but not merged. */
  candidates: MatchCandidate[];
  candidateCount: number;
  /** For official lists (OFAC, UN): what this edition changed; null for FtM files. */
  history: ListHistory | null;
  /** OFAC "Linked To" names that match no entry of the file (the LINKED_TO edge is not made). */
  unresolvedLinks: LineIssue[];
  unresolvedLinkCount: number;
  seconds: number;
  recordsPerSecond: number;
}

export const MAX_LISTED = 200;

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
    }
  | { line: number; error: string };

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
  format: 'ofac-csv' | 'ftm';
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
  seconds: number;
  recordsPerSecond: number;
}

export const MAX_LISTED = 200;

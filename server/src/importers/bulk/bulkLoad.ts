// The first load of an empty store (`npm run import -- --bulk`): the file is parsed as an import parses it, its
// records become the same nodes and relationships the transactional import writes (bulkRows.ts), and
// neo4j-admin writes them into the store files at once. On an empty store there is nothing to match, link or
// delist, so the outcome is what the import would report: every record created, repeats unchanged, relationships
// with a missing end skipped. An empty list is stored as no property (the CSV format has no empty list); every
// reader takes a missing list as empty, and the import's comparison does too, so a later import of the same file
// changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importWithNeo4jAdmin } from '../../../../neo4j/neo4jAdmin.ts';
import type { EntityRecord, RelationshipRecord, Source } from '../../model/schema.ts';
import { isAuthorityPlaceholder } from '../ftmLines.ts';
import type { AuthorityRef, HolderIdentifier, ImportSummary, LineIssue, NamedLink } from '../importTypes.ts';
import { isListFormat } from '../parseInput.ts';
import {
  emptySummary,
  FORMAT_DEFAULTS,
  listDate,
  nameForLinks,
  namedLinkRelationships,
  parseOptionsFor,
  pushListed,
  type ImportOptions,
} from '../runImport.ts';
import { authorityFor } from '../authorities.ts';
import { ARRAY_DELIMITER } from './csvGroups.ts';
import { BulkRows, type PreparedLine, type PreparedRow } from './bulkRows.ts';
import { preparedLines } from './preparedLines.ts';

export interface BulkLoadResult {
  summary: ImportSummary;
  /** Parsing the file and writing the CSV files. */
  csvSeconds: number;
  /** neo4j-admin writing the store. */
  storeSeconds: number;
}

type Pending = { line: number; relationship: RelationshipRecord };

/** What one pass over the file gathers besides the rows it writes at once. */
interface Gathered {
  relationships: (Pending & { authorities: AuthorityRef[] })[];
  documents: { line: number; identifier: HolderIdentifier }[];
  namedLinks: { line: number; link: NamedLink }[];
  idsByName: Map<string, string[]>;
  entryIds: Set<string>;
  /** Authority names (and aliases) of the PublicBody records written, as the resolver looks them up. */
  authoritiesByName: Map<string, string>;
}

const skip = (summary: ImportSummary, issue: LineIssue) => (pushListed(summary.skipped, issue), summary.skippedCount++);

/** Writes the file into the (stopped) local Neo4j's data folder with neo4j-admin; the store is replaced. */
export async function bulkLoad(
  dataDir: string,
  openLines: () => AsyncIterable<string>,
  options: ImportOptions,
  log: (line: string) => void = () => {},
): Promise<BulkLoadResult> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'sge-bulk-'));
  try {
    const { summary, files } = await writeCsvFiles(dir, openLines, options);
    const csvSeconds = (performance.now() - started) / 1000;
    const store = await importWithNeo4jAdmin(dataDir, { ...files, arrayDelimiter: ARRAY_DELIMITER }, log);
    summary.seconds = (performance.now() - started) / 1000;
    summary.recordsPerSecond = Math.round(summary.recordsRead / Math.max(summary.seconds, 0.001));
    return { summary, csvSeconds, storeSeconds: store.seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function writeCsvFiles(dir: string, openLines: () => AsyncIterable<string>, options: ImportOptions) {
  const idPrefix = options.idPrefix ?? FORMAT_DEFAULTS[options.format].idPrefix;
  const publisher = options.publisher ?? FORMAT_DEFAULTS[options.format].publisher;
  const source: Source = { reference: path.basename(options.fileName), publisher, date: listDate(options) };
  const summary = emptySummary(options.format, source);
  const rows = new BulkRows(dir);
  const gathered: Gathered = {
    relationships: [],
    documents: [],
    namedLinks: [],
    idsByName: new Map(),
    entryIds: new Set(),
    authoritiesByName: new Map(),
  };
  let finished: Awaited<ReturnType<BulkRows['finish']>>;
  try {
    await addRecords(rows, gathered, summary, openLines, options, idPrefix);
    await addRelationships(rows, gathered, summary, options);
    for (const { line, identifier } of gathered.documents)
      if (!rows.addDocument(identifier.entityId, identifier.value))
        skip(summary, { line, reason: `identity document of ${identifier.entityId}: no such person in the graph` });
    finished = await rows.finish();
  } catch (error) {
    await rows.discard();
    throw error;
  }
  const { holdersUpdated, ...files } = finished;
  summary.entities.updated += holdersUpdated;
  if (isListFormat(options.format)) summary.history = firstEdition(summary, gathered.entryIds.size);
  return { summary, files };
}

/** The pass over the file: entities, and relationships whose ends it has seen, go to their CSV groups at once; the rest is gathered for after it. */
async function addRecords(
  rows: BulkRows,
  gathered: Gathered,
  summary: ImportSummary,
  openLines: () => AsyncIterable<string>,
  options: ImportOptions,
  idPrefix: string,
): Promise<void> {
  let bytesRead = 0;
  const parseOptions = parseOptionsFor(summary, { ...options, idPrefix }, (n) => (bytesRead += n));
  const extra = { importedFrom: `${options.format}:${idPrefix}` };
  const startedAt = Date.now();
  for await (const parsed of preparedLines(openLines(), parseOptions, extra)) {
    summary.recordsRead++;
    if ('error' in parsed) skip(summary, { line: parsed.line, reason: parsed.error });
    else await addParsed(rows, gathered, summary, parsed);
    if (summary.recordsRead % 10_000 === 0) {
      const written = summary.entities.created + summary.entities.unchanged;
      options.onProgress?.({
        phase: 'entities',
        recordsRead: summary.recordsRead,
        bytesRead,
        totalBytes: options.totalBytes,
        written,
        skipped: summary.skippedCount,
        elapsedMs: Date.now() - startedAt,
      });
    }
  }
}

async function addParsed(
  rows: BulkRows,
  gathered: Gathered,
  summary: ImportSummary,
  parsed: Exclude<PreparedLine, { error: string }>,
): Promise<void> {
  const entry = parsed.entities[0];
  for (const r of parsed.relationships)
    if (r.type === 'SANCTIONED_BY' && r.source === entry?.id) gathered.entryIds.add(r.source);
  if (entry && gathered.entryIds.has(entry.id)) {
    const key = nameForLinks(entry.name);
    gathered.idsByName.set(key, [...(gathered.idsByName.get(key) ?? []), entry.id]);
  }
  for (const [i, entity] of parsed.entities.entries()) {
    const created = await rows.addEntity(entity, parsed.entityRows[i]);
    summary.entities[created ? 'created' : 'unchanged']++;
    if (created && entity.kind === 'PublicBody') rememberAuthority(gathered, entity);
  }
  const authorities = parsed.authorities ?? [];
  for (const [i, relationship] of parsed.relationships.entries()) {
    const { source, target } = relationship;
    // Written at once when both ends are known (files list parties first), so the pass holds neither it nor its row.
    if (!isAuthorityPlaceholder(target) && rows.kindOf(source) && rows.kindOf(target))
      await addRelationship(rows, summary, relationship, parsed.relationshipRows[i]);
    else gathered.relationships.push({ line: parsed.line, relationship, authorities });
  }
  for (const identifier of parsed.identifiers ?? []) gathered.documents.push({ line: parsed.line, identifier });
  for (const link of parsed.namedLinks ?? []) gathered.namedLinks.push({ line: parsed.line, link });
}

function rememberAuthority(gathered: Gathered, entity: EntityRecord): void {
  for (const name of [entity.name, ...entity.aliases])
    if (!gathered.authoritiesByName.has(name)) gathered.authoritiesByName.set(name, entity.id);
}

/** The authority a placeholder stands for, as AuthorityResolver resolves it, created when the store lacks it. */
async function resolveAuthority(rows: BulkRows, gathered: Gathered, ref: AuthorityRef, source: Source) {
  const known = gathered.authoritiesByName.get(ref.name);
  if (known) return known;
  const authority = authorityFor(ref);
  await addAuthority(rows, authority, source);
  gathered.authoritiesByName.set(ref.name, authority.id);
  return authority.id;
}

/** ensureAuthority's rule: the authority node is created when the store lacks it, with no import stamp. */
async function addAuthority(rows: BulkRows, authority: { id: string; name: string }, source: Source) {
  if (rows.kindOf(authority.id)) return;
  await rows.addEntity({ ...authority, kind: 'PublicBody', aliases: [], sources: [source] } as EntityRecord);
}

async function addRelationships(rows: BulkRows, gathered: Gathered, summary: ImportSummary, options: ImportOptions) {
  const listAuthority = FORMAT_DEFAULTS[options.format].authority;
  if (listAuthority) await addAuthority(rows, listAuthority, summary.source);
  const { resolved, unresolved } = namedLinkRelationships(gathered.namedLinks, gathered.idsByName);
  for (const issue of unresolved) pushListed(summary.unresolvedLinks, issue);
  summary.unresolvedLinkCount += unresolved.length;
  for (const { line, relationship: given, authorities } of [
    ...gathered.relationships,
    ...resolved.map((r) => ({ ...r, authorities: [] })),
  ]) {
    let relationship = given;
    if (isAuthorityPlaceholder(relationship.target)) {
      const ref = authorities.find((a) => a.placeholder === relationship.target)!;
      relationship = { ...relationship, target: await resolveAuthority(rows, gathered, ref, summary.source) };
    }
    const { id, type, source, target } = relationship;
    if (!rows.kindOf(source) || !rows.kindOf(target)) {
      skip(summary, { line, reason: `${type} ${id}: ${source} or ${target} is not in the graph` });
      continue;
    }
    await addRelationship(rows, summary, relationship);
  }
}

async function addRelationship(
  rows: BulkRows,
  summary: ImportSummary,
  relationship: RelationshipRecord,
  row?: PreparedRow,
) {
  summary.relationships[(await rows.addRelationship(relationship, row)) ? 'created' : 'unchanged']++;
}

/** On an empty store every entry of an official list is new and nothing is delisted. */
function firstEdition(summary: ImportSummary, entries: number): ImportSummary['history'] {
  return {
    edition: summary.source.date,
    previousEdition: null,
    olderEdition: false,
    added: entries,
    changed: 0,
    unchanged: 0,
    delisted: 0,
    relisted: 0,
  };
}

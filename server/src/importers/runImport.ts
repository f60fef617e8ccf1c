// One import run: parse, apply the matching policy, write in batches, count, report.
import path from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { User } from '../auth/authConfig.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { REGIMES } from '../exposure/regimes.ts';
import type { EntityRecord, RelationshipRecord, Source } from '../model/schema.ts';
import { touchIfListed, touchListedGeneration } from '../writes/listedGeneration.ts';
import { AuthorityResolver, ensureAuthority } from './authorities.ts';
import { isAuthorityPlaceholder } from './ftmLines.ts';
import {
  addIdentifiers,
  addListingEditions,
  writeEntities,
  writeRelationships,
  noOutcomes,
  type ListingEdition,
} from '../writes/graphWrites.ts';
import {
  MAX_LISTED,
  type AuthorityRef,
  type HolderIdentifier,
  type ImportSummary,
  type LineIssue,
  type ListHistory,
  type NamedLink,
  type Outcomes,
} from './importTypes.ts';
import { loadListIdHolders, NameIndex, type ListIdHolder } from './matching.ts';
import { applyEdition, latestEdition } from './listHistory.ts';
import { OFAC_AUTHORITY_ID } from './ofacCsv.ts';
import { ImportInterrupted, ImportTrace, type TraceCounts } from './importTrace.ts';
import { sourceWith } from './text.ts';
import type { OfacLegacySideFiles } from './ofacLegacyCsv.ts';
import { UN_AUTHORITY } from './unConsolidatedXml.ts';
import { isListFormat, isOfacFormat, parseInput, type ImportFormat, type ParseOptions } from './parseInput.ts';

export interface ImportOptions {
  format: ImportFormat;
  /** Cited in every record's source. */
  fileName: string;
  /** Prepended to every id from the input; defaults to "ofac-" for the OFAC list and "" for FtM. */
  idPrefix?: string;
  publisher?: string;
  /** The list's date; defaults to a YYYY-MM-DD in the file name, else today. */
  date?: string;
  batchSize?: number;
  totalBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Who runs the import; when given, the run is recorded in the audit trail with its counts as it goes. */
  actor?: User;
  /** add.csv, alt.csv and sdn_comments.csv of OFAC's legacy CSV set (format ofac-legacy). */
  ofacLegacy?: OfacLegacySideFiles;
  /** Stops the import between batches; it then ends with ImportInterrupted and its entry says interrupted. */
  signal?: AbortSignal;
}

export interface ImportProgress {
  phase: 'entities' | 'relationships' | 'done';
  recordsRead: number;
  bytesRead: number;
  totalBytes?: number;
  written: number;
  skipped: number;
  elapsedMs: number;
}

/** Candidate detection reads the names of at most this many entities already in the graph. */
const NAME_INDEX_CAP = 500_000;
const OFAC_PUBLISHER = 'US Department of the Treasury, Office of Foreign Assets Control (OFAC)';

/** Per format: the default id prefix, publisher and the authority whose listings make up the list. */
export const FORMAT_DEFAULTS: Record<
  ImportFormat,
  { idPrefix: string; publisher: string; authority: { id: string; name: string; jurisdiction?: string } | null }
> = {
  'ofac-csv': { idPrefix: 'ofac-', publisher: OFAC_PUBLISHER, authority: REGIMES.US.authority },
  'ofac-legacy': { idPrefix: 'ofac-', publisher: OFAC_PUBLISHER, authority: REGIMES.US.authority },
  'un-xml': { idPrefix: 'un-', publisher: UN_AUTHORITY.name, authority: UN_AUTHORITY },
  ftm: { idPrefix: '', publisher: 'FollowTheMoney import', authority: null },
};

type PendingRelationship = { line: number; relationship: RelationshipRecord; authorities: AuthorityRef[] };

interface Run {
  db: GraphDb;
  options: Required<Pick<ImportOptions, 'format' | 'idPrefix' | 'batchSize'>> & ImportOptions;
  summary: ImportSummary;
  importedFrom: string;
  listIdHolders: Map<string, ListIdHolder[]>;
  names: NameIndex;
  entities: { line: number; entity: EntityRecord }[];
  relationships: PendingRelationship[];
  /** The entity batch being written while the next is parsed. */
  entityWrite: Promise<void>;
  identifiers: { line: number; identifier: HolderIdentifier }[];
  /** This file's editions of listings that linked entities already have. */
  linkedEditions: ListingEdition[];
  namedLinks: { line: number; link: NamedLink }[];
  /** Entry (listed entity) ids by exact name, for "Linked To" (a trailing full stop aside). */
  idsByName: Map<string, string[]>;
  /** The ids of this file's entries (the entities with a listing), for list history. */
  entryIds: Set<string>;
  history: ListHistory | null;
  bytesRead: number;
  started: number;
  trace?: ImportTrace;
}

export function listDate(options: ImportOptions): string {
  return options.date ?? /\d{4}-\d{2}-\d{2}/.exec(options.fileName)?.[0] ?? new Date().toISOString().slice(0, 10);
}

export function emptySummary(format: ImportFormat, source: Source): ImportSummary {
  return {
    format,
    source,
    recordsRead: 0,
    entities: noOutcomes(),
    relationships: noOutcomes(),
    skipped: [],
    skippedCount: 0,
    warnings: [],
    warningCount: 0,
    linked: [],
    linkedCount: 0,
    candidates: [],
    candidateCount: 0,
    history: null,
    unresolvedLinks: [],
    unresolvedLinkCount: 0,
    seconds: 0,
    recordsPerSecond: 0,
  };
}

export function pushListed<T>(list: T[], item: T): void {
  if (list.length < MAX_LISTED) list.push(item);
}
const skip = (run: Run, issue: LineIssue) => (pushListed(run.summary.skipped, issue), run.summary.skippedCount++);

function progress(run: Run, phase: ImportProgress['phase']): void {
  const { entities, relationships } = run.summary;
  const written = [entities, relationships].reduce((n, o) => n + o.created + o.updated + o.unchanged, 0);
  run.options.onProgress?.({
    phase,
    recordsRead: run.summary.recordsRead,
    bytesRead: run.bytesRead,
    totalBytes: run.options.totalBytes,
    written,
    skipped: run.summary.skippedCount,
    elapsedMs: Date.now() - run.started,
  });
}

/**
 * OFAC: a record whose uid already sits, as listId, on the OFAC edge of exactly one other entity is that entity:
 * its sanctions are attached there (edges it already has are left alone) and the link is reported.
 */
function linkByListId(
  run: Run,
  line: number,
  entity: EntityRecord,
  relationships: RelationshipRecord[],
): RelationshipRecord[] | null {
  const listId = entity.id.slice(run.options.idPrefix.length);
  const holders = run.listIdHolders.get(listId) ?? [];
  if (holders.length > 1) {
    pushListed(run.summary.candidates, {
      line,
      recordId: entity.id,
      name: entity.name,
      existingId: holders.map((h) => h.entityId).join(', '),
      existingName: '',
      reason: `OFAC list id ${listId} is on several entities: not linked`,
    });
    run.summary.candidateCount++;
  }
  if (holders.length !== 1) return null;
  const [holder] = holders;
  pushListed(run.summary.linked, {
    line,
    listId,
    name: entity.name,
    linkedTo: holder.entityId,
    evidence: `its OFAC SANCTIONED_BY edge has list id ${listId}`,
  });
  run.summary.linkedCount++;
  const has = (r: RelationshipRecord) => holder.programs.has(String(r.program));
  for (const r of relationships.filter(has))
    run.linkedEditions.push({
      entityId: holder.entityId,
      authorityId: r.target,
      listId,
      program: String(r.program ?? ''),
      editions: (r.listEditions as string[] | undefined) ?? [],
    });
  const fresh = relationships.filter((r) => !has(r));
  return fresh.map((r) => ({ ...r, source: holder.entityId }));
}

function accept(
  run: Run,
  line: number,
  entities: EntityRecord[],
  relationships: RelationshipRecord[],
  authorities: AuthorityRef[] = [],
): void {
  for (const r of relationships)
    if (r.type === 'SANCTIONED_BY' && r.source === entities[0]?.id) run.entryIds.add(r.source);
  const entry = entities[0];
  if (entry && run.entryIds.has(entry.id)) {
    const key = nameForLinks(entry.name);
    run.idsByName.set(key, [...(run.idsByName.get(key) ?? []), entry.id]);
  }
  for (const entity of entities) {
    const linked = isOfacFormat(run.options.format) ? linkByListId(run, line, entity, relationships) : null;
    if (linked) {
      relationships = linked;
      continue;
    }
    const candidate = run.names.candidateFor(line, entity);
    if (candidate) {
      pushListed(run.summary.candidates, candidate);
      run.summary.candidateCount++;
    }
    run.entities.push({ line, entity });
  }
  for (const relationship of relationships) run.relationships.push({ line, relationship, authorities });
}

export const nameForLinks = (name: string) => name.trim().replace(/\.$/, '');

/** Each "Linked To: NAME" becomes a LINKED_TO edge to the one entry of that exact name; others are reported. */
export function namedLinkRelationships(
  namedLinks: { line: number; link: NamedLink }[],
  idsByName: Map<string, string[]>,
): { resolved: { line: number; relationship: RelationshipRecord }[]; unresolved: LineIssue[] } {
  const resolved: { line: number; relationship: RelationshipRecord }[] = [];
  const unresolved: LineIssue[] = [];
  for (const { line, link } of namedLinks) {
    const targets = idsByName.get(nameForLinks(link.targetName)) ?? [];
    if (targets.length !== 1) {
      const why = targets.length ? `${targets.length} entries have that name` : 'no entry of that name in the file';
      unresolved.push({ line, reason: `${link.sourceId} Linked To: ${link.targetName}: ${why}` });
      continue;
    }
    const relationship = {
      id: `${link.sourceId}--linked-to--${targets[0]}`,
      type: 'LINKED_TO',
      source: link.sourceId,
      target: targets[0],
      role: 'Linked To (OFAC remarks)',
      sources: link.sources,
    } as RelationshipRecord;
    resolved.push({ line, relationship });
  }
  return { resolved, unresolved };
}

function resolveNamedLinks(run: Run): void {
  const { resolved, unresolved } = namedLinkRelationships(run.namedLinks, run.idsByName);
  for (const issue of unresolved) pushListed(run.summary.unresolvedLinks, issue);
  run.summary.unresolvedLinkCount += unresolved.length;
  for (const { line, relationship } of resolved) run.relationships.push({ line, relationship, authorities: [] });
}

function countEntry(run: Run, id: string, outcome: keyof Outcomes): void {
  if (!run.history || !run.entryIds.has(id)) return;
  const key = outcome === 'created' ? 'added' : outcome === 'updated' ? 'changed' : 'unchanged';
  run.history[key]++;
}

const OUTCOMES = ['created', 'updated', 'unchanged'] as const;

/** The run's counts once a batch's counts are added to `into`. */
function countsWith(run: Run, into: Outcomes, counts: Outcomes): TraceCounts {
  const plus = (o: Outcomes) =>
    o === into
      ? {
          created: o.created + counts.created,
          updated: o.updated + counts.updated,
          unchanged: o.unchanged + counts.unchanged,
        }
      : { ...o };
  return { entities: plus(run.summary.entities), relationships: plus(run.summary.relationships) };
}

/** What a batch may change of what screening keeps: listings, or the names and facts of these entities. */
type ListedTouch = { listings: true } | { entityIds: readonly string[] };

async function touchListedIfChanged(tx: ManagedTransaction, counts: Outcomes, touch: ListedTouch): Promise<void> {
  if (counts.created + counts.updated === 0) return;
  if ('listings' in touch) await touchListedGeneration(tx);
  else await touchIfListed(tx, touch.entityIds);
}

/** Runs one write transaction and adds its counts once it has committed, so that a retried attempt counts once. */
async function committed<T>(
  run: Run,
  into: Outcomes,
  touch: ListedTouch,
  work: (tx: ManagedTransaction, counts: Outcomes) => Promise<T>,
) {
  if (run.options.signal?.aborted) throw new ImportInterrupted();
  let counts = noOutcomes();
  const result = await run.db.writeTx(async (tx) => {
    const written = await work(tx, (counts = noOutcomes()));
    // Screening reloads its copy of the listed names when a batch changed a listing or a listed entity.
    await touchListedIfChanged(tx, counts, touch);
    await run.trace?.inBatch(tx, countsWith(run, into, counts));
    return written;
  });
  for (const outcome of OUTCOMES) into[outcome] += counts[outcome];
  return result;
}

/**
 * Starts writing the entities read so far. The previous batch's write is awaited first, so one batch is written
 * while the next one is parsed.
 */
async function flushEntities(run: Run): Promise<void> {
  await run.entityWrite;
  if (!run.entities.length) return;
  const batch = run.entities.splice(0, run.entities.length).map((e) => e.entity);
  const extra = { importedFrom: run.importedFrom };
  let entries: [string, keyof Outcomes][] = [];
  const write = committed(run, run.summary.entities, { entityIds: batch.map((e) => e.id) }, (tx, counts) => {
    entries = [];
    return writeEntities(tx, batch, extra, counts, (id, outcome) => entries.push([id, outcome]));
  }).then(() => entries.forEach(([id, outcome]) => countEntry(run, id, outcome)));
  run.entityWrite = write.then(() => progress(run, 'entities'));
  run.entityWrite.catch(() => {}); // the failure surfaces where the write is awaited
}

async function resolveAuthorities(run: Run, pending: PendingRelationship[]): Promise<void> {
  const resolver = new AuthorityResolver(run.db, run.summary.source);
  for (const p of pending) {
    if (!isAuthorityPlaceholder(p.relationship.target)) continue;
    const ref = p.authorities.find((a) => a.placeholder === p.relationship.target)!;
    p.relationship = { ...p.relationship, target: await resolver.resolve(ref) };
  }
}

async function flushRelationships(run: Run): Promise<void> {
  await resolveAuthorities(run, run.relationships);
  for (let i = 0; i < run.relationships.length; i += run.options.batchSize) {
    const batch = run.relationships.slice(i, i + run.options.batchSize);
    const relationships = batch.map((p) => p.relationship);
    const touch: ListedTouch = relationships.some((r) => r.type === 'SANCTIONED_BY')
      ? { listings: true }
      : { entityIds: [] };
    const missing = await committed(run, run.summary.relationships, touch, (tx, counts) =>
      writeRelationships(tx, relationships, counts),
    );
    for (const p of batch.filter((b) => missing.has(b.relationship.id))) {
      skip(run, {
        line: p.line,
        reason: `${p.relationship.type} ${p.relationship.id}: ${p.relationship.source} or ${p.relationship.target} is not in the graph`,
      });
    }
    progress(run, 'relationships');
  }
}

/** The file's editions of the listings that linked entities already have (edges left otherwise alone). */
async function flushLinkedEditions(run: Run): Promise<void> {
  if (!run.linkedEditions.length) return;
  const rows = run.linkedEditions.filter((e) => e.editions.length);
  run.summary.relationships.unchanged += run.linkedEditions.length - rows.length;
  await committed(run, run.summary.relationships, { listings: true }, (tx, counts) =>
    addListingEditions(tx, rows, counts),
  );
}

/** Identity documents are written once every entity is, since a holder may come after its passport. */
async function flushIdentifiers(run: Run): Promise<void> {
  if (!run.identifiers.length) return;
  const all = run.identifiers.map((i) => i.identifier);
  const holders = { entityIds: all.map((i) => i.entityId) };
  const missing = await committed(run, run.summary.entities, holders, (tx, counts) => addIdentifiers(tx, all, counts));
  for (const { line, identifier } of run.identifiers.filter((i) => missing.has(i.identifier.entityId)))
    skip(run, { line, reason: `identity document of ${identifier.entityId}: no such person in the graph` });
}

async function prepareRun(db: GraphDb, options: ImportOptions): Promise<Run> {
  const format = options.format;
  const idPrefix = options.idPrefix ?? FORMAT_DEFAULTS[format].idPrefix;
  const publisher = options.publisher ?? FORMAT_DEFAULTS[format].publisher;
  const source: Source = { reference: `${path.basename(options.fileName)}`, publisher, date: listDate(options) };
  const importedFrom = `${format}:${idPrefix}`;
  const listIdHolders = isOfacFormat(format) ? await loadListIdHolders(db, OFAC_AUTHORITY_ID, idPrefix) : new Map();
  const names = await NameIndex.load(db, importedFrom, NAME_INDEX_CAP);
  return {
    db,
    options: { ...options, idPrefix, batchSize: options.batchSize ?? 1_000 },
    summary: emptySummary(format, source),
    importedFrom,
    listIdHolders,
    names,
    entities: [],
    relationships: [],
    entityWrite: Promise.resolve(),
    identifiers: [],
    linkedEditions: [],
    namedLinks: [],
    idsByName: new Map(),
    entryIds: new Set(),
    history: null,
    bytesRead: 0,
    started: Date.now(),
  };
}

/**
 * Imports the lines of one file; malformed lines are skipped with their line numbers, the rest is written.
 * The lines are opened only once the run is prepared: a readline interface opened earlier drops lines.
 */
export async function runImport(
  db: GraphDb,
  openLines: () => AsyncIterable<string>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const run = await prepareRun(db, options);
  if (options.actor) run.trace = await ImportTrace.start(db, options.actor, run.summary, run.options.idPrefix);
  try {
    await importLines(run, openLines);
  } catch (error) {
    await run.entityWrite.catch(() => {}); // a batch still committing updates the entry before it is closed
    const interrupted = error instanceof ImportInterrupted;
    await run.trace?.end(
      db,
      interrupted ? 'interrupted' : 'failed',
      interrupted ? undefined : (error as Error).message,
    );
    throw error;
  }
  await run.trace?.end(db, 'finished');
  return run.summary;
}

/** How the parsers are told to read a file of this import: ids, sources, warnings, progress, the edition. */
export function parseOptionsFor(
  summary: ImportSummary,
  options: ImportOptions & { idPrefix: string },
  onBytes: (bytes: number) => void,
): ParseOptions {
  const sourceFor = (reference: string, url?: string) => sourceWith(summary.source, reference, url);
  return {
    format: options.format,
    idPrefix: options.idPrefix,
    fileName: path.basename(options.fileName),
    sourceFor,
    warn: (issue: LineIssue) => (pushListed(summary.warnings, issue), summary.warningCount++),
    onBytes,
    ofacLegacy: options.ofacLegacy,
    onEdition: (date: string) => {
      if (!options.date) summary.source = { ...summary.source, date };
    },
  };
}

async function importLines(run: Run, openLines: () => AsyncIterable<string>): Promise<ImportSummary> {
  const { summary, db, options } = run;
  const parseOptions = parseOptionsFor(summary, run.options, (n) => (run.bytesRead += n));
  let started = false;
  for await (const parsed of parseInput(openLines(), parseOptions)) {
    if (options.signal?.aborted) throw new ImportInterrupted();
    // The edition is known by the first record (a UN file states it at its top): an older one writes nothing.
    if (!started && ((started = true), await isOlderEdition(run))) return finish(run);
    summary.recordsRead++;
    if ('error' in parsed) skip(run, { line: parsed.line, reason: parsed.error });
    else {
      accept(run, parsed.line, parsed.entities, parsed.relationships, parsed.authorities);
      for (const identifier of parsed.identifiers ?? []) run.identifiers.push({ line: parsed.line, identifier });
      for (const link of parsed.namedLinks ?? []) run.namedLinks.push({ line: parsed.line, link });
    }
    if (run.entities.length >= run.options.batchSize) await flushEntities(run);
    // Relationships are only read (and held) in this phase, so the bar moves on reading too.
    else if (summary.recordsRead % 10_000 === 0) progress(run, 'entities');
  }
  await flushEntities(run);
  await run.entityWrite;
  // Created only once the file has been read, so a refused file writes nothing.
  const authority = FORMAT_DEFAULTS[run.options.format].authority;
  if (authority) await ensureAuthority(db, authority, summary.source);
  resolveNamedLinks(run);
  await flushRelationships(run);
  await flushLinkedEditions(run);
  await flushIdentifiers(run);
  if (run.history && authority)
    Object.assign(
      run.history,
      await applyEdition(db, { authorityId: authority.id, prefix: run.options.idPrefix, edition: run.history.edition }),
    );
  return finish(run);
}

/** Starts the list history of an official list; true when the file is older than an edition already imported. */
async function isOlderEdition(run: Run): Promise<boolean> {
  const authority = FORMAT_DEFAULTS[run.options.format].authority;
  if (!isListFormat(run.options.format) || !authority) return false;
  const edition = run.summary.source.date;
  const previousEdition = await latestEdition(run.db, authority.id, run.options.idPrefix);
  const olderEdition = previousEdition !== null && edition < previousEdition;
  run.history = {
    edition,
    previousEdition,
    olderEdition,
    added: 0,
    changed: 0,
    unchanged: 0,
    delisted: 0,
    relisted: 0,
  };
  run.summary.history = run.history;
  return olderEdition;
}

async function finish(run: Run): Promise<ImportSummary> {
  const { summary } = run;
  summary.seconds = (Date.now() - run.started) / 1000;
  summary.recordsPerSecond = Math.round(summary.recordsRead / Math.max(summary.seconds, 0.001));
  progress(run, 'done');
  return summary;
}

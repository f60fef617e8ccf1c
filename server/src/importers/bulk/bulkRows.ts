// The rows a bulk load writes: the same node and relationship properties the transactional import writes
// (graphWrites.ts: the mapped record, version 1, the import's `importedFrom`), grouped for neo4j-admin's CSV.
import { createHash } from 'node:crypto';
import { entityToProperties, relationshipToProperties } from '../../db/mapping.ts';
import {
  ENTITY_KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityKind,
  type EntityRecord,
  type RelationshipRecord,
  type RelationshipType,
} from '../../model/schema.ts';
import { withoutUndefined } from '../../writes/graphWrites.ts';
import { isAuthorityPlaceholder } from '../ftmLines.ts';
import type { ParsedLine } from '../importTypes.ts';
import { ImportInputError } from '../parseInput.ts';
import { CsvGroup, csvText, spoolRow, type SpooledRow, type Value } from './csvGroups.ts';

type Props = Record<string, Value>;

/** A record's row as it is spooled, with the digest that tells a repeat of it from a different record. */
export interface PreparedRow extends SpooledRow {
  digest: string;
}

/** An entity's row: the mapped record, version 1 and the import's stamp (`extra`). */
export function entityRow(entity: EntityRecord, extra: Record<string, string>): PreparedRow {
  const { id, ...props } = { ...withoutUndefined(entityToProperties(entity)), ...extra, version: 1 } as Props;
  return prepared(entity.kind, spoolRow(String(id), [csvText(String(id))], props));
}

export function relationshipRow(relationship: RelationshipRecord): PreparedRow {
  const props = { ...withoutUndefined(relationshipToProperties(relationship)), version: 1 } as Props;
  const ends = [relationship.source, relationship.target].map(csvText);
  return prepared(relationship.type, spoolRow(relationship.id, ends, props));
}

const prepared = (name: string, row: SpooledRow): PreparedRow => ({
  ...row,
  digest: createHash('sha1').update(`${name} ${row.line}`).digest('base64'),
});

/**
 * A parsed line with the rows of its records made: the part of a bulk load that worker threads can share. A
 * relationship to an authority named rather than linked has no row yet: its end is only known after the pass.
 */
export type PreparedLine =
  | Extract<ParsedLine, { error: string }>
  | (Exclude<ParsedLine, { error: string }> & {
      entityRows: PreparedRow[];
      relationshipRows: (PreparedRow | undefined)[];
    });

export function prepareLine(parsed: ParsedLine, extra: Record<string, string>): PreparedLine {
  if ('error' in parsed) return parsed;
  return {
    ...parsed,
    entityRows: parsed.entities.map((entity) => entityRow(entity, extra)),
    relationshipRows: parsed.relationships.map((r) =>
      isAuthorityPlaceholder(r.target) ? undefined : relationshipRow(r),
    ),
  };
}

export class BulkRows {
  private readonly nodeGroups = new Map<EntityKind, CsvGroup>();
  private readonly relationshipGroups = new Map<RelationshipType, CsvGroup>();
  /**
   * A digest of what each id was written with, so that a repeat of the same record counts as unchanged (as a
   * re-write would); a digest rather than the row keeps millions of rows in a few hundred MB.
   */
  private readonly written = new Map<string, string>();
  private readonly kinds = new Map<string, EntityKind>();
  /** Identity documents by holder, added to the holder's identifiers when the files are finished. */
  private readonly documents = new Map<string, Set<string>>();

  constructor(private readonly dir: string) {}

  kindOf = (id: string) => this.kinds.get(id);

  /** An identity document of a person added before (addIdentifiers' rule: documents of people only). */
  addDocument(holderId: string, value: string): boolean {
    if (this.kinds.get(holderId) !== 'Person') return false;
    const values = this.documents.get(holderId) ?? new Set<string>();
    this.documents.set(holderId, values.add(value));
    this.nodeGroups.get('Person')!.declare('identifiers', 'string[]');
    return true;
  }

  /**
   * Adds an entity by its row (made with the import's stamp where it was parsed; none by default). False when the
   * same record was already added; a different record under that id is refused.
   */
  async addEntity(entity: EntityRecord, row: PreparedRow = entityRow(entity, {})): Promise<boolean> {
    if (!ENTITY_KIND_NAMES.includes(entity.kind)) throw new Error(`kind ${entity.kind} is not in the model`);
    if (!this.firstTime(`node:${entity.id}`, row.digest)) return false;
    this.kinds.set(entity.id, entity.kind);
    await this.group(this.nodeGroups, entity.kind, ['id:ID']).write(row);
    return true;
  }

  async addRelationship(relationship: RelationshipRecord, row = relationshipRow(relationship)): Promise<boolean> {
    if (!RELATIONSHIP_TYPE_NAMES.includes(relationship.type))
      throw new Error(`type ${relationship.type} is not in the model`);
    if (!this.firstTime(`relationship:${relationship.id}`, row.digest)) return false;
    await this.group(this.relationshipGroups, relationship.type, [':START_ID', ':END_ID']).write(row);
    return true;
  }

  /** Whether this is the first row under the key, by the digest of the row as written (kind or type included). */
  private firstTime(key: string, digest: string): boolean {
    const before = this.written.get(key);
    if (before === undefined) return (this.written.set(key, digest), true);
    if (before === digest) return false;
    throw new ImportInputError(
      `A bulk load writes each id once, and ${key.replace(':', ' ')} comes twice with different facts: import it without --bulk, which updates the first with the second.`,
    );
  }

  private group<K extends string>(groups: Map<K, CsvGroup>, name: K, leading: string[]): CsvGroup {
    let group = groups.get(name);
    if (!group) groups.set(name, (group = new CsvGroup(this.dir, name, leading)));
    return group;
  }

  /** Closes what a failed load spooled (its folder is removed next). */
  async discard(): Promise<void> {
    for (const group of [...this.nodeGroups.values(), ...this.relationshipGroups.values()]) await group.discard();
  }

  /** Writes the CSV files; returns the groups as neo4j-admin takes them. */
  async finish() {
    const nodes = [];
    let holdersUpdated = 0;
    const amend = (id: string, props: Props) => {
      const amended = withDocuments(this.documents.get(id), props);
      if (amended !== props) holdersUpdated++;
      return amended;
    };
    for (const [kind, group] of this.nodeGroups) {
      nodes.push({ labels: ['Entity', kind], files: await group.finish(amend) });
    }
    const relationships = [];
    for (const [type, group] of this.relationshipGroups) relationships.push({ type, files: await group.finish() });
    const all = [...this.nodeGroups.values(), ...this.relationshipGroups.values()];
    return { nodes, relationships, multiline: all.some((g) => g.multiline), holdersUpdated };
  }
}

/** A holder's identity documents join its identifiers, and bump its version, as addIdentifiers does. */
function withDocuments(values: Set<string> | undefined, props: Props): Props {
  if (!values) return props;
  const identifiers = (props.identifiers as string[] | undefined) ?? [];
  const fresh = [...values].filter((v) => !identifiers.includes(v));
  return fresh.length ? { ...props, identifiers: [...identifiers, ...fresh], version: 2 } : props;
}

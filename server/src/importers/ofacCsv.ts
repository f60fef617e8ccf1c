// The OFAC SDN CSV layout (uid,name,type,programs,alternate_names): one entity per row and one SANCTIONED_BY
// edge to the OFAC authority per program, the list's uid kept as listId.
import { type EntityKind, type EntityRecord, type RelationshipRecord, type Source } from '../model/schema.ts';
import { entitySchema, relationshipSchema } from './modelSchemas.ts';
import { REGIMES } from '../exposure/regimes.ts';
import type { CsvRecord } from './csvRecords.ts';
import type { ParsedLine } from './importTypes.ts';
import { describeIssue, editionsOf, slug } from './text.ts';

export const OFAC_HEADER = ['uid', 'name', 'type', 'programs', 'alternate_names'];
export const OFAC_AUTHORITY_ID = REGIMES.US.authority.id;

/** OFAC's "entity" may be a company, an organisation or a network: LegalEntity says no more than the list does. */
const KIND_OF_TYPE: Record<string, EntityKind> = {
  individual: 'Person',
  entity: 'LegalEntity',
  vessel: 'Vessel',
  aircraft: 'Airplane',
  airplane: 'Airplane',
};

const splitList = (value: string) =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export interface OfacContext {
  idPrefix: string;
  /** The source of one record, citing its uid. */
  sourceFor: (reference: string) => Source;
  fileName: string;
}

export function parseOfacRecord(record: CsvRecord, ctx: OfacContext): ParsedLine {
  const [uid, name, type, programs, alternateNames = ''] = record.fields.map((f) => f.trim());
  if (record.fields.length < 4 || record.fields.length > 5)
    return { line: record.line, error: `expected 5 columns (${OFAC_HEADER.join(',')}), found ${record.fields.length}` };
  if (!/^\d+$/.test(uid ?? '')) return { line: record.line, error: `uid "${uid}" is not a number` };
  const kind = KIND_OF_TYPE[type.toLowerCase()];
  if (!kind)
    return { line: record.line, error: `type "${type}" is not one of ${Object.keys(KIND_OF_TYPE).join(', ')}` };
  if (splitList(programs).length === 0) return { line: record.line, error: 'no program' };
  const sources = [ctx.sourceFor(`OFAC SDN list (${ctx.fileName}), uid ${uid}`)];
  const id = `${ctx.idPrefix}${uid}`;
  const aliases = [...new Set(splitList(alternateNames))].filter((a) => a !== name);
  const entity = entitySchema(kind).safeParse({ id, kind, name, aliases, sources });
  if (!entity.success) return { line: record.line, error: describeIssue(entity.error) };
  const relationships: RelationshipRecord[] = [];
  for (const program of [...new Set(splitList(programs))]) {
    const rel = relationshipSchema('SANCTIONED_BY').safeParse({
      id: `${id}-sanction-${slug(program)}`,
      type: 'SANCTIONED_BY',
      source: id,
      target: OFAC_AUTHORITY_ID,
      program,
      listId: uid,
      ...editionsOf(sources[0]),
      sources,
    });
    if (!rel.success) return { line: record.line, error: describeIssue(rel.error) };
    relationships.push(rel.data as RelationshipRecord);
  }
  return { line: record.line, entities: [entity.data as EntityRecord], relationships };
}

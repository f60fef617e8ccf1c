// FollowTheMoney JSON lines: entity schemata become nodes of the model's kinds, interval schemata edges.
import { z } from 'zod';
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  type EntityKind,
  type EntityRecord,
  type RelationshipRecord,
  type RelationshipType,
  type Source,
} from '../model/schema.ts';
import { entitySchema, relationshipSchema } from './modelSchemas.ts';
import {
  FTM_ALIAS_PROPERTIES,
  FTM_EDGE_ENDS,
  FTM_FIELD_ALIASES,
  FTM_IDENTIFIER_PROPERTIES,
  kindForFtmSchema,
  relationshipTypeForFtmSchema,
} from './ftmModel.ts';
import type { AuthorityRef, LineIssue, ParsedLine } from './importTypes.ts';
import { describeIssue, editionsOf, idPart, sanitiseId } from './text.ts';

const ftmEntity = z.object({
  id: z.string().min(1),
  schema: z.string().min(1),
  properties: z.record(z.string(), z.array(z.union([z.string(), z.number()]).transform(String))).default({}),
});
type FtmEntity = z.infer<typeof ftmEntity>;

export interface FtmContext {
  idPrefix: string;
  sourceFor: (reference: string, url?: string) => Source;
  fileName: string;
  /** Field values the model rejects are dropped (unknown stays unknown) and reported here. */
  warn: (issue: LineIssue) => void;
}

const AUTHORITY_PLACEHOLDER = 'authority:';
export const isAuthorityPlaceholder = (id: string) => id.startsWith(AUTHORITY_PLACEHOLDER);

const first = (props: FtmEntity['properties'], ...names: string[]) =>
  names.map((n) => props[n]?.[0]).find((v) => v !== undefined);
const dateOf = (value: string | undefined) => value?.slice(0, 10);

/** Reads one field of the model from FtM properties of the same name (dates cut to days, countries upper-cased). */
function fieldValue(name: string, spec: { schema: z.ZodType }, props: FtmEntity['properties']): unknown {
  const values =
    name === 'identifiers'
      ? FTM_IDENTIFIER_PROPERTIES.flatMap((p) => props[p] ?? [])
      : [...(props[name] ?? []), ...(FTM_FIELD_ALIASES[name] ?? []).flatMap((p) => props[p] ?? [])];
  if (values.length === 0) return undefined;
  const shaped = values.map((v) =>
    /^\d{4}-\d{2}-\d{2}T/.test(v) ? dateOf(v)! : /^[a-z]{2}$/.test(v) ? v.toUpperCase() : v,
  );
  if (spec.schema instanceof z.ZodArray) return [...new Set(shaped)];
  return spec.schema instanceof z.ZodNumber ? Number(shaped[0].replace('%', '').trim()) : shaped[0];
}

/** Fills the model's fields, dropping values the model rejects (with a warning) rather than guessing. */
function modelFields(
  fields: Record<string, { schema: z.ZodType }>,
  props: FtmEntity['properties'],
  line: number,
  ctx: FtmContext,
) {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) {
    const value = fieldValue(name, spec, props);
    if (value === undefined) continue;
    const checked = spec.schema.safeParse(value);
    if (checked.success) out[name] = checked.data;
    else ctx.warn({ line, reason: `dropped ${name} "${String(value).slice(0, 60)}": ${describeIssue(checked.error)}` });
  }
  return out;
}

/**
 * One source per valid sourceUrl, with the publisher at the same position; publishers beyond the URLs are
 * sources cited by reference (the exporter writes them in that order). Without either, the file itself.
 */
function sourcesOf(e: FtmEntity, ctx: FtmContext): Source[] {
  const reference = `FollowTheMoney file ${ctx.fileName}, entity ${e.id}`;
  const urls = (e.properties.sourceUrl ?? []).filter((u) => z.url().safeParse(u).success);
  const publishers = e.properties.publisher ?? [];
  const withPublisher = (source: Source, publisher?: string): Source =>
    publisher?.trim() ? { ...source, publisher: publisher.trim().slice(0, 200) } : source;
  const sources = [
    ...urls.map((url, i) => withPublisher(ctx.sourceFor(reference, url), publishers[i])),
    ...publishers.slice(urls.length).map((p) => withPublisher(ctx.sourceFor(reference), p)),
  ];
  return sources.length ? sources : [ctx.sourceFor(reference)];
}

/** FtM keeps free text in `notes` (things) and `summary` (interval schemata); the model in `notes`. */
function notesOf(e: FtmEntity, property: string): { notes?: string } {
  const text = (e.properties[property] ?? []).join('\n').slice(0, 5000);
  return text ? { notes: text } : {};
}

function toEntity(e: FtmEntity, kind: EntityKind, line: number, ctx: FtmContext): ParsedLine {
  const names = [...(e.properties.name ?? []), ...FTM_ALIAS_PROPERTIES.flatMap((p) => e.properties[p] ?? [])]
    .map((n) => n.trim())
    .filter(Boolean);
  const name = names[0] ?? (kind === 'Address' ? first(e.properties, 'full') : undefined);
  if (!name) return { line, error: `${e.schema} ${e.id} has no name` };
  const record = {
    id: ctx.idPrefix + sanitiseId(e.id),
    kind,
    name: name.slice(0, 500),
    aliases: [...new Set(names.slice(1).map((n) => n.slice(0, 500)))].filter((n) => n !== name).slice(0, 200),
    sources: sourcesOf(e, ctx),
    ...notesOf(e, 'notes'),
    ...modelFields(ENTITY_KINDS[kind].fields, e.properties, line, ctx),
  };
  const parsed = entitySchema(kind).safeParse(record);
  return parsed.success
    ? { line, entities: [parsed.data as EntityRecord], relationships: [] }
    : { line, error: describeIssue(parsed.error) };
}

function toRelationship(e: FtmEntity, type: RelationshipType, line: number, ctx: FtmContext): ParsedLine {
  const [fromProp, toProp] = FTM_EDGE_ENDS[e.schema];
  const from = first(e.properties, fromProp);
  const to = first(e.properties, toProp);
  if (!from || !to) return { line, error: `${e.schema} ${e.id} lacks "${!from ? fromProp : toProp}"` };
  const authorities: AuthorityRef[] = [];
  let target = ctx.idPrefix + sanitiseId(to);
  const sources = sourcesOf(e, ctx);
  if (type === 'SANCTIONED_BY') {
    target = `${AUTHORITY_PLACEHOLDER}${idPart(to)}`;
    authorities.push({ placeholder: target, name: to, country: (first(e.properties, 'country') ?? '').toLowerCase() });
  }
  const record = {
    id: ctx.idPrefix + sanitiseId(e.id),
    type,
    source: ctx.idPrefix + sanitiseId(from),
    target,
    sources,
    ...(type === 'SANCTIONED_BY' ? editionsOf(sources[0]) : {}),
    ...notesOf(e, 'summary'),
    ...(first(e.properties, 'startDate') && type !== 'SANCTIONED_BY'
      ? { startDate: dateOf(first(e.properties, 'startDate')) }
      : {}),
    ...(first(e.properties, 'endDate') ? { endDate: dateOf(first(e.properties, 'endDate')) } : {}),
    ...modelFields(RELATIONSHIP_TYPES[type].fields, e.properties, line, ctx),
  };
  const parsed = relationshipSchema(type).safeParse(record);
  return parsed.success
    ? { line, entities: [], relationships: [parsed.data as RelationshipRecord], authorities }
    : { line, error: describeIssue(parsed.error) };
}

/** FtM keeps passports and other identity documents as records of their own; the model keeps them on the holder. */
const FTM_IDENTITY_DOCUMENTS: Record<string, string> = { Passport: 'passport', Identification: 'id' };

function toIdentifier(e: FtmEntity, line: number, ctx: FtmContext): ParsedLine {
  const holder = first(e.properties, 'holder');
  const number = first(e.properties, 'number', 'passportNumber')?.trim();
  if (!holder || !number) return { line, error: `${e.schema} ${e.id} lacks "${!holder ? 'holder' : 'number'}"` };
  const country = first(e.properties, 'country');
  const value = `${FTM_IDENTITY_DOCUMENTS[e.schema]}:${number}${country ? ` (${country.toUpperCase()})` : ''}`;
  return {
    line,
    entities: [],
    relationships: [],
    identifiers: [{ entityId: ctx.idPrefix + sanitiseId(holder), value: value.slice(0, 200) }],
  };
}

export function parseFtmLine(text: string, line: number, ctx: FtmContext): ParsedLine | null {
  if (!text.trim()) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { line, error: 'not valid JSON' };
  }
  const parsed = ftmEntity.safeParse(json);
  if (!parsed.success) return { line, error: `not a FollowTheMoney entity: ${describeIssue(parsed.error)}` };
  const e = parsed.data;
  const kind = kindForFtmSchema(e.schema);
  if (kind) return toEntity(e, kind, line, ctx);
  if (FTM_IDENTITY_DOCUMENTS[e.schema]) return toIdentifier(e, line, ctx);
  const type = relationshipTypeForFtmSchema(e.schema);
  if (type && FTM_EDGE_ENDS[e.schema]) return toRelationship(e, type, line, ctx);
  return { line, error: `schema "${e.schema}" is not imported` };
}

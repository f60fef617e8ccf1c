// The UN Security Council Consolidated List in its official XML (CONSOLIDATED_LIST with INDIVIDUALS and
// ENTITIES): one entity per entry with its reference number, list type (programme), listed-on date, aliases
// (quality Good / a.k.a. as aliases, Low as weak aliases, as FollowTheMoney does), dates and places of birth,
// nationalities, documents and addresses; the listing goes to the UN Security Council authority.
import { XMLParser } from 'fast-xml-parser';
import { REGIMES } from '../exposure/regimes.ts';
import type { EntityRecord, RelationshipRecord, Source } from '../model/schema.ts';
import { countryCodeOf } from './countries.ts';
import type { LineIssue, ParsedLine } from './importTypes.ts';
import { listedEntity, listedRelationship } from './listRecords.ts';
import { editionsOf, idPart } from './text.ts';

export const UN_AUTHORITY = REGIMES.UN.authority;

type Xml = Record<string, unknown>;
const ARRAYS = new Set([
  'INDIVIDUAL',
  'ENTITY',
  'VALUE',
  'INDIVIDUAL_ALIAS',
  'ENTITY_ALIAS',
  'INDIVIDUAL_ADDRESS',
  'ENTITY_ADDRESS',
  'INDIVIDUAL_DATE_OF_BIRTH',
  'INDIVIDUAL_PLACE_OF_BIRTH',
  'INDIVIDUAL_DOCUMENT',
]);

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
const list = (v: unknown): Xml[] => (Array.isArray(v) ? v : v ? [v] : []).filter((x) => typeof x === 'object');
const values = (v: unknown): string[] => {
  const inner = (v as Xml | undefined)?.VALUE;
  return (Array.isArray(inner) ? inner : inner === undefined ? [] : [inner]).map(text).filter(Boolean);
};
const joined = (parts: unknown[]) => parts.map(text).filter(Boolean).join(', ');

function birthDates(entry: Xml): string[] {
  return list(entry.INDIVIDUAL_DATE_OF_BIRTH).flatMap((d) => {
    if (text(d.DATE)) return [text(d.DATE).slice(0, 10)];
    if (text(d.YEAR)) return [text(d.YEAR)];
    if (text(d.FROM_YEAR)) return [text(d.FROM_YEAR)];
    return [];
  });
}

function countries(names: string[], warn: (m: string) => void): string[] {
  const codes = names.map((n) => {
    const code = countryCodeOf(n);
    if (!code && n.toLowerCase() !== 'na') warn(`country "${n}" is not known (left out)`);
    return code;
  });
  return [...new Set(codes.filter((c): c is string => c !== null))];
}

function aliasesOf(entry: Xml, tag: string) {
  const all = list(entry[tag]).map((a) => ({ name: text(a.ALIAS_NAME), quality: text(a.QUALITY).toLowerCase() }));
  const named = all.filter((a) => a.name);
  return {
    aliases: named.filter((a) => a.quality !== 'low').map((a) => a.name),
    weakAliases: named.filter((a) => a.quality === 'low').map((a) => a.name),
  };
}

const documentsOf = (entry: Xml) =>
  list(entry.INDIVIDUAL_DOCUMENT)
    .filter((d) => text(d.NUMBER))
    .map(
      (d) =>
        `${text(d.TYPE_OF_DOCUMENT) || 'Document'} ${text(d.NUMBER)}${text(d.ISSUING_COUNTRY) ? ` (${text(d.ISSUING_COUNTRY)})` : ''}`,
    );

export interface UnContext {
  idPrefix: string;
  fileName: string;
  sourceFor: (reference: string) => Source;
  warn: (issue: LineIssue) => void;
}

function addresses(entry: Xml, tag: string, id: string, sources: Source[]) {
  const entities: EntityRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  list(entry[tag]).forEach((a, i) => {
    const full = joined([a.STREET, a.CITY, a.STATE_PROVINCE, a.ZIP_CODE, a.COUNTRY]);
    if (!full) return;
    const addressId = `${id}-address-${i + 1}`;
    const country = countryCodeOf(text(a.COUNTRY)) ?? undefined;
    const entity = listedEntity('Address', { id: addressId, name: full, full, country, sources }, () => {});
    if (typeof entity === 'string') return;
    entities.push(entity);
    const rel = listedRelationship('HAS_ADDRESS', { id: `${addressId}-of`, source: id, target: addressId, sources });
    if (typeof rel !== 'string') relationships.push(rel);
  });
  return { entities, relationships };
}

function parseEntry(entry: Xml, individual: boolean, position: number, ctx: UnContext): ParsedLine {
  const reference = text(entry.REFERENCE_NUMBER);
  const name = [entry.FIRST_NAME, entry.SECOND_NAME, entry.THIRD_NAME, entry.FOURTH_NAME]
    .map(text)
    .filter(Boolean)
    .join(' ');
  if (!reference) return { line: position, error: 'entry without REFERENCE_NUMBER' };
  if (!name) return { line: position, error: `${reference}: entry without a name` };
  const warn = (reason: string) => ctx.warn({ line: position, reason: `${reference}: ${reason}` });
  const id = `${ctx.idPrefix}${idPart(reference)}`;
  const sources = [ctx.sourceFor(`UN Security Council Consolidated List (${ctx.fileName}), ${reference}`)];
  const { aliases, weakAliases } = aliasesOf(entry, individual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS');
  const original = text(entry.NAME_ORIGINAL_SCRIPT);
  const common = {
    id,
    name,
    sources,
    aliases: [...new Set([...aliases, ...(original ? [original] : [])])],
    weakAliases,
  };
  const notes = text(entry.COMMENTS1).slice(0, 2000);
  const [birthDate, ...otherBirthDates] = individual ? birthDates(entry) : [];
  const gender = text(entry.GENDER).toLowerCase();
  const fields = individual
    ? {
        birthDate,
        otherBirthDates,
        birthPlace: joined(Object.values(list(entry.INDIVIDUAL_PLACE_OF_BIRTH)[0] ?? {})) || undefined,
        nationality: countries(values(entry.NATIONALITY), warn),
        identifiers: documentsOf(entry),
        gender: ['male', 'female'].includes(gender) ? gender : undefined,
        title: [...values(entry.TITLE), ...values(entry.DESIGNATION)].join('; ') || undefined,
      }
    : {};
  const entity = listedEntity(individual ? 'Person' : 'Organization', { ...common, notes, ...fields }, warn);
  if (typeof entity === 'string') return { line: position, error: entity };
  const listing = listedRelationship('SANCTIONED_BY', {
    id: `${id}-sanction-un`,
    source: id,
    target: UN_AUTHORITY.id,
    program: text(entry.UN_LIST_TYPE) || undefined,
    listId: reference,
    listedOn: text(entry.LISTED_ON).slice(0, 10) || undefined,
    sources,
    ...editionsOf(sources[0]),
  });
  if (typeof listing === 'string') return { line: position, error: `${reference}: ${listing}` };
  const place = addresses(entry, individual ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS', id, sources);
  return { line: position, entities: [entity, ...place.entities], relationships: [listing, ...place.relationships] };
}

/** The list's own edition date (dateGenerated), and its entries in document order. */
export function readUnConsolidatedXml(xml: string): {
  edition: string | null;
  entries: { entry: Xml; individual: boolean }[];
} {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (tag) => ARRAYS.has(tag),
  });
  const doc = parser.parse(xml) as Xml;
  const root = doc.CONSOLIDATED_LIST as Xml | undefined;
  if (!root) throw new Error('not a UN Consolidated List: the root element is not CONSOLIDATED_LIST');
  const edition = /^\d{4}-\d{2}-\d{2}/.exec(text(root['@dateGenerated']))?.[0] ?? null;
  const individuals = list((root.INDIVIDUALS as Xml | undefined)?.INDIVIDUAL).map((entry) => ({
    entry,
    individual: true,
  }));
  const entities = list((root.ENTITIES as Xml | undefined)?.ENTITY).map((entry) => ({ entry, individual: false }));
  return { edition, entries: [...individuals, ...entities] };
}

export function parseUnEntries(entries: { entry: Xml; individual: boolean }[], ctx: UnContext): ParsedLine[] {
  return entries.map(({ entry, individual }, i) => parseEntry(entry, individual, i + 1, ctx));
}

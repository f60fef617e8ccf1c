// FollowTheMoney JSON lines, the inverse of the FtM importer (importers/ftmLines.ts), written as FtM defines its
// model: kinds and types map to FtM schemata through the model; a relationship type without an FtM schema
// (CONTROLS, HAS_ADDRESS, INVOLVED_IN) is an UnknownLink whose role names it; FtM has no Country schema, so a
// link to a country becomes a property value of the other end (nationality, jurisdiction, country), and what
// FtM has no property for is written into the entity's notes rather than invented as a property.
import {
  ENTITY_KINDS,
  RELATIONSHIP_TYPES,
  relationshipSpec,
  type RelationshipType,
  type Source,
} from '../model/schema.ts';
import {
  FTM_ALIAS_PROPERTIES,
  FTM_EDGE_ENDS,
  FTM_FIELD_ALIASES,
  FTM_IDENTIFIER_PROPERTIES,
} from '../importers/ftmModel.ts';
import type { ExportEdge, ExportEntity, ExportGraph } from './loadExportGraph.ts';

type FtmProperties = Record<string, string[]>;
type FtmLine = { id: string; schema: string; properties: FtmProperties };

const values = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

const COUNTRY_FIELDS = new Set(['nationality', 'jurisdiction', 'country', 'flag']);
/** Model fields FtM has no property for; bookkeeping that is not written rather than invented as a property. */
const NOT_IN_FTM = new Set(['listEditions']);

/** The FtM property a model field is written to: its own name, or where FtM keeps it (listId -> authorityId). */
const ftmPropertyFor = (field: string) =>
  field === 'identifiers' ? FTM_IDENTIFIER_PROPERTIES[0] : (FTM_FIELD_ALIASES[field]?.[0] ?? field);

/**
 * Every source: each URL with its publisher at the same position, then the publishers of sources cited by
 * reference only (the importer reads them back in that order).
 */
export function ftmSources(sources: Source[]): FtmProperties {
  const withUrl = sources.filter((s) => s.url);
  const byReference = sources.filter((s) => !s.url);
  const publishers = [...withUrl, ...byReference].map((s) => s.publisher);
  return {
    ...(withUrl.length ? { sourceUrl: withUrl.map((s) => s.url!) } : {}),
    ...(publishers.length ? { publisher: publishers } : {}),
  };
}

const add = (properties: FtmProperties, name: string, more: string[]) => {
  if (more.length) properties[name] = [...new Set([...(properties[name] ?? []), ...more])];
};

export function entityLine(e: ExportEntity): FtmLine {
  const properties: FtmProperties = { name: [e.name], ...ftmSources(e.sources) };
  add(properties, FTM_ALIAS_PROPERTIES[0], e.aliases);
  for (const field of Object.keys(ENTITY_KINDS[e.kind].fields)) {
    const v = values(e[field]).map((s) => (COUNTRY_FIELDS.has(field) ? s.toLowerCase() : s));
    add(properties, ftmPropertyFor(field), v);
  }
  if (e.notes) properties.notes = [String(e.notes)];
  // FtM's own mark of a sanctioned entity, so it is said even when the file holds none of its Sanction links.
  if (e.sanctioned) properties.topics = ['sanction'];
  return { id: e.id, schema: ENTITY_KINDS[e.kind].ftm!, properties };
}

const fieldWords = (edge: ExportEdge) =>
  Object.entries(RELATIONSHIP_TYPES[edge.type as RelationshipType].fields)
    .filter(([name]) => edge[name] !== undefined)
    .map(([name, spec]) => `${spec.label.toLowerCase()}: ${values(edge[name]).join(', ')}`);

/** A link to a country: its code on the other end's country property, and anything else about it as a note. */
function countryLink(edge: ExportEdge, lines: Map<string, FtmLine>, countries: Map<string, ExportEntity>) {
  const type = edge.type as RelationshipType;
  const countryId = countries.has(edge.target) ? edge.target : edge.source;
  const other = lines.get(countryId === edge.target ? edge.source : edge.target);
  if (!other) return;
  const country = countries.get(countryId)!;
  const property = relationshipSpec(type).ftmCountryProperty ?? 'country';
  add(
    other.properties,
    property,
    values(country.code).map((c) => c.toLowerCase()),
  );
  const details = fieldWords(edge);
  if (relationshipSpec(type).ftmCountryProperty && details.length === 0) return;
  const note = `${RELATIONSHIP_TYPES[type].label}${details.length ? ` (${details.join('; ')})` : ''}: ${country.name}`;
  other.properties.notes = [[...(other.properties.notes ?? []), note].join('\n')];
}

export function edgeLine(edge: ExportEdge, names: Map<string, string>): FtmLine {
  const type = edge.type as RelationshipType;
  const schema = RELATIONSHIP_TYPES[type].ftm ?? 'UnknownLink';
  const [from, to] = FTM_EDGE_ENDS[schema];
  const target =
    type === 'SANCTIONED_BY' ? (names.get(String(edge.target)) ?? String(edge.target)) : String(edge.target);
  const properties: FtmProperties = { [from]: [String(edge.source)], [to]: [target], ...ftmSources(edge.sources) };
  if (!RELATIONSHIP_TYPES[type].ftm) properties.role = [RELATIONSHIP_TYPES[type].label];
  if (edge.notes) properties.summary = [String(edge.notes)];
  for (const field of [...Object.keys(RELATIONSHIP_TYPES[type].fields), 'startDate', 'endDate'])
    if (!NOT_IN_FTM.has(field)) add(properties, ftmPropertyFor(field), values(edge[field]));
  return { id: edge.id, schema, properties };
}

export function toFtmLines(graph: ExportGraph): string {
  const countries = new Map(graph.entities.filter((e) => !ENTITY_KINDS[e.kind].ftm).map((e) => [e.id, e]));
  const lines = new Map(graph.entities.filter((e) => !countries.has(e.id)).map((e) => [e.id, entityLine(e)]));
  const links: FtmLine[] = [];
  for (const edge of graph.edges) {
    if (countries.has(edge.source) || countries.has(edge.target)) countryLink(edge, lines, countries);
    else links.push(edgeLine(edge, graph.names));
  }
  return [...lines.values(), ...links].map((o) => JSON.stringify(o)).join('\n') + '\n';
}

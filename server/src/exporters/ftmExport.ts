// FollowTheMoney JSON lines, the inverse of the FtM importer (importers/ftmLines.ts): kinds and types map to
// FtM schemata through the model; a relationship type without an FtM schema (CONTROLS, NATIONAL_OF, ...)
// is written as an UnknownLink whose role names it, since FtM has nothing closer.
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type RelationshipType } from '../model/schema.ts';
import {
  FTM_ALIAS_PROPERTIES,
  FTM_EDGE_ENDS,
  FTM_FIELD_ALIASES,
  FTM_IDENTIFIER_PROPERTIES,
} from '../importers/ftmModel.ts';
import type { ExportEdge, ExportEntity, ExportGraph } from './loadExportGraph.ts';

type FtmProperties = Record<string, string[]>;

const values = (value: unknown): string[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/** The FtM property a model field is written to: its own name, or where FtM keeps it (listId -> authorityId). */
const ftmPropertyFor = (field: string) =>
  field === 'identifiers' ? FTM_IDENTIFIER_PROPERTIES[0] : (FTM_FIELD_ALIASES[field]?.[0] ?? field);

function sourceUrl(sources: { url?: string }[]): FtmProperties {
  const urls = sources.map((s) => s.url).filter((u): u is string => Boolean(u));
  return urls.length ? { sourceUrl: [...new Set(urls)] } : {};
}

const NOT_IN_FTM = new Set(['listEditions']);

export function entityLine(e: ExportEntity): { id: string; schema: string; properties: FtmProperties } {
  const properties: FtmProperties = {
    name: [e.name],
    ...(e.aliases.length ? { [FTM_ALIAS_PROPERTIES[0]]: e.aliases } : {}),
    ...sourceUrl(e.sources),
  };
  for (const field of Object.keys(ENTITY_KINDS[e.kind].fields)) {
    const v = values(e[field]).map((s) =>
      field === 'nationality' || field === 'jurisdiction' || field === 'country' || field === 'flag'
        ? s.toLowerCase()
        : s,
    );
    if (v.length) properties[ftmPropertyFor(field)] = v;
  }
  if (e.notes) properties.notes = [String(e.notes)];
  return { id: e.id, schema: ENTITY_KINDS[e.kind].ftm, properties };
}

export function edgeLine(
  edge: ExportEdge,
  names: Map<string, string>,
): { id: string; schema: string; properties: FtmProperties } {
  const type = edge.type as RelationshipType;
  const schema = RELATIONSHIP_TYPES[type].ftm ?? 'UnknownLink';
  const [from, to] = FTM_EDGE_ENDS[schema];
  const target =
    type === 'SANCTIONED_BY' ? (names.get(String(edge.target)) ?? String(edge.target)) : String(edge.target);
  const properties: FtmProperties = { [from]: [String(edge.source)], [to]: [target], ...sourceUrl(edge.sources) };
  if (!RELATIONSHIP_TYPES[type].ftm) properties.role = [RELATIONSHIP_TYPES[type].label];
  if (edge.notes) properties.summary = [String(edge.notes)];
  for (const field of [...Object.keys(RELATIONSHIP_TYPES[type].fields), 'startDate', 'endDate']) {
    // FtM has no property for the list editions a listing was seen in, so they stay out of the export.
    if (NOT_IN_FTM.has(field)) continue;
    const v = values(edge[field]);
    if (v.length) properties[ftmPropertyFor(field)] = v;
  }
  return { id: edge.id, schema, properties };
}

export function toFtmLines(graph: ExportGraph): string {
  return (
    [...graph.entities.map(entityLine), ...graph.edges.map((e) => edgeLine(e, graph.names))]
      .map((o) => JSON.stringify(o))
      .join('\n') + '\n'
  );
}

// The one place that turns API records into Neo4j properties and Neo4j nodes/relationships into API shapes
// (a sanction listing, which joins a relationship and its authority, is mapped in listings/sanctionListings.ts).
import type { Node, Relationship } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../model/shapes.ts';
import { ENTITY_KIND_NAMES, type EntityKind, type Source } from '../model/schema.ts';
import { SEARCH_FORM_PROPERTIES, searchForms } from '../names/index.ts';

type Props = Record<string, unknown>;

/** Neo4j properties cannot hold maps, so each source is stored as one JSON string in a list. */
export const encodeSources = (sources: Source[]): string[] => sources.map((s) => JSON.stringify(s));
export const decodeSources = (stored: unknown): Source[] =>
  Array.isArray(stored) ? stored.map((s) => JSON.parse(String(s)) as Source) : [];

/** Node properties for an entity record: sources encoded, the names' search forms beside them for the full-text indexes. */
export function entityToProperties(entity: Props): Props {
  const { sources, aliases, ...rest } = entity;
  const aliasList = (aliases as string[] | undefined) ?? [];
  return {
    ...rest,
    aliases: aliasList,
    ...searchForms(String(entity.name ?? ''), aliasList),
    sources: encodeSources(sources as Source[]),
  };
}

/** Relationship properties for a relationship record (endpoints and type live in the graph structure). */
export function relationshipToProperties(relationship: Props): Props {
  const { sources, source: _from, target: _to, type: _type, ...rest } = relationship;
  return { ...rest, sources: encodeSources(sources as Source[]) };
}

export function kindOf(labels: string[]): EntityKind {
  return (labels.find((l) => (ENTITY_KIND_NAMES as string[]).includes(l)) as EntityKind) ?? 'LegalEntity';
}

/** The full API shape of an entity: every stored property, decoded. */
export function nodeToEntity(node: Node): Props & { id: string; kind: EntityKind; name: string } {
  const { sources, ...stored } = node.properties as Props;
  const props = Object.fromEntries(
    Object.entries(stored).filter(([key]) => !(SEARCH_FORM_PROPERTIES as readonly string[]).includes(key)),
  );
  return {
    ...props,
    id: String(props.id),
    name: String(props.name),
    kind: kindOf(node.labels),
    aliases: (props.aliases as string[] | undefined) ?? [],
    sources: decodeSources(sources),
  };
}

/**
 * Cypher for what the canvas needs to draw node `v`; turn each returned map into a GraphNode with toGraphNode.
 * Degree and the sanctioned flag come from the degree store, so they stay cheap on a hub.
 */
export const graphNodeFields = (v: string) =>
  `{id: ${v}.id, name: ${v}.name, labels: labels(${v}), sanctioned: EXISTS { (${v})-[:SANCTIONED_BY]->() }, degree: COUNT { (${v})--() }}`;

export function toGraphNode(fields: {
  id: unknown;
  name: unknown;
  labels: string[];
  sanctioned: boolean;
  degree: unknown;
}): GraphNode {
  return {
    id: String(fields.id),
    name: String(fields.name),
    kind: kindOf(fields.labels),
    sanctioned: fields.sanctioned,
    degree: Number(fields.degree),
  };
}

/** Cypher for relationship `r` with its endpoints' ids; turn each returned map into a GraphEdge with toGraphEdge. */
export const graphEdgeFields = (r: string) => `{rel: ${r}, source: startNode(${r}).id, target: endNode(${r}).id}`;

export const toGraphEdge = (fields: { rel: Relationship; source: unknown; target: unknown }): GraphEdge =>
  relationshipToEdge(fields.rel, String(fields.source), String(fields.target)) as GraphEdge;

/** The full API shape of a relationship, with its endpoints' ids. */
export function relationshipToEdge(
  rel: Relationship,
  sourceId: string,
  targetId: string,
): Props & { id: string; type: string } {
  const { sources, ...props } = rel.properties as Props;
  return {
    ...props,
    id: String(props.id ?? rel.elementId),
    type: rel.type,
    source: sourceId,
    target: targetId,
    sources: decodeSources(sources),
  };
}

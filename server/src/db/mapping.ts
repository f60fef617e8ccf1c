// The one place that turns API records into Neo4j properties and Neo4j nodes/relationships into API shapes.
import type { Node, Relationship } from 'neo4j-driver';
import { ENTITY_KIND_NAMES, type EntityKind, type Source } from '../model/schema.ts';

type Props = Record<string, unknown>;

/** Neo4j properties cannot hold maps, so each source is stored as one JSON string in a list. */
export const encodeSources = (sources: Source[]): string[] => sources.map((s) => JSON.stringify(s));
export const decodeSources = (stored: unknown): Source[] =>
  Array.isArray(stored) ? stored.map((s) => JSON.parse(String(s)) as Source) : [];

/** Node properties for an entity record: sources encoded, aliases also joined for the full-text index. */
export function entityToProperties(entity: Props): Props {
  const { sources, aliases, ...rest } = entity;
  const aliasList = (aliases as string[] | undefined) ?? [];
  return { ...rest, aliases: aliasList, aliasText: aliasList.join(' | '), sources: encodeSources(sources as Source[]) };
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
  const { aliasText: _a, sources, ...props } = node.properties as Props;
  return {
    ...props,
    id: String(props.id),
    name: String(props.name),
    kind: kindOf(node.labels),
    aliases: (props.aliases as string[] | undefined) ?? [],
    sources: decodeSources(sources),
  };
}

/** The full API shape of a relationship, with its endpoints' ids. */
export function relationshipToEdge(rel: Relationship, sourceId: string, targetId: string): Props & { id: string; type: string } {
  const { sources, ...props } = rel.properties as Props;
  return { ...props, id: String(props.id ?? rel.elementId), type: rel.type, source: sourceId, target: targetId, sources: decodeSources(sources) };
}

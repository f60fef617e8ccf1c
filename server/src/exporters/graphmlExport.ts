// GraphML (opens in Gephi, yEd, Cytoscape desktop): one <key> per property, declared with its type; lists and
// sources are written as text (aliases joined by "; ", sources as JSON).
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../model/schema.ts';
import { edgesAmong, type ExportGraph } from './loadExportGraph.ts';

// XML 1.0 forbids these control characters, so they are dropped rather than escaped.
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

const escapeXml = (text: string) =>
  text
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    .replace(XML_FORBIDDEN, '');

type KeyType = 'string' | 'double' | 'boolean' | 'int';
interface Key {
  name: string;
  type: KeyType;
}

const unique = (keys: Key[]) => [...new Map(keys.map((k) => [k.name, k])).values()];

const NODE_KEYS: Key[] = unique([
  { name: 'name', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'aliases', type: 'string' },
  { name: 'sanctioned', type: 'boolean' },
  ...Object.values(ENTITY_KINDS).flatMap((k) =>
    Object.keys(k.fields).map((name) => ({ name, type: 'string' as const })),
  ),
  { name: 'confidence', type: 'string' },
  { name: 'notes', type: 'string' },
  { name: 'sources', type: 'string' },
]);

const EDGE_KEYS: Key[] = unique([
  { name: 'type', type: 'string' },
  { name: 'label', type: 'string' },
  ...Object.values(RELATIONSHIP_TYPES).flatMap((t) =>
    Object.keys(t.fields).map((name) => ({
      name,
      type: (name === 'percentage' || name === 'amount' ? 'double' : 'string') as KeyType,
    })),
  ),
  { name: 'startDate', type: 'string' },
  { name: 'endDate', type: 'string' },
  { name: 'confidence', type: 'string' },
  { name: 'sources', type: 'string' },
]);

const text = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value))
    return value.length ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ') : null;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

function dataLines(prefix: 'n' | 'e', keys: Key[], values: Record<string, unknown>): string[] {
  return keys.flatMap((key) => {
    const value =
      key.name === 'sources'
        ? (values.sources as unknown[]).length
          ? JSON.stringify(values.sources)
          : null
        : text(values[key.name]);
    return value === null ? [] : [`      <data key="${prefix}_${key.name}">${escapeXml(value)}</data>`];
  });
}

export function toGraphml(graph: ExportGraph): string {
  const keyLines = [
    ...NODE_KEYS.map((k) => `  <key id="n_${k.name}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k.name}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
  ];
  const nodes = graph.entities.flatMap((e) => [
    `    <node id="${escapeXml(e.id)}">`,
    ...dataLines('n', NODE_KEYS, e),
    '    </node>',
  ]);
  const edges = edgesAmong(graph).flatMap((e) => [
    `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">`,
    ...dataLines('e', EDGE_KEYS, { ...e, label: RELATIONSHIP_TYPES[e.type as keyof typeof RELATIONSHIP_TYPES]?.label }),
    '    </edge>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

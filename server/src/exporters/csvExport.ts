// CSV for spreadsheets and graph tools: nodes.csv (one row per entity) and edges.csv (one row per relationship
// among them). Columns come from the model; lists are joined by "; ", sources written as JSON.
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../model/schema.ts';
import { edgesAmong, type ExportGraph } from './loadExportGraph.ts';

const NODE_COLUMNS = [
  ...new Set([
    'id',
    'kind',
    'name',
    'aliases',
    'sanctioned',
    ...Object.values(ENTITY_KINDS).flatMap((k) => Object.keys(k.fields)),
    'confidence',
    'notes',
    'sources',
  ]),
];
const EDGE_COLUMNS = [
  ...new Set([
    'id',
    'type',
    'source',
    'target',
    ...Object.values(RELATIONSHIP_TYPES).flatMap((t) => Object.keys(t.fields)),
    'startDate',
    'endDate',
    'confidence',
    'sources',
  ]),
];

function cell(value: unknown, column: string): string {
  if (value === undefined || value === null) return '';
  const text = column === 'sources' ? JSON.stringify(value) : Array.isArray(value) ? value.join('; ') : String(value);
  // Quote when needed; a leading = + - @ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(text) && column !== 'percentage' && column !== 'amount' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const table = (columns: string[], rows: Record<string, unknown>[]) =>
  [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c], c)).join(','))].join('\r\n') + '\r\n';

export const toNodesCsv = (graph: ExportGraph) => table(NODE_COLUMNS, graph.entities);
export const toEdgesCsv = (graph: ExportGraph) => table(EDGE_COLUMNS, edgesAmong(graph));

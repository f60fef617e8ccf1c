// Data exports through the API: FollowTheMoney JSON lines, GraphML, or CSV (nodes.csv and edges.csv).
import type { ApiClient } from '../api/apiClient.ts';
import { downloadBlob } from '../export/download.ts';

export const DATA_FORMATS = ['ftm', 'graphml', 'csv'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];
export const DATA_FORMAT_LABELS: Record<DataFormat, string> = {
  ftm: 'FollowTheMoney (JSON lines)',
  graphml: 'GraphML (Gephi, yEd)',
  csv: 'CSV (nodes + edges)',
};

export const isDataFormat = (format: string): format is DataFormat =>
  (DATA_FORMATS as readonly string[]).includes(format);

/**
 * Downloads the entities and either the given links (what the canvas shows) or, with `edgeIds` null, every link
 * among them; answers a one-line summary.
 */
export async function exportData(
  api: ApiClient,
  format: DataFormat,
  ids: string[],
  edgeIds: string[] | null,
  stem: string,
): Promise<string> {
  const links = edgeIds ? `the ${edgeIds.length} links shown` : 'all links among them';
  if (format === 'csv') {
    downloadBlob(await api.exportFile('csv', ids, 'nodes', edgeIds ?? undefined), `${stem}-nodes.csv`);
    downloadBlob(await api.exportFile('csv', ids, 'edges', edgeIds ?? undefined), `${stem}-edges.csv`);
    return `Exported ${ids.length} entities and ${links} as nodes.csv and edges.csv.`;
  }
  const extension = format === 'ftm' ? 'ftm.jsonl' : 'graphml';
  downloadBlob(await api.exportFile(format, ids, undefined, edgeIds ?? undefined), `${stem}.${extension}`);
  return `Exported ${ids.length} entities and ${links} as ${DATA_FORMAT_LABELS[format]}.`;
}

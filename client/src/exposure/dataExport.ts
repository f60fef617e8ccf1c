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

/** Downloads the entities and the relationships among them; answers a one-line summary. */
export async function exportData(api: ApiClient, format: DataFormat, ids: string[], stem: string): Promise<string> {
  if (format === 'csv') {
    downloadBlob(await api.exportFile('csv', ids, 'nodes'), `${stem}-nodes.csv`);
    downloadBlob(await api.exportFile('csv', ids, 'edges'), `${stem}-edges.csv`);
    return `Exported ${ids.length} entities as nodes.csv and edges.csv.`;
  }
  downloadBlob(await api.exportFile(format, ids), `${stem}.${format === 'ftm' ? 'ftm.jsonl' : 'graphml'}`);
  return `Exported ${ids.length} entities and the links among them as ${DATA_FORMAT_LABELS[format]}.`;
}

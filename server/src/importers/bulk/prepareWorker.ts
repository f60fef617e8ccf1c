// A worker thread of a bulk load: FtM lines parsed and their rows made, a batch at a time. Each FtM line stands
// alone, so batches need nothing from each other; the warnings go back with the batch they came from.
import { parentPort, workerData } from 'node:worker_threads';
import type { Source } from '../../model/schema.ts';
import { parseFtmLine } from '../ftmLines.ts';
import type { LineIssue } from '../importTypes.ts';
import { sourceWith } from '../text.ts';
import { prepareLine, type PreparedLine } from './bulkRows.ts';

export interface PrepareSetup {
  idPrefix: string;
  fileName: string;
  /** The import's source, which every record's source starts from. */
  source: Source;
  /** The import's stamp on every entity. */
  extra: Record<string, string>;
}
export interface PrepareBatch {
  firstLine: number;
  lines: string[];
}
export interface PreparedBatch {
  prepared: PreparedLine[];
  warnings: LineIssue[];
}

const { idPrefix, fileName, source, extra } = workerData as PrepareSetup;
let warnings: LineIssue[] = [];
const context = {
  idPrefix,
  fileName,
  sourceFor: (reference: string, url?: string) => sourceWith(source, reference, url),
  warn: (issue: LineIssue) => warnings.push(issue),
};

parentPort!.on('message', ({ firstLine, lines }: PrepareBatch) => {
  const prepared: PreparedLine[] = [];
  lines.forEach((text, i) => {
    const parsed = parseFtmLine(text, firstLine + i, context);
    if (parsed) prepared.push(prepareLine(parsed, extra));
  });
  parentPort!.postMessage({ prepared, warnings } satisfies PreparedBatch);
  warnings = [];
});

parentPort!.postMessage('ready');

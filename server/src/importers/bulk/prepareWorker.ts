// A worker thread of a bulk load: batches of FtM lines parsed and their rows made (ftmBatch.ts), answered in the
// order they came. Each FtM line stands alone, so batches need nothing from each other.
import { parentPort, workerData } from 'node:worker_threads';
import type { Source } from '../../model/schema.ts';
import { sourceWith } from '../text.ts';
import { prepareFtmBatch, type PrepareBatch } from './ftmBatch.ts';

export interface PrepareSetup {
  idPrefix: string;
  fileName: string;
  /** The import's source, which every record's source starts from. */
  source: Source;
  /** The import's stamp on every entity. */
  extra: Record<string, string>;
}

const { idPrefix, fileName, source, extra } = workerData as PrepareSetup;
const context = {
  idPrefix,
  fileName,
  sourceFor: (reference: string, url?: string) => sourceWith(source, reference, url),
};

parentPort!.on('message', (batch: PrepareBatch) => parentPort!.postMessage(prepareFtmBatch(batch, context, extra)));
parentPort!.postMessage('ready');

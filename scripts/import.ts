// npm run import -- [--format ofac-csv|ofac-legacy|un-xml|ftm] FILE [--prefix ID_PREFIX] [--publisher NAME] [--date YYYY-MM-DD] [--bulk]
// The format is detected from the file when not given; for OFAC's legacy CSV set, FILE is its folder or its sdn.csv.
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { openGraph } from '../server/src/db/openGraph.ts';
import { detectFormat } from '../server/src/importers/detectFormat.ts';
import { readOfacLegacySideFiles } from '../server/src/importers/ofacLegacyCsv.ts';
import { progressBar } from '../server/src/importers/progressBar.ts';
import { ImportInputError, IMPORT_FORMATS, type ImportFormat } from '../server/src/importers/parseInput.ts';
import { ImportInterrupted } from '../server/src/importers/importTrace.ts';
import { runImport } from '../server/src/importers/runImport.ts';
import { summaryText } from '../server/src/importers/summaryText.ts';
import { bulkImport, BulkRefused } from './bulkImport.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    prefix: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
    /** First load of an empty local store through neo4j-admin (scripts/bulkImport.ts). */
    bulk: { type: 'boolean', default: false },
  },
});
const usage = `Usage: npm run import -- [--format ${IMPORT_FORMATS.join('|')}] FILE [--prefix ID_PREFIX] [--publisher NAME] [--date YYYY-MM-DD] [--bulk]`;
const given = positionals[0];
if (!given || (values.format && !IMPORT_FORMATS.includes(values.format as ImportFormat))) {
  console.error(usage);
  process.exit(2);
}
const isFolder = statSync(given, { throwIfNoEntry: false })?.isDirectory() ?? false;
const file = isFolder ? path.join(given, 'sdn.csv') : given;
const format = (values.format as ImportFormat | undefined) ?? detectFormat(file);
if (!format) {
  console.error(`Cannot tell the format of ${file}: give --format.\n${usage}`);
  process.exit(2);
}

const common = {
  format,
  fileName: file,
  idPrefix: values.prefix,
  publisher: values.publisher,
  date: values.date,
  totalBytes: statSync(file).size,
  onProgress: progressBar(),
  actor: { name: `${userInfo().username} (command line)`, role: 'admin' as const },
  ofacLegacy: format === 'ofac-legacy' ? readOfacLegacySideFiles(path.dirname(file)) : undefined,
};
if (values.bulk) {
  await bulkImport(file, common).catch((error) => {
    if (!(error instanceof BulkRefused || error instanceof ImportInputError)) return exitOnMissingPrerequisite(error);
    console.error(error.message);
    process.exit(1);
  });
  process.exit(0);
}

const graph = await openGraph((m) => console.error(m)).catch(exitOnMissingPrerequisite);
// Ctrl-C or SIGTERM stops after the batch being written, and the audit entry says interrupted; a second one at once.
const interruption = new AbortController();
const interrupt = (signal: string) => {
  if (interruption.signal.aborted) process.exit(1);
  console.error(`\n${signal}: stopping after the batch being written (again to stop at once)...`);
  interruption.abort();
};
process.on('SIGINT', () => interrupt('SIGINT'));
process.on('SIGTERM', () => interrupt('SIGTERM'));
try {
  const summary = await runImport(
    graph.db,
    () => createInterface({ input: createReadStream(file), crlfDelay: Infinity }),
    { ...common, signal: interruption.signal },
  );
  console.log(summaryText(summary));
} catch (error) {
  if (error instanceof ImportInterrupted) console.error(error.message);
  else if (error instanceof ImportInputError) console.error(`Import refused: ${error.message}`);
  else throw error;
  process.exitCode = 1;
} finally {
  await graph.close();
}

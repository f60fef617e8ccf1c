// npm run import -- --format ofac-csv|ftm FILE [--prefix ID_PREFIX] [--publisher NAME] [--date YYYY-MM-DD]
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { openGraph } from '../server/src/db/openGraph.ts';
import { progressBar } from '../server/src/importers/progressBar.ts';
import { ImportInputError, IMPORT_FORMATS, type ImportFormat } from '../server/src/importers/parseInput.ts';
import { ImportInterrupted } from '../server/src/importers/importTrace.ts';
import { runImport } from '../server/src/importers/runImport.ts';
import { summaryText } from '../server/src/importers/summaryText.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    prefix: { type: 'string' },
    publisher: { type: 'string' },
    date: { type: 'string' },
  },
});
const file = positionals[0];
if (!file || !IMPORT_FORMATS.includes(values.format as ImportFormat)) {
  console.error(
    `Usage: npm run import -- --format ${IMPORT_FORMATS.join('|')} FILE [--prefix ID_PREFIX] [--publisher NAME] [--date YYYY-MM-DD]`,
  );
  process.exit(2);
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
    {
      format: values.format as ImportFormat,
      fileName: file,
      idPrefix: values.prefix,
      publisher: values.publisher,
      date: values.date,
      totalBytes: statSync(file).size,
      onProgress: progressBar(),
      actor: { name: `${userInfo().username} (command line)`, role: 'admin' },
      signal: interruption.signal,
    },
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

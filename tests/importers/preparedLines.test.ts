// A bulk load's FtM lines are parsed by worker threads a batch at a time: what they hand back must be what one
// thread would have read, line for line, warnings in order, whatever the number of workers.
import { describe, expect, it } from 'vitest';
import type { LineIssue } from '../../server/src/importers/importTypes.ts';
import { ImportInputError, parseInput, type ParseOptions } from '../../server/src/importers/parseInput.ts';
import { prepareLine, type PreparedLine } from '../../server/src/importers/bulk/bulkRows.ts';
import { preparedLines, type WorkerChoice } from '../../server/src/importers/bulk/preparedLines.ts';

const SOURCE = { reference: 'people.ftm.json', publisher: 'a test', date: '2026-12-01' };
const EXTRA = { importedFrom: 'ftm:t-' };

/** 3,500 lines (four batches): people with a nationality the model refuses every 7th, a broken line every 500th. */
function ftmLines(): string[] {
  return Array.from({ length: 3_500 }, (_, i) => {
    if (i % 500 === 499) return '{"id": "broken';
    if (i % 2 === 1)
      return JSON.stringify({ id: `o${i}`, schema: 'Ownership', properties: { owner: [`p${i - 1}`], asset: ['p0'] } });
    const nationality = i % 7 === 0 ? ['Atlantis'] : ['kh'];
    return JSON.stringify({ id: `p${i}`, schema: 'Person', properties: { name: [`Person ${i}`], nationality } });
  });
}

async function* linesOf(lines: string[]) {
  yield* lines;
}

function options(warnings: LineIssue[]): ParseOptions {
  return {
    format: 'ftm',
    idPrefix: 't-',
    fileName: 'people.ftm.json',
    sourceFor: (reference, url) => ({ ...SOURCE, reference, ...(url ? { url } : {}) }),
    warn: (issue) => warnings.push(issue),
    onBytes: () => {},
  };
}

/** The file with a pause after its first 1,500 lines, long enough for workers started at once to load. */
async function* slowLines() {
  const lines = ftmLines();
  yield* lines.slice(0, 1_500);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  yield* lines.slice(1_500);
}

async function read(lines: AsyncIterable<string>, choice?: WorkerChoice) {
  const warnings: LineIssue[] = [];
  const prepared: PreparedLine[] = [];
  for await (const line of preparedLines(lines, options(warnings), EXTRA, choice)) prepared.push(line);
  return { prepared, warnings };
}

/** The file as one thread reads it. */
async function oneThread() {
  const warnings: LineIssue[] = [];
  const prepared: PreparedLine[] = [];
  for await (const parsed of parseInput(linesOf(ftmLines()), options(warnings)))
    prepared.push(prepareLine(parsed, EXTRA));
  return { prepared, warnings };
}

describe("a bulk load's worker threads", () => {
  it('hand back every line of a 3,500-line FtM file as one thread reads it, with its warnings in order', async () => {
    const expected = await oneThread();
    expect(expected.prepared.filter((line) => 'error' in line)).toHaveLength(7);
    expect(expected.warnings.length).toBeGreaterThan(100);
    for (const workers of [1, 3])
      expect(await read(linesOf(ftmLines()), { workers, startAfterLines: 0, parseWhileBooting: false })).toEqual(
        expected,
      );
  });

  it('hand over from this thread to the workers once they have loaded, keeping the order', async () => {
    const where: string[] = [];
    expect(await read(slowLines(), { workers: 2, startAfterLines: 0, onBatch: (w) => where.push(w) })).toEqual(
      await oneThread(),
    );
    expect(where).toEqual(['here', 'worker', 'worker', 'worker']);
  });

  it('are not started for a file shorter than 50,000 lines, which this thread parses alone', async () => {
    const where: string[] = [];
    expect(await read(slowLines(), { workers: 2, onBatch: (w) => where.push(w) })).toEqual(await oneThread());
    expect(where).toEqual(['here', 'here', 'here', 'here']);
  });

  it('refuse an empty file as one thread does', async () => {
    await expect(read(linesOf([]), { workers: 2 })).rejects.toThrow(ImportInputError);
    await expect(read(linesOf([]), { workers: 2 })).rejects.toThrow('The input is empty.');
  });
});

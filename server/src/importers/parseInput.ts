// Turns input lines into parsed records of either format, each with the line it came from.
import type { Source } from '../model/schema.ts';
import { CsvRecordReader } from './csvRecords.ts';
import { parseFtmLine } from './ftmLines.ts';
import type { LineIssue, ParsedLine } from './importTypes.ts';
import { OFAC_HEADER, parseOfacRecord } from './ofacCsv.ts';

export const IMPORT_FORMATS = ['ofac-csv', 'ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The whole input is unusable (wrong header, wrong format): nothing is written. */
export class ImportInputError extends Error {}

export interface ParseOptions {
  format: ImportFormat;
  idPrefix: string;
  fileName: string;
  sourceFor: (reference: string, url?: string) => Source;
  warn: (issue: LineIssue) => void;
  /** Called with each line's length, for progress by bytes. */
  onBytes: (bytes: number) => void;
}

export async function* parseInput(lines: AsyncIterable<string>, options: ParseOptions): AsyncGenerator<ParsedLine> {
  const csv = new CsvRecordReader();
  let lineNumber = 0;
  let records = 0;
  for await (const text of lines) {
    lineNumber++;
    options.onBytes(Buffer.byteLength(text) + 1);
    if (options.format === 'ftm') {
      const parsed = parseFtmLine(text, lineNumber, options);
      if (parsed) yield parsed;
      continue;
    }
    const record = csv.push(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text, lineNumber);
    if (!record || (record.fields.length === 1 && record.fields[0].trim() === '')) continue;
    if (record.line === 1) {
      if (record.fields.map((f) => f.trim().toLowerCase()).join(',') !== OFAC_HEADER.join(',')) {
        throw new ImportInputError(
          `Line 1: expected the OFAC SDN header "${OFAC_HEADER.join(',')}", found "${record.fields.join(',').slice(0, 100)}".`,
        );
      }
      continue;
    }
    records++;
    yield parseOfacRecord(record, options);
  }
  if (lineNumber === 0) throw new ImportInputError('The input is empty.');
  if (options.format === 'ofac-csv' && records === 0 && !csv.unterminated) {
    throw new ImportInputError('The file has the OFAC SDN header but no records: there is nothing to import.');
  }
  if (csv.unterminated) yield { line: lineNumber, error: 'the file ends inside a quoted field' };
}

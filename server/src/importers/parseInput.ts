// Turns input lines into parsed records of either format, each with the line it came from.
import type { Source } from '../model/schema.ts';
import { CsvRecordReader } from './csvRecords.ts';
import { parseFtmLine } from './ftmLines.ts';
import type { LineIssue, ParsedLine } from './importTypes.ts';
import { OFAC_HEADER, parseOfacRecord } from './ofacCsv.ts';
import { parseOfacLegacyRecord, type OfacLegacySideFiles } from './ofacLegacyCsv.ts';
import { parseUnEntries, readUnConsolidatedXml } from './unConsolidatedXml.ts';

const emptySideFiles = (): OfacLegacySideFiles => ({ addresses: new Map(), aliases: new Map(), comments: new Map() });

export const IMPORT_FORMATS = ['ofac-csv', 'ofac-legacy', 'un-xml', 'ftm'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** Formats of a single file, which the API accepts (the legacy OFAC set is four files: use the command). */
export const API_IMPORT_FORMATS = ['ofac-csv', 'un-xml', 'ftm'] as const;
/** Official lists, whose editions follow each other (list history); FtM files are datasets of any kind. */
export const isListFormat = (format: ImportFormat) => format !== 'ftm';
export const isOfacFormat = (format: ImportFormat) => format === 'ofac-csv' || format === 'ofac-legacy';

/** The whole input is unusable (wrong header, wrong format): nothing is written. */
export class ImportInputError extends Error {}

export const emptyInput = () => new ImportInputError('The input is empty.');

export interface ParseOptions {
  format: ImportFormat;
  idPrefix: string;
  fileName: string;
  sourceFor: (reference: string, url?: string) => Source;
  warn: (issue: LineIssue) => void;
  /** Called with each line's length, for progress by bytes. */
  onBytes: (bytes: number) => void;
  /** The side files of OFAC's legacy CSV set (format ofac-legacy). */
  ofacLegacy?: OfacLegacySideFiles;
  /** Called with the edition date a file states itself (the UN XML's dateGenerated), before its records. */
  onEdition?: (date: string) => void;
}

async function* unRecords(lines: AsyncIterable<string>, options: ParseOptions): AsyncGenerator<ParsedLine> {
  const parts: string[] = [];
  for await (const text of lines) {
    options.onBytes(Buffer.byteLength(text) + 1);
    parts.push(text);
  }
  if (!parts.join('').trim()) throw emptyInput();
  let list: ReturnType<typeof readUnConsolidatedXml>;
  try {
    list = readUnConsolidatedXml(parts.join('\n'));
  } catch (error) {
    throw new ImportInputError(`Not a UN Consolidated List XML file: ${(error as Error).message}`);
  }
  if (list.edition) options.onEdition?.(list.edition);
  yield* parseUnEntries(list.entries, options);
}

export async function* parseInput(lines: AsyncIterable<string>, options: ParseOptions): AsyncGenerator<ParsedLine> {
  if (options.format === 'un-xml') return yield* unRecords(lines, options);
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
    if (!record || (record.fields.length === 1 && record.fields[0].replaceAll('\u001a', '').trim() === '')) continue;
    if (options.format === 'ofac-legacy') {
      yield parseOfacLegacyRecord(record, { ...options, side: options.ofacLegacy ?? emptySideFiles() });
      continue;
    }
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
  if (lineNumber === 0) throw emptyInput();
  if (options.format === 'ofac-csv' && records === 0 && !csv.unterminated) {
    throw new ImportInputError('The file has the OFAC SDN header but no records: there is nothing to import.');
  }
  if (csv.unterminated) yield { line: lineNumber, error: 'the file ends inside a quoted field' };
}

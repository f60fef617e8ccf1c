// The rows of a batch to screen: a CSV with a header (a name column; optional kind, date of birth, nationality,
// country, identifier and your own reference) or FollowTheMoney lines. Blank lines are skipped; a malformed row is
// reported with its line number and the others are screened.
import { CsvRecordReader } from '../importers/csvRecords.ts';
import { countryCode, entityKind, isoDate, type EntityKind } from '../model/schema.ts';
import { nameWords } from '../names/index.ts';
import type { RowProblem } from './contract.ts';

export const MAX_BATCH_ROWS = 100_000;

export interface BatchRow {
  line: number;
  reference: string | null;
  name: string;
  kinds: EntityKind[] | null;
  birthDates: string[];
  nationalities: string[];
  identifiers: string[];
}

export type { RowProblem } from './contract.ts';

/** Header names accepted for each column, lower case, spaces and underscores ignored. */
const COLUMNS: Record<string, string[]> = {
  name: ['name', 'fullname', 'customername', 'counterparty'],
  kind: ['kind', 'type', 'schema'],
  birthDate: ['birthdate', 'dateofbirth', 'dob'],
  nationality: ['nationality', 'citizenship'],
  country: ['country', 'jurisdiction'],
  identifier: ['identifier', 'id', 'passport', 'idnumber', 'registrationnumber'],
  reference: ['reference', 'ref', 'customerid', 'yourreference'],
};

const headerKey = (h: string) => h.toLowerCase().replace(/[\s_-]+/g, '');

function columnsOf(header: string[]): Record<string, number> {
  const index: Record<string, number> = {};
  header.forEach((h, i) => {
    const column = Object.keys(COLUMNS).find((c) => COLUMNS[c].includes(headerKey(h)));
    if (column && index[column] === undefined) index[column] = i;
  });
  return index;
}

/** Turns the values of one row into a row to screen, or the reason it cannot be screened. */
function toRow(line: number, get: (column: string) => string): BatchRow | string {
  const name = get('name').trim();
  if (!name || !nameWords(name).length) return 'no name to screen';
  if (name.length > 300) return 'the name is longer than 300 characters';
  const kind = get('kind').trim();
  if (kind && !entityKind.safeParse(kind).success) return `kind "${kind}" is not one of the model's kinds`;
  const birthDate = get('birthDate').trim();
  if (birthDate && !isoDate.safeParse(birthDate).success)
    return `date of birth "${birthDate}" is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const countries = [get('nationality'), get('country')].map((c) => c.trim().toUpperCase()).filter(Boolean);
  const badCountry = countries.find((c) => !countryCode.safeParse(c).success);
  if (badCountry) return `country "${badCountry}" is not an ISO 3166-1 alpha-2 code`;
  const identifier = get('identifier').trim();
  return {
    line,
    reference: get('reference').trim() || null,
    name,
    kinds: kind ? [kind as EntityKind] : null,
    birthDates: birthDate ? [birthDate] : [],
    nationalities: [...new Set(countries)],
    identifiers: identifier ? [identifier] : [],
  };
}

export interface ParsedBatch {
  rows: BatchRow[];
  problems: RowProblem[];
}

export class BatchInputError extends Error {}

export function parseCsvBatch(text: string): ParsedBatch {
  const reader = new CsvRecordReader();
  const rows: BatchRow[] = [];
  const problems: RowProblem[] = [];
  let columns: Record<string, number> | null = null;
  let width = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, i) => {
    const record = reader.push(text, i + 1);
    if (!record || record.fields.every((f) => f.trim() === '')) return;
    if (!columns) {
      columns = columnsOf(record.fields);
      width = record.fields.length;
      if (columns.name === undefined)
        throw new BatchInputError(`Line ${record.line}: the header has no name column ("name", "full_name", ...).`);
      return;
    }
    if (record.fields.length !== width)
      return problems.push({ line: record.line, reason: `expected ${width} columns, found ${record.fields.length}` });
    const cols = columns;
    const row = toRow(record.line, (c) => (cols[c] === undefined ? '' : record.fields[cols[c]]));
    if (typeof row === 'string') problems.push({ line: record.line, reason: row });
    else rows.push(row);
    if (rows.length > MAX_BATCH_ROWS) throw new BatchInputError(`More than ${MAX_BATCH_ROWS} rows: split the file.`);
  });
  if (reader.unterminated) problems.push({ line: lines.length, reason: 'the file ends inside a quoted field' });
  if (!columns) throw new BatchInputError('The file is empty.');
  return { rows, problems };
}

const first = (props: Record<string, unknown>, ...keys: string[]) => {
  for (const key of keys) {
    const v = props[key];
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && value.trim()) return value;
  }
  return '';
};

/** FollowTheMoney lines: {id, schema, properties: {name, birthDate, nationality, country, idNumber, ...}}. */
export function parseFtmBatch(text: string): ParsedBatch {
  const rows: BatchRow[] = [];
  const problems: RowProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let entity: { id?: unknown; schema?: unknown; properties?: Record<string, unknown> };
    try {
      entity = JSON.parse(line);
    } catch {
      return problems.push({ line: i + 1, reason: 'not a JSON object' });
    }
    const props = entity?.properties ?? {};
    const schema = typeof entity?.schema === 'string' ? entity.schema : '';
    const row = toRow(i + 1, (column) =>
      column === 'reference'
        ? String(entity.id ?? '')
        : column === 'kind'
          ? schema === 'LegalEntity' || schema === 'Thing'
            ? ''
            : schema
          : column === 'identifier'
            ? first(props, 'idNumber', 'passportNumber', 'registrationNumber', 'taxNumber', 'imoNumber')
            : column === 'nationality'
              ? first(props, 'nationality', 'citizenship')
              : column === 'country'
                ? first(props, 'country', 'jurisdiction')
                : first(props, column),
    );
    if (typeof row === 'string') problems.push({ line: i + 1, reason: row });
    else rows.push(row);
    if (rows.length > MAX_BATCH_ROWS) throw new BatchInputError(`More than ${MAX_BATCH_ROWS} rows: split the file.`);
  });
  return { rows, problems };
}

// The CSV files `neo4j-admin database import` reads: one file group per entity kind and per relationship type,
// each a header file with typed columns and a data file. The columns are only known once every row has been seen,
// so rows are first spooled as JSON lines and turned into CSV at the end (a million rows do not sit in memory).
import { createReadStream, createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export type Value = string | number | boolean | string[] | number[];
export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]' | 'double[]';

/** Between the elements of a list value: a control character no name or note contains (checked). */
export const ARRAY_DELIMITER = '\u001f';

function columnType(key: string, value: Value): ColumnType {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return 'string[]';
    if (value.every((v) => typeof v === 'number')) return 'double[]';
  } else if (typeof value === 'string') return 'string';
  else if (typeof value === 'number') return 'double';
  else if (typeof value === 'boolean') return 'boolean';
  throw new Error(`property ${key} holds a value neo4j-admin cannot type: ${JSON.stringify(value)}`);
}

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

function cell(key: string, value: Value | undefined): string {
  if (value === undefined) return '';
  if (!Array.isArray(value)) return typeof value === 'string' ? quoted(value) : String(value);
  if (value.some((v) => String(v).includes(ARRAY_DELIMITER)))
    throw new Error(`property ${key} holds a list element with the control character U+001F`);
  return quoted(value.join(ARRAY_DELIMITER));
}

/** A row as it is spooled, with the columns (properties and their types) it fills. */
export interface SpooledRow {
  line: string;
  columns: [string, ColumnType][];
}

/**
 * A row under `key` (its id) as it is spooled: its leading cells (already CSV) and properties, no empty lists.
 * Pure, so that worker threads make rows and the group only declares their columns.
 */
export function spoolRow(key: string, leadingCells: string[], props: Record<string, Value>): SpooledRow {
  const kept: Record<string, Value> = {};
  const columns: [string, ColumnType][] = [];
  for (const [name, value] of Object.entries(props)) {
    if (Array.isArray(value) && value.length === 0) continue;
    columns.push([name, columnType(name, value)]);
    kept[name] = value;
  }
  return { line: JSON.stringify([key, leadingCells, kept]), columns };
}

/** The rows of one file group, spooled until the columns are known. */
export class CsvGroup {
  readonly columns = new Map<string, ColumnType>();
  rows = 0;
  /** Whether any value holds a line break (neo4j-admin then needs --multiline-fields, which is slower). */
  multiline = false;
  private readonly spool: WriteStream;

  constructor(
    readonly dir: string,
    readonly name: string,
    /** The leading columns, e.g. `id:ID` and `:LABEL`, written before the properties. */
    private readonly leading: string[],
  ) {
    this.spool = createWriteStream(this.file('spool.jsonl'));
  }

  file = (suffix: string) => path.join(this.dir, `${this.name}.${suffix}`);

  async write({ line, columns }: SpooledRow): Promise<void> {
    for (const [name, type] of columns) this.declare(name, type);
    // JSON writes a line break inside a value as \n or \r (a literal backslash-n also counts: merely slower).
    if (!this.multiline && /\\[nr]/.test(line)) this.multiline = true;
    this.rows++;
    if (!this.spool.write(`${line}\n`)) await once(this.spool, 'drain');
  }

  /** Closes the spool of a load that failed, so that its folder can be removed. */
  async discard(): Promise<void> {
    if (this.spool.closed) return;
    const closed = once(this.spool, 'close');
    this.spool.destroy();
    await closed;
  }

  /** Declares a column (a property of some rows); one property has one type in a group. */
  declare(name: string, type: ColumnType): void {
    const known = this.columns.get(name);
    if (known && known !== type) throw new Error(`property ${name} of ${this.name} is ${known} and ${type}`);
    this.columns.set(name, type);
  }

  /** Writes the header and data files, each row's properties through `amend`; returns the two files. */
  async finish(amend: (key: string, props: Record<string, Value>) => Record<string, Value> = (_, p) => p) {
    this.spool.end();
    await once(this.spool, 'finish');
    const keys = [...this.columns.keys()];
    writeFileSync(
      this.file('header.csv'),
      `${[...this.leading, ...keys.map((k) => `${k}:${this.columns.get(k)}`)].join(',')}\n`,
    );
    const out = createWriteStream(this.file('csv'));
    const spooled = createInterface({ input: createReadStream(this.file('spool.jsonl')), crlfDelay: Infinity });
    for await (const line of spooled) {
      const [key, leadingCells, spooledProps] = JSON.parse(line) as [string, string[], Record<string, Value>];
      const props = amend(key, spooledProps);
      const cells = [...leadingCells, ...keys.map((k) => cell(k, props[k]))];
      if (!out.write(`${cells.join(',')}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return [this.file('header.csv'), this.file('csv')];
  }
}

export const csvText = quoted;
export const csvLabels = (labels: string[]) => quoted(labels.join(ARRAY_DELIMITER));

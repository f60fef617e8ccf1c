// A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks.
// Each record carries the line it starts on, so a malformed record can be reported by line number.

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Splits text lines into CSV records; feed it lines in order. */
export class CsvRecordReader {
  private fields: string[] = [];
  private field = '';
  private inQuotes = false;
  private startLine = 0;

  /** Returns the record this line completes, or null while a quoted field continues on the next line. */
  push(text: string, lineNumber: number): CsvRecord | null {
    if (!this.inQuotes) this.startLine = lineNumber;
    else this.field += '\n';
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.inQuotes) {
        if (ch === '"' && text[i + 1] === '"') {
          this.field += '"';
          i++;
        } else if (ch === '"') this.inQuotes = false;
        else this.field += ch;
      } else if (ch === '"') this.inQuotes = true;
      else if (ch === ',') {
        this.fields.push(this.field);
        this.field = '';
      } else if (ch !== '\r') this.field += ch;
    }
    if (this.inQuotes) return null;
    const record = { line: this.startLine, fields: [...this.fields, this.field] };
    this.fields = [];
    this.field = '';
    return record;
  }

  /** True when the input ended inside a quoted field. */
  get unterminated(): boolean {
    return this.inQuotes;
  }
}

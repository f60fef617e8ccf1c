// Which format a list file is in, from its first bytes: the UN XML's root element, the SDN CSV's header, OFAC's
// legacy sdn.csv (twelve columns, a number first), or FollowTheMoney JSON lines.
import { closeSync, openSync, readSync } from 'node:fs';
import { CsvRecordReader } from './csvRecords.ts';
import { OFAC_HEADER } from './ofacCsv.ts';
import type { ImportFormat } from './parseInput.ts';

export function formatOfText(head: string): ImportFormat | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return /<CONSOLIDATED_LIST\b/.test(text) ? 'un-xml' : null;
  if (text.startsWith('{')) return 'ftm';
  const firstLine = text.split(/\r?\n/)[0];
  const fields = new CsvRecordReader().push(firstLine, 1)?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  if (fields.join(',') === OFAC_HEADER.join(',')) return 'ofac-csv';
  if (fields.length === 12 && /^\d+$/.test(fields[0])) return 'ofac-legacy';
  return null;
}

export function detectFormat(file: string): ImportFormat | null {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return formatOfText(buffer.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseInput } from '../src/importers/parseInput.ts';
import { entityToProperties } from '../src/db/mapping.ts';
const file = process.argv[2];
const src = { reference: 'x', publisher: 'p', date: '2026-01-01' };
let t = performance.now();
let n = 0;
for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++;
console.log('read lines', n, ((performance.now() - t) / 1000).toFixed(2));
t = performance.now();
n = 0;
for await (const p of parseInput(createInterface({ input: createReadStream(file), crlfDelay: Infinity }), {
  format: 'ftm',
  idPrefix: '',
  fileName: 'x',
  sourceFor: () => src,
  warn: () => {},
  onBytes: () => {},
})) {
  n++;
  if (process.argv[3] && !('error' in p)) for (const e of p.entities) entityToProperties(e);
}
console.log('parse', n, ((performance.now() - t) / 1000).toFixed(2));

// A progress bar on stderr: bytes done, records read, records written, rate. Redrawn in place on a terminal,
// printed as a line every few seconds otherwise (CI logs).
import type { ImportProgress } from './runImport.ts';

const WIDTH = 24;
const fmt = (n: number) => n.toLocaleString('en-US');

export function describeProgress(p: ImportProgress): string {
  const fraction = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : null;
  const bar =
    fraction === null
      ? ''
      : `[${'#'.repeat(Math.round(fraction * WIDTH)).padEnd(WIDTH, '-')}] ${Math.round(fraction * 100)}% `;
  const rate = Math.round(p.recordsRead / Math.max(p.elapsedMs / 1000, 0.001));
  return `${bar}${p.phase}: ${fmt(p.recordsRead)} records read, ${fmt(p.written)} written, ${fmt(p.skipped)} skipped, ${fmt(rate)} records/s`;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  let lastPrinted = 0;
  return (p) => {
    if (stream.isTTY) {
      stream.write(`\r${describeProgress(p)}\u001b[K${p.phase === 'done' ? '\n' : ''}`);
    } else if (p.phase === 'done' || Date.now() - lastPrinted > 5_000) {
      lastPrinted = Date.now();
      stream.write(`${describeProgress(p)}\n`);
    }
  };
}

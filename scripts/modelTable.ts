// npm run docs:model: rewrites the model tables and the exposure regime table in README.md from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRegimeTable } from '../server/src/exposure/regimeTable.ts';
import { renderModelTables } from '../server/src/model/modelTable.ts';
import { MODEL_BEGIN, MODEL_END, REGIMES_BEGIN, REGIMES_END } from '../server/src/model/readmeMarkers.ts';

function replaceBetween(text: string, begin: string, end: string, content: string): string {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start < 0 || stop < 0) throw new Error(`README.md lacks the markers ${begin} ... ${end}.`);
  return text.slice(0, start + begin.length) + '\n' + content + '\n' + text.slice(stop);
}

let readme = readFileSync('README.md', 'utf8');
readme = replaceBetween(readme, MODEL_BEGIN, MODEL_END, renderModelTables());
readme = replaceBetween(readme, REGIMES_BEGIN, REGIMES_END, renderRegimeTable());
writeFileSync('README.md', readme);
console.log('README.md model and regime tables updated.');

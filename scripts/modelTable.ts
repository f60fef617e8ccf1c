// npm run docs:model: rewrites the model tables in README.md from the schema.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderModelTables } from '../server/src/model/modelTable.ts';
import { MODEL_BEGIN, MODEL_END } from '../server/src/model/readmeMarkers.ts';

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(MODEL_BEGIN);
const end = readme.indexOf(MODEL_END);
if (start < 0 || end < 0) throw new Error('README.md lacks the model table markers.');
writeFileSync(
  'README.md',
  readme.slice(0, start + MODEL_BEGIN.length) + '\n' + renderModelTables() + '\n' + readme.slice(end),
);
console.log('README.md model tables updated.');

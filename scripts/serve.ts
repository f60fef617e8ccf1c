// Serves the API (and the client, if built) without building anything: what npm start runs after its build step.
// Tests and benchmarks start this one, as a real process.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../server/src/runtime/serve.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

const clientDir = path.resolve('dist', 'client');
await serve({ clientDir: existsSync(clientDir) ? clientDir : undefined }).catch(exitOnMissingPrerequisite);

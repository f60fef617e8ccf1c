// npm start: builds the client if needed, then serves it and the API (see server/src/runtime/serve.ts).
import { serve } from '../server/src/runtime/serve.ts';
import { CLIENT_DIR, ensureClientBuilt } from './clientBuild.ts';
import { exitOnMissingPrerequisite } from './cli.ts';

if (!ensureClientBuilt()) process.exit(1);

await serve({ clientDir: CLIENT_DIR }).catch(exitOnMissingPrerequisite);

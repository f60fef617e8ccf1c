// The entry point: asks for the session and the opening story at once, then loads the explorer (React, Cytoscape
// and the rest: nearly all of the code), so those requests run while that code downloads and compiles.
import { ApiClient } from './api/apiClient.ts';
import { startStoryEarly } from './app/openingStory.ts';
import { readAccessToken } from './auth/accessToken.ts';
import './app/app.css';

const api = new ApiClient('', undefined, readAccessToken);
const session = api.session();
// The gate reads the answer; until then a refusal is no error.
session.catch(() => {});
// A link with a query names its own view (nodes, an investigation, filters): the story is only the plain page's.
if (!window.location.search) startStoryEarly(api);

import('./explorer.tsx').then(
  ({ mountExplorer }) => mountExplorer(api, session),
  () => {
    document.getElementById('root')!.textContent = 'The explorer could not be loaded: reload the page to try again.';
  },
);

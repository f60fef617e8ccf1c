// The built client: its hashed assets kept by browsers for good, its page asked again each visit.
import express from 'express';
import path from 'node:path';

/** Vite names each file under assets/ by a hash of its content, so a changed file is a new name. */
const FOREVER = 'public, max-age=31536000, immutable';
/** The page names the current assets: the browser revalidates it (a cheap 304) each visit. */
const REVALIDATE = 'no-cache';

function cacheControl(res: express.Response, file: string, clientDir: string) {
  const inAssets = path.relative(path.join(clientDir, 'assets'), file);
  res.setHeader('Cache-Control', inAssets.startsWith('..') ? REVALIDATE : FOREVER);
}

/** Serves the client's files, and its page for any other path outside /api (the explorer reads its URL). */
export function clientFiles(clientDir: string): express.Router {
  const router = express.Router();
  router.use(express.static(clientDir, { setHeaders: (res, file) => cacheControl(res, file, clientDir) }));
  // A page left open across a new build asks for chunks that are gone: a 404 it can report, not the page as script.
  router.get(/^\/assets\//, (_req, res) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.status(404).type('text/plain').send('No such file in this build of the explorer: reload the page.');
  });
  router.get(/^(?!\/api\/).*/, (_req, res) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(path.join(clientDir, 'index.html'));
  });
  return router;
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useApiTestServer } from '../support/apiTestServer.ts';

// A built client's shape: the page, and a file under assets/ named by its hash as Vite names them.
const clientDir = mkdtempSync(path.join(tmpdir(), 'sge-client-files-'));
mkdirSync(path.join(clientDir, 'assets'));
writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>explorer</title>');
writeFileSync(path.join(clientDir, 'assets', 'explorer-CTLq8yDH.js'), 'export const x = 1;');
writeFileSync(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

const api = useApiTestServer({ app: { clientDir } });
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

const cacheControl = async (url: string) => (await fetch(`${api.baseUrl}${url}`)).headers.get('cache-control');

describe('the built client', () => {
  it('lets browsers keep the hashed assets for good, since a changed file gets a new name', async () => {
    const response = await fetch(`${api.baseUrl}/assets/explorer-CTLq8yDH.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has the page and the files outside assets/ asked again on each visit, so a new build is seen', async () => {
    expect(await cacheControl('/')).toBe('no-cache');
    expect(await cacheControl('/?nodes=chen-zhi')).toBe('no-cache');
    expect(await cacheControl('/investigations/some-view')).toBe('no-cache');
    expect(await cacheControl('/favicon.svg')).toBe('no-cache');
  });

  it('answers 404 for a file of another build, so a page left open across a deploy can say so', async () => {
    const response = await fetch(`${api.baseUrl}/assets/explorer-gone1234.js`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  });
});

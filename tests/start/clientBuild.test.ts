import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clientBuildIsStale } from '../../scripts/clientBuild.ts';

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'sge-build-'));
  mkdirSync(path.join(root, 'client', 'src', 'canvas'), { recursive: true });
  mkdirSync(path.join(root, 'dist'));
  const source = path.join(root, 'client', 'src', 'canvas', 'GraphCanvas.tsx');
  const built = path.join(root, 'dist', 'index.html');
  writeFileSync(source, 'x');
  writeFileSync(built, 'x');
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);
  return { root, source, built, at, inputs: [path.join(root, 'client')] };
}

describe('npm start rebuilds the client when needed', () => {
  it('builds when there is no build yet', () => {
    const p = project();
    expect(clientBuildIsStale(path.join(p.root, 'dist', 'missing.html'), p.inputs)).toBe(true);
  });

  it('rebuilds when a file deep under client/ is newer than the build', () => {
    const p = project();
    for (const dir of [path.join(p.root, 'client'), path.join(p.root, 'client', 'src'), path.join(p.root, 'client', 'src', 'canvas')]) p.at(dir, 1_000);
    p.at(p.built, 2_000);
    p.at(p.source, 3_000);
    expect(clientBuildIsStale(p.built, p.inputs)).toBe(true);
  });

  it('keeps a build that is newer than every source', () => {
    const p = project();
    for (const dir of [path.join(p.root, 'client'), path.join(p.root, 'client', 'src'), path.join(p.root, 'client', 'src', 'canvas')]) p.at(dir, 1_000);
    p.at(p.source, 1_500);
    p.at(p.built, 2_000);
    expect(clientBuildIsStale(p.built, p.inputs)).toBe(false);
  });
});

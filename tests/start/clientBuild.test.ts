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
  /** Dates the folders early, the source file at `sourceAt` and the build at `builtAt`. */
  const date = (sourceAt: number, builtAt: number) => {
    for (const dir of [
      path.join(root, 'client'),
      path.join(root, 'client', 'src'),
      path.join(root, 'client', 'src', 'canvas'),
    ])
      at(dir, 1_000);
    at(source, sourceAt);
    at(built, builtAt);
  };
  return { root, built, date, inputs: [path.join(root, 'client')] };
}

describe('npm start rebuilds the client when needed', () => {
  it('builds when there is no build yet', () => {
    const p = project();
    expect(clientBuildIsStale(path.join(p.root, 'dist', 'missing.html'), p.inputs)).toBe(true);
  });

  it('rebuilds when a file deep under client/ is newer than the build', () => {
    const p = project();
    p.date(3_000, 2_000);
    expect(clientBuildIsStale(p.built, p.inputs)).toBe(true);
  });

  it('keeps a build that is newer than every source', () => {
    const p = project();
    p.date(1_500, 2_000);
    expect(clientBuildIsStale(p.built, p.inputs)).toBe(false);
  });
});

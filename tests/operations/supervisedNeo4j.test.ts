// The app's own local Neo4j is supervised: a killed JVM is restarted and the API answers again; shutdown completes
// whatever state the JVM is in. A real server process with its own Neo4j on a temp folder; only that JVM is killed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/serverProcess.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'sge-supervised-neo4j-'));
let server: ServerProcess | undefined;
afterAll(() => {
  server?.kill();
  for (const pid of jvmsOn(dataDir)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const jvmPid = () => (JSON.parse(readFileSync(path.join(dataDir, 'launcher.json'), 'utf8')) as { pid: number }).pid;

/** The processes whose command line names this test's data folder: the JVMs it started, nobody else's. */
function jvmsOn(folder: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function health(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/health`);
  // The body has a `status` word of its own ('ok', 'unavailable'), so the HTTP status gets its own name.
  return { httpStatus: response.status, ...(await response.json()) };
}

describe('a supervised local Neo4j', () => {
  it('is restarted when its JVM is killed, and the API answers again', { timeout: 600_000 }, async () => {
    server = startServerProcess({
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE_MB: '64',
    });
    const baseUrl = await server.ready;
    expect(await health(baseUrl)).toMatchObject({ httpStatus: 200, neo4jProcess: { state: 'running', restarts: 0 } });
    const first = jvmPid();

    process.kill(first, 'SIGKILL');
    await expect
      .poll(() => health(baseUrl), { timeout: 30_000, interval: 100 })
      .toMatchObject({
        httpStatus: 503,
        neo4j: 'down',
        neo4jProcess: { state: 'restarting', lastExit: { signal: 'SIGKILL' } },
      });
    await expect
      .poll(() => health(baseUrl), { timeout: 240_000, interval: 500 })
      .toMatchObject({ httpStatus: 200, neo4jProcess: { state: 'running', restarts: 1 } });
    expect((await fetch(`${baseUrl}/api/entities/chen-zhi`)).status).toBe(200);
    expect(jvmPid()).not.toBe(first);
    expect(server.log()).toContain(`Neo4j (pid ${first}) stopped unexpectedly: restarting it in 1 s (attempt 1).`);
    expect(server.log()).toMatch(/Neo4j is back \(pid \d+, restart 1\)/);
  });

  it('lets the server shut down while the JVM is dead and a restart is pending', { timeout: 300_000 }, async () => {
    const baseUrl = await server!.ready;
    process.kill(jvmPid(), 'SIGKILL');
    await expect.poll(() => health(baseUrl), { timeout: 30_000, interval: 100 }).toMatchObject({ httpStatus: 503 });
    server!.child.kill('SIGTERM');
    expect(await server!.exited).toEqual({ code: 0, signal: null });
    expect(jvmsOn(dataDir)).toEqual([]);
  });
});

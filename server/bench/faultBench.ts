// npm run bench:faults -- [--steady=10]
// Under a steady read and write load through the real server process (which owns and supervises its own Neo4j in
// a temp folder), kills that JVM by its PID and measures how the API fails and recovers; then SIGTERMs the server
// with requests in flight. Only the JVM and server this benchmark started are signalled.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createGraphDb } from '../src/db/graphDb.ts';
import { machineLine } from './benchGraph.ts';
import { startServerProcess } from './serverProcess.ts';

const steadySeconds = Number(process.argv.find((a) => a.startsWith('--steady='))?.split('=')[1] ?? 10);
const READERS = 8;
const WRITERS = 4;
const SOURCE = { reference: 'bench:faults (synthetic)', publisher: 'bench:faults', date: '2026-01-01' };

type Outcome = { at: number; kind: 'read' | 'write'; status: number | 'network' };
interface Write {
  name: string;
  key: string;
  body: string;
  status: number | 'network';
  id?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function boltAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function postEntity(baseUrl: string, write: Pick<Write, 'key' | 'body'>) {
  return fetch(`${baseUrl}/api/entities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': write.key },
    body: write.body,
    signal: AbortSignal.timeout(10_000),
  });
}

/** Steady load: readers and writers in closed loops until stop() is called. */
function steadyLoad(baseUrl: string) {
  const outcomes: Outcome[] = [];
  const writes: Write[] = [];
  let running = true;
  const reader = async () => {
    for (let i = 0; running; i++) {
      const url = i % 2 ? `${baseUrl}/api/entities/chen-zhi` : `${baseUrl}/api/search?q=prince`;
      const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 'network' as const,
      );
      outcomes.push({ at: performance.now(), kind: 'read', status });
      await sleep(20);
    }
  };
  const writer = async () => {
    while (running) {
      const name = `Fault Bench ${randomUUID()}`;
      const body = JSON.stringify({ kind: 'Organization', name, allowDuplicate: true, sources: [SOURCE] });
      const write: Write = { name, key: randomUUID(), body, status: 'network' };
      try {
        const response = await postEntity(baseUrl, write);
        write.status = response.status;
        const answer = (await response.json()) as { entity?: { id: string } };
        write.id = answer.entity?.id;
      } catch {
        write.status = 'network';
      }
      writes.push(write);
      outcomes.push({ at: performance.now(), kind: 'write', status: write.status });
      await sleep(50);
    }
  };
  const loops = [...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, writer)];
  return {
    outcomes,
    writes,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function killAndRecover(baseUrl: string, dataDir: string) {
  const { pid, port } = JSON.parse(readFileSync(path.join(dataDir, 'launcher.json'), 'utf8')) as {
    pid: number;
    port: number;
  };
  const load = steadyLoad(baseUrl);
  await sleep(steadySeconds * 1000);
  const killedAt = performance.now();
  process.kill(pid, 'SIGKILL');
  console.log(`Killed this benchmark's Neo4j JVM (pid ${pid}) under load.`);
  while (await boltAccepts(port)) await sleep(20);
  while (!(await boltAccepts(port))) await sleep(50);
  const backAt = performance.now();
  await sleep(steadySeconds * 1000);
  await load.stop();
  const first = (kind: Outcome['kind'], ok: (s: Outcome['status']) => boolean, after: number) =>
    load.outcomes.find((o) => o.kind === kind && o.at >= after && ok(o.status))?.at;
  const first503 = load.outcomes.find((o) => o.at >= killedAt && o.status === 503)?.at;
  const firstRead = first('read', (s) => s === 200, backAt);
  const firstWrite = first('write', (s) => s === 201, backAt);
  console.log(`Neo4j down for ${seconds(backAt - killedAt)} (restarted by the app's supervisor).`);
  console.log(
    `Time from the kill to the first 503:                ${first503 ? seconds(first503 - killedAt) : 'none'}`,
  );
  console.log(
    `Time from Neo4j back (Bolt open) to the first 200:   ${firstRead ? seconds(firstRead - backAt) : 'none'}`,
  );
  console.log(
    `Time from Neo4j back to the first successful write:  ${firstWrite ? seconds(firstWrite - backAt) : 'none'}`,
  );
  const statuses = new Map<string, number>();
  for (const o of load.outcomes)
    statuses.set(`${o.kind} ${o.status}`, (statuses.get(`${o.kind} ${o.status}`) ?? 0) + 1);
  console.log(`Answers: ${[...statuses].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
  return load.writes;
}

async function auditWrites(baseUrl: string, uri: string, writes: Write[]) {
  const db = createGraphDb({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  const countByName = async (names: string[]) => {
    const result = await db.read('MATCH (n:Entity) WHERE n.name IN $names RETURN n.name AS name, count(*) AS n', {
      names,
    });
    return new Map(result.records.map((r) => [r.get('name') as string, Number(r.get('n'))]));
  };
  try {
    const acknowledged = writes.filter((w) => w.status === 201);
    const failed = writes.filter((w) => w.status !== 201);
    const stored = await countByName(acknowledged.map((w) => w.name));
    const lost = acknowledged.filter((w) => !stored.get(w.name)).length;
    const committed = await countByName(failed.map((w) => w.name));
    const committedButFailed = failed.filter((w) => committed.get(w.name)).length;
    console.log(`Writes acknowledged: ${acknowledged.length}; acknowledged writes lost: ${lost}`);
    console.log(
      `Writes that failed (503, timeout or cut connection): ${failed.length}; of them committed anyway: ${committedButFailed}`,
    );
    // The client's retry: the same Idempotency-Key and body.
    const retried = await Promise.all(
      failed.map((w) =>
        postEntity(baseUrl, w).then(
          (r) => r.status,
          () => 'network',
        ),
      ),
    );
    const after = await countByName(failed.map((w) => w.name));
    const duplicated = failed.filter((w) => (after.get(w.name) ?? 0) > 1).length;
    const missing = failed.filter((w) => !after.get(w.name)).length;
    console.log(
      `Their retries with the same Idempotency-Key: ${retried.filter((s) => s === 201).length} answered 201; ` +
        `duplicated: ${duplicated}; still missing: ${missing}`,
    );
  } finally {
    await db.close();
  }
}

async function sigtermInFlight(baseUrl: string, server: ReturnType<typeof startServerProcess>) {
  const inFlight = Array.from({ length: 40 }, (_, i) =>
    fetch(i % 2 ? `${baseUrl}/api/paths?from=chen-zhi&to=prince-holding-group` : `${baseUrl}/api/search?q=chen`).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 'cut off',
    ),
  );
  await sleep(30);
  const signalledAt = performance.now();
  server.child.kill('SIGTERM');
  const results = await Promise.all(inFlight);
  const { code } = await server.exited;
  const completed = results.filter((s) => s === 200).length;
  // What the server itself had received when the signal came: the rest were still on their way (not accepted).
  const received = /received: no new connections; (\d+) request/.exec(server.log())?.[1] ?? 'unknown';
  console.log(
    `SIGTERM with 40 requests sent just before: ${completed} completed with 200, ${results.length - completed} did not ` +
      `(${[...new Set(results)].join(', ')}); the server had ${received} in flight at the signal and exited with code ` +
      `${code} ${seconds(performance.now() - signalledAt)} after it.`,
  );
}

/** The server prints which Neo4j it uses just after it starts listening: wait for that line (at most 30 s). */
async function boltUriFromLog(server: ReturnType<typeof startServerProcess>): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const uri = /local Neo4j at (bolt:\/\/\S+)/.exec(server.log())?.[1];
    if (uri) return uri;
    await sleep(100);
  }
  throw new Error(`The server did not say which Neo4j it uses:\n${server.log()}`);
}

async function main() {
  console.log(machineLine('bench:faults'));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sge-faults-neo4j-'));
  const server = startServerProcess({
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '1g',
    NEO4J_PAGECACHE_MB: '256',
    AUTH_MODE: 'local',
    LOG_LEVEL: 'warn',
  });
  try {
    const baseUrl = await server.ready;
    const uri = await boltUriFromLog(server);
    const writes = await killAndRecover(baseUrl, dataDir);
    await auditWrites(baseUrl, uri, writes);
    await sigtermInFlight(baseUrl, server);
    console.log(
      `(load average at the end ${os.loadavg()[0].toFixed(2)}; ${READERS} readers and ${WRITERS} writers in closed loops)`,
    );
  } finally {
    server.kill();
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

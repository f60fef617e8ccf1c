// npm run bench:load -- [nodes=100000] [--seconds=60] [--rates=250,500,1000] [--connections=50]
// A mixed read workload at fixed arrival rates through the real server process (autocannon over loopback), then
// the same workload at the same concurrency through the API unthrottled and through the raw driver, as a ratio.
import autocannon from 'autocannon';
import os from 'node:os';
import { machineLine, startBenchGraph } from './benchGraph.ts';
import { nodesArg, percentiles } from './measure.ts';
import { benchScenarios, type ApiRequest, type Scenario } from './scenarios.ts';
import { startServerProcess } from './serverProcess.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const nodes = nodesArg(args);
const seconds = Number(option('seconds', '60'));
const rates = option('rates', '250,500,1000').split(',').map(Number);
const connections = Number(option('connections', '50'));
const POOL = 2_000;

/** How often an analyst's session calls each endpoint, in percent (scenario names from scenarios.ts). */
const MIX: [prefix: string, percent: number][] = [
  ['search', 30],
  ['entity', 25],
  ['neighbors (random', 15],
  ['neighbors (hub', 5],
  ['paths (all', 10],
  ['paths (OWNS', 5],
  ['subgraph', 10],
];

interface Call {
  request: ApiRequest;
  raw: () => Promise<unknown>;
}

function mixedCalls(scenarios: Scenario[]): Call[] {
  const calls: Call[] = [];
  for (const [prefix, percent] of MIX) {
    const scenario = scenarios.find((s) => s.name.startsWith(prefix))!;
    for (let i = 0; i < (POOL * percent) / 100; i++) {
      calls.push({ request: scenario.request(i), raw: () => scenario.raw(i) });
    }
  }
  // A fixed shuffle, so that every run sends the same sequence.
  return calls
    .map((call, i) => ({ call, order: (i * 7919) % calls.length }))
    .sort((a, b) => a.order - b.order)
    .map((c) => c.call);
}

interface Measured {
  achieved: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  total: number;
}

async function throughAutocannon(
  baseUrl: string,
  calls: Call[],
  rate: number | undefined,
  durationS: number,
): Promise<Measured> {
  let next = 0;
  const latencies: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    duration: durationS,
    ...(rate ? { overallRate: rate } : {}),
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          const { method, path, body } = calls[next++ % calls.length].request;
          const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
          return { ...request, method, path: `/api${path}`, body, headers };
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) =>
    error ? finish(Promise.reject(error) as never) : finish(result),
  );
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await done;
  const total = result.requests.total;
  return {
    achieved: total / result.duration,
    ...percentiles(latencies),
    errors: result.errors + result.timeouts + result.non2xx,
    total,
  };
}

/** The same calls' Cypher through the driver, `connections` at a time, as fast as it answers. */
async function throughDriver(calls: Call[]): Promise<Measured> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const deadline = performance.now() + Math.min(seconds, 20) * 1000;
  const startedAt = performance.now();
  const worker = async () => {
    while (performance.now() < deadline) {
      const call = calls[next++ % calls.length];
      const t = performance.now();
      await call.raw().catch(() => errors++);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - startedAt) / 1000;
  return { achieved: latencies.length / elapsed, ...percentiles(latencies), errors, total: latencies.length };
}

const f = (n: number, width = 7) => n.toFixed(1).padStart(width);
const row = (label: string, m: Measured) =>
  `${label.padEnd(22)} | ${f(m.achieved, 8)} | ${f(m.p50)} ${f(m.p95)} ${f(m.p99)} | ${String(m.errors).padStart(6)} of ${m.total}` +
  ` | load ${os.loadavg()[0].toFixed(2)}`;

async function main() {
  console.log(machineLine('bench:load'));
  const graph = await startBenchGraph(nodes, console.log);
  const server = startServerProcess({ NEO4J_URI: graph.uri, AUTH_MODE: 'local' });
  try {
    const baseUrl = await server.ready;
    const calls = mixedCalls((await benchScenarios(graph.db, `${baseUrl}/api`, graph.plan, POOL)).scenarios);
    console.log(
      `\nMixed reads (${MIX.map(([p, n]) => `${p.replace(/ \(.*/, '')} ${n}%`).join(', ')}) over ${connections} connections, ` +
        `${seconds} s per rate; the server logs every request at info, as in production.`,
    );
    console.log('run                    | req/s    |    p50     p95     p99 | errors');
    await throughAutocannon(baseUrl, calls, 100, 5); // warm-up, not reported
    for (const rate of rates)
      console.log(row(`API at ${rate}/s`, await throughAutocannon(baseUrl, calls, rate, seconds)));
    const api = await throughAutocannon(baseUrl, calls, undefined, Math.min(seconds, 20));
    console.log(row('API unthrottled', api));
    const raw = await throughDriver(calls);
    console.log(row('raw driver', raw));
    console.log(
      `API / raw driver throughput at ${connections} concurrent: ${(api.achieved / raw.achieved).toFixed(2)} (milliseconds; ${nodes.toLocaleString('en')} nodes)`,
    );
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
    await graph.close();
  }
}

await main();

// Latency measurement: percentiles, and a loop that times the API and the raw query alternately.
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** The graph size as the usage lines write it (nodes=1000000), or a bare number. */
export const nodesArg = (args: string[], fallback = 100_000) =>
  Number(args.find((a) => /^(nodes=)?\d+$/.test(a))?.replace('nodes=', '') ?? fallback);

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/**
 * Runs request i through the raw driver and then through the HTTP API, for every i, so that both see the same
 * inputs and the same background load. The first `warmup` rounds are not counted.
 */
export async function compareLatencies(
  rounds: number,
  warmup: number,
  raw: (i: number) => Promise<unknown>,
  api: (i: number) => Promise<unknown>,
): Promise<{ raw: Percentiles; api: Percentiles }> {
  const rawTimes: number[] = [];
  const apiTimes: number[] = [];
  for (let i = 0; i < rounds + warmup; i++) {
    const rawTime = await timed(() => raw(i));
    const apiTime = await timed(() => api(i));
    if (i >= warmup) {
      rawTimes.push(rawTime);
      apiTimes.push(apiTime);
    }
  }
  return { raw: percentiles(rawTimes), api: percentiles(apiTimes) };
}

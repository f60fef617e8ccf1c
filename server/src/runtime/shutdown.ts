// Graceful shutdown: stop accepting, let requests in flight finish (up to a bound), then close the rest; a second
// signal stops at once.
import type { Server } from 'node:http';

export interface ShutdownOptions {
  /** How long requests in flight may take to finish. */
  drainMs: number;
  /** Closes what the server uses (the driver, the local Neo4j), after the requests. */
  release: () => Promise<void>;
  log: (message: string) => void;
}

/** Counts requests in flight, so shutdown knows when it may close the connections. */
function trackInFlight(server: Server) {
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) waiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    count: () => inFlight,
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

/** Stopping Neo4j is bounded too (its JVM gets SIGKILL after 30 s): shutdown completes whatever the child does. */
const RELEASE_BOUND_MS = 45_000;

const timeout = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/** Resolves when the server is closed: after its requests finished, or after drainMs with them cut off. */
export async function drainServer(
  server: Server,
  inFlight: ReturnType<typeof trackInFlight>,
  drainMs: number,
): Promise<{ cutOff: number }> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const outcome = await Promise.race([inFlight.idle(), timeout(drainMs)]);
  const cutOff = outcome === 'timeout' ? inFlight.count() : 0;
  // Idle keep-alive connections would otherwise hold the close for their timeout.
  server.closeAllConnections();
  await closed;
  return { cutOff };
}

/** Installs the SIGINT/SIGTERM handling of a serving process. */
export function shutDownOnSignals(server: Server, { drainMs, release, log }: ShutdownOptions): void {
  const inFlight = trackInFlight(server);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      log(`${signal} again: stopping now, without waiting.`);
      process.exit(1);
    }
    stopping = true;
    log(
      `${signal} received: no new connections; ${inFlight.count()} request(s) in flight get up to ${drainMs / 1000} s.`,
    );
    const { cutOff } = await drainServer(server, inFlight, drainMs);
    log(cutOff ? `${cutOff} request(s) cut off after ${drainMs / 1000} s.` : 'Every request in flight finished.');
    const released = release().catch((error) => log(`While stopping: ${(error as Error).message}`));
    if ((await Promise.race([released, timeout(RELEASE_BOUND_MS)])) === 'timeout') log('Gave up waiting for Neo4j.');
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

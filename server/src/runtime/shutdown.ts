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
  let lastStarted = 0;
  let closing = false;
  const waiters: (() => void)[] = [];
  server.on('request', (_req, res) => {
    inFlight++;
    lastStarted = Date.now();
    // A request on a connection accepted before the signal is served, and the client told not to reuse it.
    if (closing) res.setHeader('Connection', 'close');
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) waiters.splice(0).forEach((wake) => wake());
    });
  });
  return {
    count: () => inFlight,
    sinceLastStarted: () => Date.now() - lastStarted,
    startClosing: () => (closing = true),
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

/**
 * How long no new request must have started before the open connections are closed: a request the client sent
 * just before the signal may still be on its way over a connection already accepted (closing "idle" connections at
 * once cut such requests off).
 */
const QUIET_MS = 300;

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
  inFlight.startClosing();
  const deadline = Date.now() + drainMs;
  let finished = false;
  while (!finished && Date.now() < deadline) {
    const outcome = await Promise.race([inFlight.idle(), timeout(deadline - Date.now())]);
    finished = outcome !== 'timeout' && inFlight.sinceLastStarted() >= QUIET_MS;
    if (!finished && outcome !== 'timeout') await timeout(Math.min(QUIET_MS, deadline - Date.now()));
  }
  const cutOff = finished ? 0 : inFlight.count();
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

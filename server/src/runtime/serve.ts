// The serving process: checks where to listen, opens the graph (starting the local Neo4j), seeds an empty graph,
// listens, and shuts down gracefully. `npm start` builds the client first and then calls serve().
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { isGraphEmpty, loadSeed } from '../../../seed/loadSeed.ts';
import { createApp } from '../app.ts';
import { describeAuth, readAuthConfig, type AuthConfig } from '../auth/authConfig.ts';
import type { GraphDb } from '../db/graphDb.ts';
import { openGraph } from '../db/openGraph.ts';
import { LOGGER_REDACTION } from '../http/redaction.ts';
import { displayUrl, listenFailure, readListenAddress, StartupRefused, type ListenAddress } from './listenAddress.ts';
import { shutDownOnSignals } from './shutdown.ts';
import { warmUp } from './warmUp.ts';
import { pruneExpiredKeys } from '../writes/idempotencyKeys.ts';

const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** Frees the space of expired idempotency keys now and hourly; correctness does not depend on it (expiry is checked on read). */
function pruneKeysHourly(db: GraphDb, logger: Logger): void {
  const prune = () =>
    pruneExpiredKeys(db).catch((error: unknown) => logger.warn({ err: error }, 'pruning idempotency keys failed'));
  void prune();
  setInterval(prune, PRUNE_INTERVAL_MS).unref();
}

function listen(handler: ReturnType<typeof createApp>, { host, port }: ListenAddress): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function readConfiguration(): { auth: AuthConfig; address: ListenAddress } {
  try {
    const auth = readAuthConfig();
    return { auth, address: readListenAddress(process.env, auth) };
  } catch (error) {
    throw error instanceof StartupRefused ? error : new StartupRefused((error as Error).message);
  }
}

/** Refusals end the process with their one-line explanation and exit code 1, not a stack trace. */
function exitRefused(message: string): never {
  console.error(message);
  process.exit(1);
}

export async function serve({ clientDir }: { clientDir?: string } = {}): Promise<void> {
  let configuration: ReturnType<typeof readConfiguration>;
  try {
    configuration = readConfiguration();
  } catch (error) {
    exitRefused((error as Error).message);
  }
  const { auth, address } = configuration;
  const graph = await openGraph();
  if (await isGraphEmpty(graph.db)) {
    console.log('The graph is empty: loading the Prince Group seed graph...');
    const counts = await loadSeed(graph.db);
    console.log(`Seeded ${counts.entities} entities and ${counts.relationships} relationships.`);
  }
  // WARM_UP=off is for bench:first-visit's comparison; a failed warm-up only leaves the first visit slower.
  const warmed = process.env.WARM_UP === 'off' ? null : await warmUp(graph.db).catch(() => null);
  if (warmed !== null) console.log(`Prepared the first screen's queries in ${(warmed / 1000).toFixed(1)} s.`);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: LOGGER_REDACTION });
  const app = createApp({ db: graph.db, logger, clientDir, auth, neo4jProcess: graph.neo4jProcess });
  const server = await listen(app, address).catch(async (error: NodeJS.ErrnoException) => {
    await graph.close();
    exitRefused(listenFailure(error, address));
  });
  pruneKeysHourly(graph.db, logger);
  const drainMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 10_000);
  shutDownOnSignals(server, { drainMs, release: () => graph.close(), log: (m) => console.log(m) });
  console.log(`Graph: ${graph.description}`);
  console.log(describeAuth(auth));
  const { port } = server.address() as AddressInfo;
  console.log(`Sanctions Graph Explorer is running at ${displayUrl({ ...address, port })}`);
}

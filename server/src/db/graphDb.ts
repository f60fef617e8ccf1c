// One driver per process and short helpers that run parameterised Cypher in managed transactions.
import neo4j, {
  isRetryableError,
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';

/** A runaway read or write is cut off by the server after this long. */
const QUERY_TIMEOUT_MS = 30_000;

/**
 * Retry budgets for an interactive API. The driver's own retries (30 s by default) made a request wait up to a
 * minute while the database was down; here an unreachable database gets about a second of retries (a stale
 * pooled connection after a restart is replaced within it) and then a 503, while a transient error of a database
 * that is up (a deadlock, a leader switch) is still retried for a while.
 */
export const RETRY_BUDGET_MS = { unavailable: 1_000, transient: 10_000 };

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
export const isUnavailable = (error: unknown) => error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code);
/** The server cut the transaction off at its time limit (QUERY_TIMEOUT_MS, or the caller's timeoutMs). */
export const isTimedOut = (error: unknown) =>
  error instanceof Neo4jError && error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';

async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  const startedAt = Date.now();
  for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
    try {
      return await work();
    } catch (error) {
      const budget = isUnavailable(error)
        ? RETRY_BUDGET_MS.unavailable
        : isRetryableError(error)
          ? RETRY_BUDGET_MS.transient
          : -1;
      if (Date.now() - startedAt + delay > budget) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export interface TxOptions {
  /** Overrides the interactive time limit: longer for bulk work such as loading the seed on a busy machine, shorter
   * for a plan that has a slower but surer alternative (the shortest paths' meeting in the middle). */
  timeoutMs?: number;
}

export interface GraphDb {
  readonly driver: Driver;
  readonly database: string;
  /** Runs one read query in a managed (retried) read transaction. */
  read<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
    options?: TxOptions,
  ): Promise<QueryResult<R>>;
  /**
   * Runs one small read query on its own (an auto-commit transaction, retried alike): one round trip to Neo4j
   * instead of two, for a check made before every request (screening's listed generation).
   */
  readOnce<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>>;
  /** Runs work in one managed write transaction: all of it commits, or none. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Runs work in one managed read transaction. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Checks once, without retries, that the database answers a query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function createGraphDb(config: Neo4jConfig): GraphDb {
  // The local Neo4j runs without auth and accepts any credentials; an external one checks them.
  const auth = neo4j.auth.basic(config.user, config.password);
  const driver = neo4j.driver(config.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Waiting for a free pooled connection under load is not a fault; a socket that does not connect is.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 1_500,
    // Retries are ours (withRetries), with budgets that tell an unreachable database from a transient error.
    maxTransactionRetryTime: 0,
  });
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  async function withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    options: TxOptions = {},
  ): Promise<T> {
    const txConfig = { timeout: options.timeoutMs ?? QUERY_TIMEOUT_MS };
    return withRetries(async () => {
      const s = session(mode);
      try {
        return mode === 'READ' ? await s.executeRead(work, txConfig) : await s.executeWrite(work, txConfig);
      } finally {
        await s.close();
      }
    });
  }

  return {
    driver,
    database: config.database,
    read: (cypher, params = {}, options) => withSession('READ', (tx) => tx.run(cypher, params), options),
    readTx: (work, options) => withSession('READ', work, options),
    readOnce: (cypher, params = {}) =>
      withRetries(async () => {
        const s = session('READ');
        try {
          return await s.run(cypher, params, { timeout: QUERY_TIMEOUT_MS });
        } finally {
          await s.close();
        }
      }),
    writeTx: (work, options) => withSession('WRITE', work, options),
    ping: async () => {
      const s = session('READ');
      try {
        await s.run('RETURN 1', {}, { timeout: 5_000 });
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

/** Waits until the server answers, for start-up right after the JVM reports ready. */
export async function waitForNeo4j(db: GraphDb, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

// One driver per process and short helpers that run parameterised Cypher in managed transactions.
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';

/** A runaway read or write is cut off by the server after this long. */
const QUERY_TIMEOUT_MS = 30_000;

export interface TxOptions {
  /** Overrides the interactive time limit, for bulk work such as loading the seed on a busy machine. */
  timeoutMs?: number;
}

export interface GraphDb {
  readonly driver: Driver;
  readonly database: string;
  /** Runs one read query in a managed (retried) read transaction. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>): Promise<QueryResult<R>>;
  /** Runs work in one managed write transaction: all of it commits, or none. */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Runs work in one managed read transaction. */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
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
    connectionAcquisitionTimeout: 20_000,
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
    const s = session(mode);
    const txConfig = { timeout: options.timeoutMs ?? QUERY_TIMEOUT_MS };
    try {
      return mode === 'READ' ? await s.executeRead(work, txConfig) : await s.executeWrite(work, txConfig);
    } finally {
      await s.close();
    }
  }

  return {
    driver,
    database: config.database,
    read: (cypher, params = {}) => withSession('READ', (tx) => tx.run(cypher, params)),
    readTx: (work) => withSession('READ', work),
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

// The real serving process for operations tests; by default over the test run's Neo4j.
import { inject } from 'vitest';
import { startServerProcess as startProcess, type ServerProcess } from '../../server/bench/serverProcess.ts';

export type { ServerProcess };

export const startServerProcess = (env: Record<string, string | undefined> = {}): ServerProcess =>
  startProcess({ NEO4J_URI: inject('neo4jUri'), ...env });

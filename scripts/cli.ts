// Small helpers shared by the command-line scripts.
import { MissingPrerequisiteError } from '../neo4j/localNeo4j.ts';

/** Prints the what-to-install paragraph instead of a stack trace, then exits. */
export function exitOnMissingPrerequisite(error: unknown): never {
  if (error instanceof MissingPrerequisiteError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

/** Runs cleanup once on Ctrl-C or SIGTERM, then exits. */
export function onShutdown(cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping...`);
    await cleanup().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

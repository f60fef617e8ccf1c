import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@model': path.resolve('server/src/model'), '@api': path.resolve('server/src/api') } },
  test: {
    globals: true,
    include: ['tests/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'seed/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    // One real Neo4j serves every file; running files one at a time keeps their data apart.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

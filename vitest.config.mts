import path from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CJS and ESM copies; the server's libraries load the CJS one, so tests must too
// ("Cannot use GraphQLSchema from another module or realm" otherwise).
const graphqlDir = path.dirname(createRequire(import.meta.url).resolve('graphql/package.json'));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: `${graphqlDir}/index.js` },
      { find: /^graphql\/(.+?)(\.js)?$/, replacement: `${graphqlDir}/$1.js` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    pool: 'forks',
    // Two cores here: two files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

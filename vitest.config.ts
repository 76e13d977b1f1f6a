import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-dist.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The JSON results let .ci/run print a closing "N passed, N failed" line from the real run.
    reporters: ['default', ['json', { outputFile: '.test-results/results.json' }]],
  },
});

import { defineConfig } from 'vitest/config';

// One vitest project for the whole repository, so that the global setup runs once: a single
// PostgreSQL (embedded unless DATABASE_URL is set) and one migrated test database for every test.
export default defineConfig({
  test: {
    globalSetup: ['stack/src/testing/global-setup.ts'],
    reporters: ['default', './stack/src/testing/summary-reporter.ts'],
    include: ['packages/*/test/**/*.test.ts', 'stack/test/**/*.test.ts', 'gateway/test/**/*.test.ts', 'subgraphs/*/test/**/*.test.ts'],
    // The cold chain's freshness announcer loads hundreds of lot histories a round; the suite's
    // stacks share one database and two cores, so tests drive announceFreshness themselves.
    env: { FRESHNESS_INTERVAL_MS: '0' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

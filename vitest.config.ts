import { defineConfig } from 'vitest/config';

// One vitest process for the whole repository: a single PostgreSQL (embedded unless DATABASE_URL
// is set) is started by the global setup and shared by every project's tests.
export default defineConfig({
  test: {
    globalSetup: ['packages/stack/src/testing/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'packages', include: ['packages/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'members', include: ['subgraphs/members/test/**/*.test.ts'] } },
      { extends: true, test: { name: 'coldchain', include: ['subgraphs/coldchain/test/**/*.test.ts'] } },
    ],
  },
});

// Integration tier: the full AppModule over real HTTP against real PostgreSQL.
const { jestBase } = require('../../tools/test/jest-base.cjs');

module.exports = {
  ...jestBase({ tier: 'integration', rootDir: __dirname }),
  displayName: 'api-integration',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/integration/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/setup/global-teardown.ts',
  setupFiles: ['<rootDir>/test/integration/setup/worker-database.ts'],
  // Each worker has its own copy of the database (setup/workers.ts).
  maxWorkers: Math.max(1, Number(process.env.INT_WORKERS ?? 2) || 1),
  testTimeout: 60000,
};

// Cluster tier: the product as it runs in production (PgBouncer in transaction mode,
// 2 API + 2 web replicas, HAProxy) on a PostgreSQL of its own, driven over real HTTP.
// `node tools/test/run-all.mjs cluster`. The cluster is started once (global-setup.cjs).
const { jestBase } = require('../test/jest-base.cjs');

module.exports = {
  ...jestBase({ tier: 'cluster', rootDir: __dirname }),
  displayName: 'cluster',
  testMatch: ['<rootDir>/test/**/*.cluster-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.cjs',
  globalTeardown: '<rootDir>/test/global-teardown.cjs',
  // One cluster, and some tests stop parts of it: one file at a time, in a fixed order.
  maxWorkers: 1,
  testSequencer: '<rootDir>/test/sequencer.cjs',
  testTimeout: 180_000,
};

// Repository checks that are tests of the tooling itself (lint boundaries, table ownership).
const { jestBase } = require('./test/jest-base.cjs');

module.exports = {
  ...jestBase({ tier: 'architecture', rootDir: __dirname }),
  displayName: 'architecture',
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 180000,
};

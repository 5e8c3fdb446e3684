// End-to-end journeys: drive the running web app (E2E_BASE_URL) in Debian
// Chromium through playwright-core. The stack (API + web + seeded database)
// is started by global-setup.cjs, one per worker (E2E_STACKS, default 2), or
// an already running one is given in E2E_BASE_URL; see apps/web-e2e/README.md.
const { e2eStackCount } = require('./stack-count.cjs');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  globalSetup: '<rootDir>/global-setup.cjs',
  globalTeardown: '<rootDir>/global-teardown.cjs',
  setupFiles: ['<rootDir>/worker-env.cjs'],
  // Longest file first (durations.json), so the workers finish together.
  testSequencer: '<rootDir>/sequencer.cjs',
  reporters: ['default', [require.resolve('../../tools/test/count-reporter.cjs'), { tier: 'e2e' }]],
  testTimeout: 60000,
  maxWorkers: e2eStackCount(),
};

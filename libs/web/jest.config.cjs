// Unit tests for the web libs (pure functions, and components with Testing Library in jsdom): `jest -c libs/web/jest.config.cjs`.
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'web-libs',
  rootDir: __dirname,
  testEnvironment: 'node',
  reporters: [
    'default',
    [require.resolve('../../tools/test/count-reporter.cjs'), { tier: 'unit-web' }],
  ],
  // Specs are pure functions (node); component specs (*.spec.tsx) opt into jsdom with a `/** @jest-environment jsdom */` docblock.
  testMatch: ['<rootDir>/*/src/**/*.spec.ts', '<rootDir>/*/src/**/*.spec.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@mic/shared-util$': path.join(root, 'libs/shared/util/src/index.ts'),
    '^@mic/web-ui$': path.join(root, 'libs/web/ui/src/index.ts'),
    '^@mic/web-data-access$': path.join(root, 'libs/web/data-access/src/index.ts'),
    '^@mic/web-feature-auth$': path.join(root, 'libs/web/feature-auth/src/index.ts'),
    '^@mic/web-feature-directory$': path.join(root, 'libs/web/feature-directory/src/index.ts'),
    '^@mic/web-feature-commitments$': path.join(root, 'libs/web/feature-commitments/src/index.ts'),
    '^@mic/web-feature-admin$': path.join(root, 'libs/web/feature-admin/src/index.ts'),
    '^@mic/web-feature-audit$': path.join(root, 'libs/web/feature-audit/src/index.ts'),
    '^@mic/web-feature-search$': path.join(root, 'libs/web/feature-search/src/index.ts'),
    '^@mic/web-feature-events$': path.join(root, 'libs/web/feature-events/src/index.ts'),
    '^@mic/web-feature-dashboards$': path.join(root, 'libs/web/feature-dashboards/src/index.ts'),
    '^@mic/shared-util$': path.join(root, 'libs/shared/util/src/index.ts'),
  },
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

// Shared Jest settings: @swc/jest with the same swc options as the API build.
const path = require('node:path');

const { swcOptions, root } = require('../build/swc-options.cjs');

function jestBase({ tier, rootDir }) {
  return {
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcOptions(), swcrc: false }] },
    moduleNameMapper: {
      '^@mic/shared-util$': path.join(root, 'libs/shared/util/src/index.ts'),
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    reporters: ['default', [path.join(__dirname, 'count-reporter.cjs'), { tier }]],
    cacheDirectory: path.join(root, 'node_modules/.cache/jest'),
  };
}

module.exports = { jestBase, root };

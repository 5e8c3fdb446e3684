// Shared Jest settings: @swc/jest with the same swc options as the API build.
const path = require('node:path');

const { swcOptions, root } = require('../build/swc-options.cjs');

function jestBase({ tier, rootDir }) {
  return {
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcOptions(), swcrc: false }] },
    // openid-client and its dependencies are ESM only: Node 20 require()s them natively, but Jest's own
    // module loader cannot, so they are compiled to CommonJS like the sources.
    transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
    moduleNameMapper: {
      '^@mic/shared-util$': path.join(root, 'libs/shared/util/src/index.ts'),
    },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    reporters: ['default', [path.join(__dirname, 'count-reporter.cjs'), { tier }]],
    cacheDirectory: path.join(root, 'node_modules/.cache/jest'),
  };
}

module.exports = { jestBase, root };

// One swc configuration for the API build and for Jest (@swc/jest).
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function swcOptions({ sourceMaps = true } = {}) {
  return {
    sourceMaps,
    module: { type: 'commonjs', strictMode: true },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      baseUrl: root,
      paths: {
        '@mic/shared-util': ['./libs/shared/util/src/index.ts'],
      },
    },
  };
}

module.exports = { swcOptions, root };

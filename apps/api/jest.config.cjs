// Unit tier: services, policies, mappers, validators. No database.
const { jestBase } = require('../../tools/test/jest-base.cjs');

module.exports = {
  ...jestBase({ tier: 'unit', rootDir: __dirname }),
  displayName: 'api-unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};

// The integration harness shares the PostgreSQL finder with the e2e tier and `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const shared = require('../../../../../tools/test/test-database.cjs') as {
  findServer: (
    log: (m: string) => void,
  ) => Promise<{ serverUrl: string; stop: () => Promise<void> }>;
  createTestDatabase: (
    server: { serverUrl: string },
    prefix?: string,
  ) => Promise<{ name: string; url: string; drop: () => Promise<void> }>;
  cloneTestDatabase: (
    server: { serverUrl: string },
    template: string,
    count: number,
  ) => Promise<{ urls: string[]; drop: () => Promise<void> }>;
};

export const findServer = shared.findServer;
export const createTestDatabase = shared.createTestDatabase;
export const cloneTestDatabase = shared.cloneTestDatabase;

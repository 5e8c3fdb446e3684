import { runMigrations } from '../../../src/database/database-tasks';
import { cloneTestDatabase, createTestDatabase, findServer } from './test-database';
import { INTEGRATION_WORKERS } from './workers';

declare global {
  var __MIC_TEST_DB__: { drop: () => Promise<void>; stop: () => Promise<void> } | undefined;
}

/** Once per run: a fresh database with every migration applied. */
export default async function globalSetup(): Promise<void> {
  const server = await findServer((m) => process.stdout.write(`[test-db] ${m}\n`));
  const db = await createTestDatabase(server);
  await runMigrations(db.url);
  // One copy of the migrated database per Jest worker (worker-database.ts picks its own).
  const clones = await cloneTestDatabase(server, db.name, INTEGRATION_WORKERS);
  process.env.DATABASE_URL = db.url;
  process.env.MIC_TEST_DB_URLS = clones.urls.join(',');
  process.env.TEST_SERVER_URL = server.serverUrl;
  globalThis.__MIC_TEST_DB__ = {
    drop: async () => {
      await clones.drop();
      await db.drop();
    },
    stop: server.stop,
  };
}

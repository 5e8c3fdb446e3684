import { runMigrations } from '../../../src/database/database-tasks';
import { createTestDatabase, findServer } from './test-database';

declare global {
  var __MIC_TEST_DB__: { drop: () => Promise<void>; stop: () => Promise<void> } | undefined;
}

/** Once per run: a fresh database with every migration applied. */
export default async function globalSetup(): Promise<void> {
  const server = await findServer((m) => process.stdout.write(`[test-db] ${m}\n`));
  const db = await createTestDatabase(server);
  await runMigrations(db.url);
  process.env.DATABASE_URL = db.url;
  process.env.TEST_SERVER_URL = server.serverUrl;
  globalThis.__MIC_TEST_DB__ = { drop: db.drop, stop: server.stop };
}

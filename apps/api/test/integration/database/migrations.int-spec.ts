import { pendingSchemaChanges, revertMigrations, runMigrations } from '../../../src/database/database-tasks';
import { MIGRATIONS } from '../../../src/database/migrations';
import { createTestDatabase } from '../setup/test-database';

describe('migrations', () => {
  let db: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    db = await createTestDatabase({ serverUrl: process.env.TEST_SERVER_URL as string }, 'mic_migr');
  });

  afterAll(async () => {
    await db.drop();
  });

  it('should run up, down and up again on an empty database', async () => {
    const first = await runMigrations(db.url);
    expect(first).toHaveLength(MIGRATIONS.length);
    const reverted = await revertMigrations(db.url, Infinity);
    expect(reverted).toBe(MIGRATIONS.length);
    const second = await runMigrations(db.url);
    expect(second).toEqual(first);
  });

  it('should leave no drift between entities and migrations', async () => {
    const changes = await pendingSchemaChanges(db.url);
    expect(changes.up).toEqual([]);
  });
});

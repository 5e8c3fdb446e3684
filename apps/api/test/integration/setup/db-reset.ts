import type { DataSource } from 'typeorm';

import { seedDemoData } from '../../../src/database/seeds/demo-seed';
import { seedReferenceData } from '../../../src/database/seeds/reference-seed';
import { testPasswordHash } from '../factories/user.factory';

// public_content_version only ever grows (a shrinking sum could bring back a cached answer).
const KEEP = new Set(['migrations', 'typeorm_metadata', 'public_content_version']);

/** Empties every table, then loads reference data and the demo directory and accounts. */
export async function resetDatabase(db: DataSource): Promise<void> {
  const tables: { tablename: string }[] = await db.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const names = tables.map((t) => t.tablename).filter((t) => !KEEP.has(t));
  if (names.length) {
    // audit_log refuses TRUNCATE unless the transaction sets the sanctioned
    // maintenance flag (migration audit-log-append-only); only this reset uses it.
    await db.transaction(async (manager) => {
      await manager.query(`SELECT set_config('mic.audit_maintenance', 'on', true)`);
      await manager.query(
        `TRUNCATE ${names.map((n) => `"${n}"`).join(', ')} RESTART IDENTITY CASCADE`,
      );
    });
  }
  // Queued jobs left by earlier files (e.g. mail for rows just truncated) would run in this file.
  const boss: { job: string | null }[] = await db.query(
    `SELECT to_regclass('pgboss.job')::text AS job`,
  );
  if (boss[0]?.job) await db.query('DELETE FROM pgboss.job');
  await db.transaction(async (manager) => {
    await seedReferenceData(manager);
    await seedDemoData(manager, async () => testPasswordHash());
  });
}

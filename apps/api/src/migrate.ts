import { appLogger } from './common/logging/json-logger';
import { migrationDatabaseUrlFromEnv } from './config/database.config';
import { revertMigrations, runMigrations, seed } from './database/database-tasks';

/**
 * Production migration entry point: the API image's `migrate` command, run by the Container Apps
 * job before a new revision takes traffic (docs/deploy.md).
 *   migrate.js         applies pending migrations, then upserts the reference data every install
 *                      needs (ICSs, places, themes, metrics); never the demo content
 *   migrate.js revert  reverts the last migration (a rollback that needs the older schema)
 */
async function main(command: string | undefined): Promise<void> {
  const url = migrationDatabaseUrlFromEnv();
  if (command === 'revert') {
    const reverted = await revertMigrations(url, 1);
    appLogger().write('info', 'migrations reverted', { count: reverted });
    return;
  }
  if (command !== undefined) throw new Error(`unknown command ${command} (usage: migrate.js [revert])`);
  const applied = await runMigrations(url);
  appLogger().write('info', 'migrations applied', { applied, count: applied.length });
  await seed(url, { demo: false });
  appLogger().write('info', 'reference data seeded');
}

main(process.argv[2]).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  appLogger().write('error', 'migration failed', { error: message });
  process.exit(1);
});

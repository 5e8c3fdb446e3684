import { appLogger } from './common/logging/json-logger';
import { migrationDatabaseUrlFromEnv } from './config/database.config';
import { runMigrations, seed } from './database/database-tasks';

/**
 * Production migration entry point (the API image's `migrate` command, run by
 * the Container Apps job before a new revision takes traffic; docs/deploy.md):
 * applies pending migrations, then upserts the reference data every install
 * needs (ICSs, places, themes, metrics). Never the demo content.
 */
async function main(): Promise<void> {
  const url = migrationDatabaseUrlFromEnv();
  const applied = await runMigrations(url);
  appLogger().write('info', 'migrations applied', { applied, count: applied.length });
  await seed(url, { demo: false });
  appLogger().write('info', 'reference data seeded');
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  appLogger().write('error', 'migration failed', { error: message });
  process.exit(1);
});

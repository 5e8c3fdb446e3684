import { registerAs } from '@nestjs/config';

import { envSchema, parseEnv } from './env.schema';

export const databaseConfig = registerAs('database', () => {
  const env = parseEnv(process.env);
  return {
    url: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE,
    countQueries: env.SQL_QUERY_COUNTING,
  };
});

/** Read by the TypeORM CLI data source, which runs outside Nest. */
export function databaseUrlFromEnv(): string {
  return parseEnv(process.env).DATABASE_URL;
}

/**
 * The migration runner's only setting (`node dist/apps/api/src/migrate.js`, the
 * Container Apps migration job): it needs none of the API's secrets, and it is
 * given the direct server URL, never the pooler's (docs/deploy.md).
 */
export function migrationDatabaseUrlFromEnv(): string {
  const result = envSchema.shape.DATABASE_URL.safeParse(process.env['DATABASE_URL']);
  if (!result.success) {
    throw new Error('Invalid configuration:\n  DATABASE_URL: must be a postgres:// connection URL');
  }
  return result.data;
}

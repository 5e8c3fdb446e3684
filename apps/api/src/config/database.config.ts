import { registerAs } from '@nestjs/config';

import { parseEnv } from './env.schema';

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

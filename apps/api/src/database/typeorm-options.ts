import type { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { queryCounter } from './query-counter';

export function typeormOptions(
  url: string,
  poolSize = 10,
  countQueries = false,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: countQueries ? ['query'] : false,
    logger: countQueries ? queryCounter : undefined,
    // Fail fast (SERVICE_UNAVAILABLE) instead of waiting forever for an unreachable server.
    connectTimeoutMS: 5000,
    extra: { max: poolSize, application_name: 'mic-api' },
  };
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { createApp } from '../../../src/bootstrap';
import { queryCounter } from '../../../src/database/query-counter';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  close: () => Promise<void>;
}

/** The full AppModule on a random port, against the run's test database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SQL_QUERY_COUNTING: 'true',
    JOBS_WORKERS: 'false',
    API_PORT: '4999',
    ...env,
  });
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    db: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

/** Counts SQL statements issued while `work` runs. */
export async function countQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; count: number; statements: readonly string[] }> {
  queryCounter.reset();
  const result = await work();
  return { result, count: queryCounter.total, statements: [...queryCounter.recorded] };
}

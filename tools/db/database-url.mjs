// Resolves the database for `npm start` and the db scripts: DATABASE_URL when
// set, otherwise an embedded PostgreSQL with data in .data/pg.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pgServer = require('./pg-server.cjs');

export const EMBEDDED_DB = 'mic';

export async function resolveDatabase(log = (m) => console.log(`[db] ${m}`)) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error('EMBEDDED_PG_PORT must be a port number');
  }
  const embedded = await pgServer.startEmbedded({ dataDir: '.data/pg', port, log });
  await pgServer.createDatabaseIfMissing(pgServer.urlFor(embedded.port, 'postgres'), EMBEDDED_DB);
  return { url: pgServer.urlFor(embedded.port, EMBEDDED_DB), embedded };
}

// What every API benchmark needs: a fresh database (on DATABASE_SERVER_URL or
// the embedded PostgreSQL under .data/pg) and the API alone, built and run as
// in production, on it.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pgServer = require('../db/pg-server.cjs');

/**
 * Creates `database` afresh, starts the API on `apiPort` against it and
 * returns its URL and a stop() that stops the API, drops the database and
 * stops an embedded server this call started.
 */
export async function startBenchApi({ database, apiPort }) {
  let embedded = null;
  let serverUrl = process.env.DATABASE_SERVER_URL;
  if (!serverUrl) {
    embedded = await pgServer.startEmbedded({
      dataDir: '.data/pg',
      port: Number(process.env.EMBEDDED_PG_PORT ?? 54341),
      log: (m) => console.log(`[db] ${m}`),
    });
    serverUrl = pgServer.urlFor(embedded.port, 'postgres');
  }
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${database}`;
  await pgServer.dropDatabase(serverUrl, database);
  await pgServer.createDatabaseIfMissing(serverUrl, database);

  process.env.DATABASE_URL = dbUrl.toString(); // startStack resolves the database from the environment
  const { startStack } = await import('../dev/stack.mjs');
  const stack = await startStack({
    web: false,
    apiPort,
    quiet: true,
    demo: false,
    log: (m) => console.log(`[stack] ${m}`),
    env: {
      DATABASE_URL: dbUrl.toString(),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DEMO_MODE: 'false',
      // production config requires a device-cookie secret (sign-in throttling, ADR 0007)
      DEVICE_COOKIE_SECRET:
        process.env.DEVICE_COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
      SSO_SECRET_KEY: process.env.SSO_SECRET_KEY ?? randomBytes(32).toString('base64'),
      ...(process.env.BENCH_API_NODE_OPTIONS
        ? { NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS }
        : {}),
    },
  });
  return {
    databaseUrl: dbUrl.toString(),
    pid: stack.apiPid,
    stop: async () => {
      await stack.stop();
      // BENCH_KEEP_DB=1 keeps the seeded database, to EXPLAIN its statements afterwards.
      if (process.env.BENCH_KEEP_DB !== '1') {
        await pgServer.dropDatabase(serverUrl, database).catch(() => {});
      }
      if (embedded && !embedded.adopted) await embedded.stop();
    },
  };
}

/**
 * CPU time (user + system, in ms) a process has used so far, read from /proc (Linux), or null
 * elsewhere. CPU per request is steadier than requests per second on a shared machine.
 */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] and fields[12] are utime and stime (the 14th and 15th of the whole line), in ticks
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

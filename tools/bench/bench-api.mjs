// What every API benchmark needs: a fresh database (on DATABASE_SERVER_URL or
// the embedded PostgreSQL under .data/pg) and the API alone, built and run as
// in production, on it.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pgServer = require('../db/pg-server.cjs');

const ROOT = new URL('../..', import.meta.url).pathname;

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

/**
 * One built API process (dist/, as production runs it: NODE_ENV=production, the production node
 * flags unless BENCH_API_NODE_ARGS replaces them) on a free port, against `databaseUrl`, with
 * `env` added. Resolves once `readyPath` answers 200 (`/health/ready` also waits for the job
 * workers). For benches that run several processes or their own mail server; startBenchApi is the
 * one-process stack.
 */
export async function spawnApi({ databaseUrl, env = {}, readyPath = '/health', nodeArgs = [] }) {
  const { apiNodeFlags } = await import('../dev/stack.mjs');
  const port = await pgServer.freePort();
  const child = spawn(
    process.execPath,
    [...apiNodeFlags(), ...nodeArgs, 'dist/apps/api/src/main.js'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        DATABASE_URL: databaseUrl,
        API_PORT: String(port),
        API_HOST: '127.0.0.1',
        // Production refuses to start without them (env.schema.ts); any random value does for a bench.
        DEVICE_COOKIE_SECRET:
          process.env.DEVICE_COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
        SSO_SECRET_KEY: process.env.SSO_SECRET_KEY ?? randomBytes(32).toString('base64'),
        ...env,
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error('API process exited during start');
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a bench's main(): a failure prints its stack and exits 1. */
export function runBench(main) {
  main().catch((error) => {
    console.error(error instanceof Error ? `${error.message}\n${error.stack}` : String(error));
    process.exit(1);
  });
}

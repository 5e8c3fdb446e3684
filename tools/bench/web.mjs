// Web benchmark (issue #16): first-load JavaScript and Lighthouse scores on the
// public read routes, measured against the production build of the web app.
//
//   node tools/bench/web.mjs [--url http://localhost:3000 --api-url http://localhost:4000/graphql]
//                            [--form-factor mobile|desktop|both] [--runs 1] [--no-lighthouse]
//                            [--member lead@example.org]
//
// Without --url it builds what is stale (API and web, as the e2e tier does),
// creates a fresh seeded demo database on the test PostgreSQL server (the
// machine's own on 127.0.0.1:5432, or the embedded one), starts the stack on
// free ports, measures, and stops everything again.
//
// First-load JS of a route: the sum of the gzip sizes (zlib, level 9, what a
// compressing proxy or `next start` sends) of every `<script src>` chunk the
// route's HTML loads (not the `noModule` legacy polyfills, which modern
// browsers never run). The inline flight data (`self.__next_f.push`) is page
// payload, not code, and is reported separately as "inline".
//
// Lighthouse: the `lighthouse` npm package (12.x, the last line for Node 20)
// driving Debian Chromium (/usr/bin/chromium, or CHROME_PATH), with its
// default simulated throttling; every column is the median of --runs runs.
// Mobile scores depend on the CPU: on a busy machine run with --runs 3 or more.
// Targets: JS <= 130 kB gzip, performance >= 95, accessibility 100.
// /toolkits is for members only: it is measured signed in as --member (a demo
// account, signed in through the API; the session cookie is sent with every
// request). The other routes are measured anonymously.
// Not a test.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    'api-url': { type: 'string' },
    member: { type: 'string', default: 'lead@example.org' },
    'form-factor': { type: 'string', default: 'both' },
    runs: { type: 'string', default: '1' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});

const DEMO_PASSWORD = 'commons-demo-2026';
const JS_TARGET_KB = 130;
const PERF_TARGET = 95;
const A11Y_TARGET = 100;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const log = (m) => process.stderr.write(`[bench:web] ${m}\n`);

/** Routes that need a signed-in member. */
const MEMBER_ROUTES = new Set(['/toolkits']);
let memberCookie = '';
const cookieFor = (route) => (MEMBER_ROUTES.has(route) ? memberCookie : '');

async function signInMember(apiUrl, email) {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = await res.json();
  const token = body.data?.signIn?.accessToken;
  if (!token) throw new Error(`signing in ${email} failed: ${JSON.stringify(body.errors ?? body)}`);
  // The web server runs with NODE_ENV=production: the cookie has the __Host- prefix.
  memberCookie = `__Host-${process.env.SESSION_COOKIE_NAME || 'mic_session'}=${token}`;
}

async function fetchText(url, cookie = '') {
  const res = await fetch(url, { redirect: 'follow', headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`${url}: status ${res.status}`);
  return res.text();
}

const gzipSize = (text) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;

/** The public read routes, with a published case study found from the list page. */
async function readRoutes(base) {
  const list = await fetchText(`${base}/case-studies`);
  const reserved = new Set(['new', 'mine', 'review']);
  const slug = [...list.matchAll(/href="\/case-studies\/([a-z0-9-]+)"/g)]
    .map((m) => m[1])
    .find((s) => !reserved.has(s));
  const routes = ['/', '/case-studies', '/events', '/toolkits'];
  if (slug) routes.splice(2, 0, `/case-studies/${slug}`);
  else log('no published case study found on /case-studies; the case study route is skipped');
  return routes;
}

const chunkCache = new Map();
async function chunkGzip(url) {
  if (!chunkCache.has(url)) chunkCache.set(url, fetchText(url).then(gzipSize));
  return chunkCache.get(url);
}

/** First-load JS of one route: { chunks, jsGzip, inlineGzip, htmlGzip }. */
async function firstLoadJs(base, route) {
  const html = await fetchText(`${base}${route}`, cookieFor(route));
  // `noModule` scripts (the legacy polyfills) are skipped by every browser that runs modules.
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !/\bnomodule\b/i.test(tag))
        .map((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1])
        .filter(Boolean)
        .map((src) => src.replace(/&amp;/g, '&')),
    ),
  ];
  const sizes = await Promise.all(srcs.map((src) => chunkGzip(new URL(src, base).href)));
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  return {
    chunks: srcs.length,
    jsGzip: sizes.reduce((a, b) => a + b, 0),
    inlineGzip: gzipSize(inline),
    htmlGzip: gzipSize(html),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

async function lighthouseScores(base, routes, formFactor, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const config =
    formFactor === 'desktop'
      ? (await import('lighthouse/core/config/desktop-config.js')).default
      : undefined;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  const results = {};
  // Lighthouse's CPU benchmark of this machine during the runs (higher is faster; a busy machine scores low).
  const cpu = [];
  try {
    for (const route of routes) {
      const perf = [];
      const a11y = [];
      const lcp = [];
      const tbt = [];
      const failed = new Set();
      for (let i = 0; i < runs; i += 1) {
        const result = await lighthouse(
          `${base}${route}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            ...(cookieFor(route) ? { extraHeaders: { Cookie: cookieFor(route) } } : {}),
          },
          config,
        );
        const { categories, audits } = result.lhr;
        perf.push(Math.round(categories.performance.score * 100));
        a11y.push(Math.round(categories.accessibility.score * 100));
        lcp.push(audits['largest-contentful-paint'].numericValue);
        tbt.push(audits['total-blocking-time'].numericValue);
        cpu.push(result.lhr.environment.benchmarkIndex);
        for (const ref of categories.accessibility.auditRefs) {
          const audit = audits[ref.id];
          if (audit?.scoreDisplayMode === 'binary' && audit.score === 0) failed.add(ref.id);
        }
      }
      // Each column is its own median over the runs.
      results[route] = {
        perf: median(perf),
        a11y: median(a11y),
        lcp: median(lcp),
        tbt: median(tbt),
        failedA11y: [...failed],
      };
      log(
        `${formFactor} ${route}: performance ${results[route].perf}, accessibility ${results[route].a11y}`,
      );
    }
  } finally {
    await chrome.kill();
  }
  results.benchmarkIndex = median(cpu);
  return results;
}

async function startOwnStack() {
  const { findServer, createTestDatabase } = require(
    path.join(root, 'tools/test/test-database.cjs'),
  );
  const { freePort } = require(path.join(root, 'tools/db/pg-server.cjs'));
  const { startStack } = await import(pathToFileURL(path.join(root, 'tools/dev/stack.mjs')).href);
  const server = await findServer(log);
  const db = await createTestDatabase(server, 'mic_bench_web');
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = db.url;
  try {
    const stack = await startStack({
      apiPort: await freePort(),
      webPort: await freePort(),
      idpPort: await freePort(),
      demo: true,
      quiet: true,
      log,
    });
    return {
      url: stack.webUrl,
      apiUrl: stack.apiUrl,
      stop: async () => {
        await stack.stop().catch(() => {});
        await db.drop().catch(() => {});
        await server.stop();
      },
    };
  } catch (error) {
    await db.drop().catch(() => {});
    await server.stop();
    throw error;
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

async function main() {
  const own = args.url ? null : await startOwnStack();
  const base = (args.url ?? own.url).replace(/\/$/, '');
  try {
    const apiUrl = args['api-url'] ?? own?.apiUrl;
    if (apiUrl) await signInMember(apiUrl, args.member);
    else log('no --api-url: /toolkits is measured signed out (the sign-in page)');
    const routes = await readRoutes(base);
    const js = {};
    for (const route of routes) js[route] = await firstLoadJs(base, route);
    const factors = args['no-lighthouse']
      ? []
      : args['form-factor'] === 'both'
        ? ['mobile', 'desktop']
        : [args['form-factor']];
    const lh = {};
    for (const factor of factors) {
      lh[factor] = await lighthouseScores(base, routes, factor, Math.max(1, Number(args.runs)));
    }
    const label = (r) =>
      (r.startsWith('/case-studies/') ? '/case-studies/:slug' : r) +
      (MEMBER_ROUTES.has(r) && memberCookie ? ' (member)' : '');
    const width = Math.max(...routes.map((r) => label(r).length), 5) + 2;
    const header = [
      pad('route', width),
      lpad('chunks', 6),
      lpad('JS kB gz', 9),
      lpad('inline kB', 10),
      lpad('HTML kB', 8),
    ];
    for (const f of factors)
      header.push(
        lpad(`${f} perf`, 12),
        lpad(`${f} a11y`, 12),
        lpad('LCP ms', 7),
        lpad('TBT ms', 7),
      );
    console.log(header.join(' '));
    let ok = true;
    for (const route of routes) {
      const j = js[route];
      const row = [
        pad(label(route), width),
        lpad(j.chunks, 6),
        lpad(kb(j.jsGzip), 9),
        lpad(kb(j.inlineGzip), 10),
        lpad(kb(j.htmlGzip), 8),
      ];
      if (j.jsGzip / 1024 > JS_TARGET_KB) ok = false;
      for (const f of factors) {
        const s = lh[f][route];
        row.push(
          lpad(s.perf, 12),
          lpad(s.a11y, 12),
          lpad(Math.round(s.lcp), 7),
          lpad(Math.round(s.tbt), 7),
        );
        if (s.perf < PERF_TARGET || s.a11y < A11Y_TARGET) ok = false;
      }
      console.log(row.join(' '));
    }
    for (const f of factors) {
      console.log(
        `${f}: Lighthouse CPU benchmarkIndex (median) ${Math.round(lh[f].benchmarkIndex)}`,
      );
      for (const route of routes) {
        if (lh[f][route].failedA11y.length)
          console.log(
            `${f} ${route}: failing accessibility audits: ${lh[f][route].failedA11y.join(', ')}`,
          );
      }
    }
    console.log(
      `targets: JS <= ${JS_TARGET_KB} kB gzip per route${factors.length ? `, performance >= ${PERF_TARGET}, accessibility ${A11Y_TARGET}` : ''}: ${ok ? 'met' : 'NOT met'}`,
    );
  } finally {
    if (own) await own.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

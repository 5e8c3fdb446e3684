#!/usr/bin/env node
// Benchmark (not a test): memory of ONE API process under mixed load. Starts the API with
// the production start flags (API_NODE_FLAGS, as tools/dev/stack.mjs, the cluster and the
// Docker image use them), job workers on and mail to a real SMTP catcher, then drives
// BENCH_CLIENTS signed-in clients (default 50) for BENCH_MINUTES (default 10):
//   45 % the anonymous case-study feed, 25 % me + one event, 30 % writes (register for an
//   event, then cancel that registration on the client's next write, so rows keep coming).
// Every 10 s it samples the process's RSS (/proc) and V8 heap / external memory (/metrics)
// and prints a table; at the end the RSS growth over the last half of the run.
// Targets (issue #16): RSS <= 250 MB, growth over the last 5 minutes <= 5 %.
//
//   node tools/bench/memory.mjs
//   BENCH_MINUTES=5 BENCH_CLIENTS=50 node tools/bench/memory.mjs
//   BENCH_API_NODE_ARGS="--enable-source-maps --max-semi-space-size=32" node tools/bench/memory.mjs   (other flags, e.g. the old ones)
//   BENCH_HEAPSNAPSHOT=1 node tools/bench/memory.mjs   (writes a heap snapshot of the API at the end, in /tmp)
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { apiNodeFlags } from '../dev/stack.mjs';
import { runBench, spawnApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const { Client } = require('pg');
const { findServer, createTestDatabase } = require('../test/test-database.cjs');
const { startMailCatcher } = require('../dev/mail-catcher.cjs');

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const SAMPLE_MS = 10_000;
const EVENTS = 100;
const METRICS_TOKEN = randomBytes(24).toString('base64url');

const log = (m) => console.log(`[bench] ${m}`);
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

const FEED = `query Feed { caseStudies(first: 20) { edges { node { id slug title summary organisation { name } themes { key label } } } } }`;
const READ = `query Read($id: ID!) { me { id name } event(id: $id) { id title capacity remainingPlaces } }`;
const REGISTER = `mutation Register($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelRegistration(id: $id) { id status } }`;

function post(url, body, token) {
  return new Promise((resolve) => {
    const payload = JSON.stringify(body);
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        timeout: 30_000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* not JSON */
          }
          resolve({ ok: res.statusCode === 200 && json && !json.errors, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ ok: false, json: null }));
    req.end(payload);
  });
}

async function prepare(databaseUrl) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows: org } = await db.query(
      `INSERT INTO organisation (name, type_key) VALUES ('Memory bench organisation', 'VCSE') RETURNING id`,
    );
    const { rows: users } = await db.query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method, membership_status,
                             membership_requested_at, email_confirmed_at)
       SELECT 'memory' || g || '@example.org', 'Memory ' || g, 'x', $1, now(), 'SEEDED', 'VERIFIED', now(), now()
         FROM generate_series(1, $2) g RETURNING id`,
      [org[0].id, CLIENTS],
    );
    await db.query(
      `INSERT INTO role_assignment (user_id, role, scope_key) SELECT id, 'MEMBER', '' FROM app_user WHERE organisation_id = $1`,
      [org[0].id],
    );
    const tokens = users.map(() => randomBytes(32).toString('base64url'));
    await db.query(
      `INSERT INTO session (user_id, token_hash, expires_at) SELECT u, h, now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
      [users.map((u) => u.id), tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    const organiser = users[0].id;
    const { rows: events } = await db.query(
      `INSERT INTO event (title, description, starts_at, ends_at, venue_name, organiser_user_ids, status, capacity, created_by_id)
       SELECT 'Memory bench ' || g, 'A load test event.', now() + interval '30 days', now() + interval '30 days 6 hours',
              'The Studio, Birmingham', $1, 'PUBLISHED', 100000, $2
         FROM generate_series(1, $3) g RETURNING id`,
      [[organiser], organiser, EVENTS],
    );
    return { tokens, events: events.map((e) => e.id) };
  } finally {
    await db.end();
  }
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

async function heapMb(apiUrl) {
  const res = await fetch(`${apiUrl}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await res.text();
  const metric = (name) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
    return m ? Number(m[1]) / 1024 / 1024 : NaN;
  };
  const spaces = [
    ...text.matchAll(/^mic_nodejs_heap_space_size_used_bytes\{space="([^"]+)"\} ([0-9.e+]+)$/gm),
  ];
  const space = (name) => Number(spaces.find((s) => s[1] === name)?.[2] ?? NaN) / 1024 / 1024;
  return {
    heapUsed: metric('mic_nodejs_heap_size_used_bytes'),
    heapTotal: metric('mic_nodejs_heap_size_total_bytes'),
    external: metric('mic_nodejs_external_memory_bytes'),
    oldSpace: space('old'),
    newSpace: space('new'),
    codeSpace: space('code'),
  };
}

async function main() {
  const server = await findServer(log);
  const db = await createTestDatabase(server, 'mic_memory');
  const catcher = await startMailCatcher();
  let api = null;
  try {
    const { count } = await buildApi();
    log(`API compiled (${count} files); fresh database ${db.name}; mail to ${catcher.smtpUrl}`);
    const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
    await tasks.runMigrations(db.url);
    await tasks.seed(db.url, { demo: true });
    const { tokens, events } = await prepare(db.url);

    const snapshotArgs = process.env.BENCH_HEAPSNAPSHOT
      ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${os.tmpdir()}`]
      : [];
    api = await spawnApi({
      databaseUrl: db.url,
      nodeArgs: snapshotArgs,
      env: { JOBS_WORKERS: 'true', SMTP_URL: catcher.smtpUrl, METRICS_TOKEN },
    });
    const apiUrl = api.url;
    const graphqlUrl = `${apiUrl}/graphql`;
    log(
      `one API process (pid ${api.pid}, node ${apiNodeFlags().join(' ') || '(no flags)'}), ${CLIENTS} clients for ${MINUTES} min`,
    );
    log(
      `machine: ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );

    const idle = { rss: rssMb(api.pid), ...(await heapMb(apiUrl)) };
    const counts = { feed: 0, read: 0, register: 0, cancel: 0, errors: 0 };
    const started = Date.now();
    const deadline = started + MINUTES * 60_000;
    const samples = [];
    const header = `${'t (s)'.padStart(6)} ${'RSS MB'.padStart(7)} ${'heap used'.padStart(9)} ${'heap total'.padStart(10)} ${'old'.padStart(6)} ${'new'.padStart(6)} ${'code'.padStart(6)} ${'external'.padStart(8)} ${'req/s'.padStart(7)} ${'errors'.padStart(6)}`;
    const line = (t, s, rate) =>
      `${String(t).padStart(6)} ${s.rss.toFixed(1).padStart(7)} ${s.heapUsed.toFixed(1).padStart(9)} ${s.heapTotal.toFixed(1).padStart(10)} ${s.oldSpace.toFixed(1).padStart(6)} ${s.newSpace.toFixed(1).padStart(6)} ${s.codeSpace.toFixed(1).padStart(6)} ${s.external.toFixed(1).padStart(8)} ${rate.padStart(7)} ${String(counts.errors).padStart(6)}`;
    console.log('');
    console.log(header);
    console.log(line('idle', idle, '-'));
    let lastTotal = 0;
    const sampler = setInterval(async () => {
      const total = counts.feed + counts.read + counts.register + counts.cancel;
      const s = {
        t: Math.round((Date.now() - started) / 1000),
        rss: rssMb(api.pid),
        ...(await heapMb(apiUrl).catch(() => ({}))),
      };
      samples.push(s);
      console.log(line(s.t, s, ((total - lastTotal) / (SAMPLE_MS / 1000)).toFixed(1)));
      lastTotal = total;
    }, SAMPLE_MS);

    await Promise.all(
      tokens.map(async (token, c) => {
        let next = c % EVENTS;
        let toCancel = null;
        while (Date.now() < deadline) {
          const r = Math.random();
          let res;
          if (r < 0.3) {
            if (toCancel) {
              res = await post(graphqlUrl, { query: CANCEL, variables: { id: toCancel } }, token);
              toCancel = null;
              counts.cancel += 1;
            } else {
              next = (next + 1) % EVENTS;
              res = await post(
                graphqlUrl,
                { query: REGISTER, variables: { input: { eventId: events[next], consent: true } } },
                token,
              );
              toCancel = res.json?.data?.registerForEvent?.id ?? null;
              counts.register += 1;
            }
          } else if (r < 0.75) {
            res = await post(graphqlUrl, { query: FEED });
            counts.feed += 1;
          } else {
            res = await post(graphqlUrl, { query: READ, variables: { id: events[next] } }, token);
            counts.read += 1;
          }
          if (!res.ok) counts.errors += 1;
        }
      }),
    );
    clearInterval(sampler);
    const seconds = (Date.now() - started) / 1000;
    const total = counts.feed + counts.read + counts.register + counts.cancel;
    const half = samples.filter((s) => s.t >= seconds / 2);
    const peak = Math.max(...samples.map((s) => s.rss));
    const end = samples.at(-1)?.rss ?? NaN;
    const growth = half.length > 1 ? ((end - half[0].rss) / half[0].rss) * 100 : NaN;
    console.log('');
    console.log(
      `requests: ${total} in ${seconds.toFixed(0)} s (${(total / seconds).toFixed(1)} req/s): feed ${counts.feed}, read ${counts.read}, register ${counts.register}, cancel ${counts.cancel}; errors ${counts.errors}`,
    );
    console.log(
      `RSS: idle ${idle.rss.toFixed(1)} MB, peak ${peak.toFixed(1)} MB, end ${end.toFixed(1)} MB; growth over the last ${((seconds - (half[0]?.t ?? 0)) / 60).toFixed(1)} min ${growth.toFixed(1)} %`,
    );
    console.log(
      `targets: RSS <= 250 MB ${peak <= 250 ? 'met' : 'NOT met'}; growth <= 5 % ${growth <= 5 ? 'met' : 'NOT met'}`,
    );
    if (process.env.BENCH_HEAPSNAPSHOT) {
      process.kill(api.pid, 'SIGUSR2');
      await new Promise((r) => setTimeout(r, 15_000));
      log(`heap snapshot written to ${os.tmpdir()} (Heap.*.heapsnapshot)`);
    }
  } finally {
    await api?.stop();
    agent.destroy();
    await catcher.close();
    await db.drop().catch(() => {});
    await server.stop?.().catch?.(() => {});
  }
}

runBench(main);

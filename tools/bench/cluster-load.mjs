#!/usr/bin/env node
// Benchmark (not a test): mixed load through the production-like cluster
// (HAProxy → 2 API replicas → PgBouncer in transaction mode → PostgreSQL; tools/cluster).
// 200 concurrent clients, each signed in, 70 % reads / 30 % writes for 60 s:
//   reads:  caseStudies(first: 20) (anonymous, half of the reads; sent as a GET, as the web app
//           sends signed-out queries, so the API's public cache answers it; BENCH_FEED_METHOD=POST
//           executes every one) or me + event(id)
//   writes: registerForEvent (a place on one of 100 events; row lock on the event)
// Prints throughput, p50/p95/p99 latency and errors, overall and per kind.
//
//   node tools/bench/cluster-load.mjs
//   BENCH_CLIENTS=50 BENCH_SECONDS=30 BENCH_WRITE_SHARE=0.3 node tools/bench/cluster-load.mjs
//   BENCH_CLUSTER_URL=http://localhost:8081/graphql BENCH_DATABASE_URL=postgres://… (a running `npm run start:cluster`)
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';

import { startCluster } from '../cluster/cluster.mjs';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WRITE_SHARE = Number(process.env.BENCH_WRITE_SHARE ?? 0.3);
const EVENTS = 100;
const log = (m) => console.log(`[bench] ${m}`);

const FEED = `query Feed { caseStudies(first: 20) { edges { node { id slug title summary organisation { name } themes { key label } } } } }`;
const READ = `query Read($id: ID!) { me { id name } event(id: $id) { id title capacity } }`;
const REGISTER = `mutation Register($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status } }`;

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });

const FEED_METHOD = process.env.BENCH_FEED_METHOD === 'POST' ? 'POST' : 'GET';

function post(url, body, token, method = 'POST') {
  return new Promise((resolve) => {
    const payload = method === 'POST' ? JSON.stringify(body) : '';
    const target =
      method === 'POST'
        ? url
        : `${url}?${new URLSearchParams({ query: body.query, ...(body.variables ? { variables: JSON.stringify(body.variables) } : {}) })}`;
    const req = http.request(
      target,
      {
        method,
        agent,
        timeout: 30_000,
        headers: {
          ...(method === 'POST'
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let ok = res.statusCode === 200;
          if (ok) {
            try {
              ok = !JSON.parse(Buffer.concat(chunks).toString('utf8')).errors;
            } catch {
              ok = false;
            }
          }
          resolve({ ok, status: res.statusCode });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ ok: false, status: 0, error: error.message }));
    req.end(method === 'POST' ? payload : undefined);
  });
}

/** Users with live sessions (tokens), events with room: straight into PostgreSQL, like the test factories. */
async function prepare(databaseUrl) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const template = (
      await db.query(
        `SELECT password_hash, organisation_id FROM app_user WHERE email = 'member@example.org'`,
      )
    ).rows[0];
    const organiser = (
      await db.query(`SELECT id FROM app_user WHERE email = 'organiser@example.org'`)
    ).rows[0];
    if (!template || !organiser)
      throw new Error('the demo seed is missing (member@ and organiser@example.org)');
    const run = randomBytes(3).toString('hex');
    const tokens = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const { rows } = await db.query(
        `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method,
                               membership_status, membership_requested_at, email_confirmed_at)
         VALUES ($1, $2, $3, $4, now(), 'SEEDED', 'VERIFIED', now(), now()) RETURNING id`,
        [
          `bench-${run}-${i}@example.org`,
          `Bench ${i}`,
          template.password_hash,
          template.organisation_id,
        ],
      );
      await db.query(
        `INSERT INTO role_assignment (user_id, role, ics_id, scope_key) VALUES ($1, 'MEMBER', NULL, '')`,
        [rows[0].id],
      );
      const token = randomBytes(32).toString('base64url');
      await db.query(
        `INSERT INTO session (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
        [rows[0].id, createHash('sha256').update(token).digest('hex')],
      );
      tokens.push(token);
    }
    const events = [];
    for (let i = 0; i < EVENTS; i += 1) {
      const { rows } = await db.query(
        `INSERT INTO event (title, description, starts_at, ends_at, venue_name, organiser_user_ids, status, capacity,
                            offer_hours, requires_approval, retention_days, questions, ics_ods_codes, themes, created_by_id)
         VALUES ($1, 'A load test event.', now() + interval '30 days', now() + interval '30 days 6 hours', 'The Studio, Birmingham',
                 $2, 'PUBLISHED', 100000, 48, false, 30, '[]'::jsonb, '{}', '{}', $3) RETURNING id`,
        [`Load test ${run} ${i}`, [organiser.id], organiser.id],
      );
      events.push(rows[0].id);
    }
    return { tokens, events };
  } finally {
    await db.end();
  }
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

function summary(label, samples, seconds) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  return `${label.padEnd(8)} ${String(samples.length).padStart(7)} req  ${(samples.length / seconds).toFixed(1).padStart(7)} req/s  p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms  p99 ${percentile(times, 99).toFixed(0).padStart(5)} ms  errors ${errors}`;
}

async function main() {
  let cluster = null;
  let graphqlUrl = process.env.BENCH_CLUSTER_URL;
  let databaseUrl = process.env.BENCH_DATABASE_URL;
  if (!graphqlUrl) {
    cluster = await startCluster({
      database: 'dedicated',
      web: false,
      log: (m) => log(`cluster: ${m}`),
      env: { LOG_LEVEL: 'error' },
    });
    graphqlUrl = cluster.graphqlUrl;
    databaseUrl = cluster.directDatabaseUrl;
  }
  try {
    const { tokens, events } = await prepare(databaseUrl);
    log(
      `${CLIENTS} clients, ${Math.round((1 - WRITE_SHARE) * 100)} % reads (feed by ${FEED_METHOD}) / ${Math.round(WRITE_SHARE * 100)} % writes, ${SECONDS} s through ${graphqlUrl}`,
    );
    log(
      `machine: ${os.cpus().length} cores, load average before ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    // Warm up: every client once.
    await Promise.all(
      tokens.map((t, i) =>
        post(graphqlUrl, { query: READ, variables: { id: events[i % EVENTS] } }, t),
      ),
    );
    const samples = [];
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(
      tokens.map(async (token, c) => {
        let next = c % EVENTS;
        while (Date.now() < deadline) {
          const write = Math.random() < WRITE_SHARE;
          const kind = write ? 'write' : Math.random() < 0.5 ? 'feed' : 'read';
          const t0 = performance.now();
          const res =
            kind === 'write'
              ? await post(
                  graphqlUrl,
                  {
                    query: REGISTER,
                    variables: {
                      input: { eventId: events[(next = (next + 1) % EVENTS)], consent: true },
                    },
                  },
                  token,
                )
              : kind === 'feed'
                ? await post(graphqlUrl, { query: FEED }, undefined, FEED_METHOD)
                : await post(graphqlUrl, { query: READ, variables: { id: events[next] } }, token);
          samples.push({ kind, ms: performance.now() - t0, ok: res.ok, status: res.status });
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log('');
    console.log(summary('all', samples, seconds));
    console.log(
      summary(
        'reads',
        samples.filter((s) => s.kind !== 'write'),
        seconds,
      ),
    );
    console.log(
      summary(
        'writes',
        samples.filter((s) => s.kind === 'write'),
        seconds,
      ),
    );
    const statuses = {};
    for (const s of samples.filter((x) => !x.ok))
      statuses[s.status] = (statuses[s.status] ?? 0) + 1;
    if (Object.keys(statuses).length)
      console.log(`errors by HTTP status: ${JSON.stringify(statuses)}`);
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await cluster?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] failed: ${error.stack ?? error}`);
    process.exit(1);
  },
);

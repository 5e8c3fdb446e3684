#!/usr/bin/env node
// Benchmark (not a test): 1,000 simultaneous registrations for 800 places
// through two real API processes, against the same place decision run as
// plain SQL transactions straight on PostgreSQL. Prints wall times, the
// ratio and the oversold count (must be 0).
//
//   node tools/bench/registration-burst.mjs            (fresh database on the machine/embedded server)
//   BENCH_USERS=2000 BENCH_PLACES=1500 BENCH_RUNS=5 node tools/bench/registration-burst.mjs
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { runBench, spawnApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const { Pool } = require('pg');
const { findServer, createTestDatabase } = require('../test/test-database.cjs');

const USERS = Number(process.env.BENCH_USERS ?? 1000);
const PLACES = Number(process.env.BENCH_PLACES ?? 800);
const POOL = Number(process.env.BENCH_POOL ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const log = (m) => console.log(`[bench] ${m}`);

async function createEvent(pool, organiserId, title) {
  const { rows } = await pool.query(
    `INSERT INTO event (title, starts_at, ends_at, venue_name, organiser_user_ids, status, capacity, created_by_id)
     VALUES ($1, now() + interval '30 days', now() + interval '30 days 6 hours', 'Bench hall', $2, 'PUBLISHED', $3, $4)
     RETURNING id`,
    [title, [organiserId], PLACES, organiserId],
  );
  return rows[0].id;
}

async function outcome(pool, eventId) {
  const { rows } = await pool.query(
    `SELECT count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
            count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
            count(DISTINCT waitlist_position)::int AS positions,
            count(DISTINCT user_id)::int AS people
       FROM event_registration WHERE event_id = $1`,
    [eventId],
  );
  const r = rows[0];
  return { ...r, oversold: Math.max(0, r.confirmed - PLACES) };
}

/**
 * The place decision exactly as RegistrationsService runs it: one autocommit
 * statement calling mic_register_at_event_version (the delegate's profile, then
 * lock the event row and check its version, existing active registration,
 * window, quotas, places held, next queue number, insert of the registration
 * and its history row). The API additionally checks the answers against its
 * copy of the event (read once per process) and queues the email job after
 * the commit.
 */
async function registerDirect(pool, eventId, version, userId) {
  await pool.query(
    'SELECT mic_register_at_event_version(gen_random_uuid(), $1::uuid, $2::integer, $3::uuid, $4::jsonb, NULL, now())',
    [eventId, version, userId, '{}'],
  );
}

async function main() {
  const server = await findServer(log);
  const db = await createTestDatabase(server, 'mic_bench');
  log(`fresh database ${db.name}`);
  const apis = [];
  const pool = new Pool({ connectionString: db.url, max: POOL * 2 });
  // Dropping the database at the end terminates any idle connection: not an error here.
  pool.on('error', () => {});
  try {
    const { count } = await buildApi();
    log(`API compiled (${count} files)`);
    const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
    await tasks.runMigrations(db.url);
    await tasks.seed(db.url, { demo: true });

    // 1,000 verified members with live sessions, in one organisation.
    const { rows: orgRows } = await pool.query(
      `INSERT INTO organisation (name, type_key) VALUES ('Bench organisation', 'VCSE') RETURNING id`,
    );
    const orgId = orgRows[0].id;
    const { rows: users } = await pool.query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method, membership_status, membership_requested_at)
       SELECT 'bench' || g || '@example.org', 'Bench ' || g, 'x', $1, now(), 'SEEDED', 'VERIFIED', now() FROM generate_series(1, $2) g
       RETURNING id`,
      [orgId, USERS],
    );
    await pool.query(
      `INSERT INTO role_assignment (user_id, role, scope_key) SELECT id, 'MEMBER', '' FROM app_user WHERE organisation_id = $1`,
      [orgId],
    );
    const tokens = users.map(() => randomBytes(32).toString('base64url'));
    await pool.query(
      `INSERT INTO session (user_id, token_hash, expires_at) SELECT * FROM unnest($1::uuid[], $2::text[]) AS t(u, h), LATERAL (SELECT now() + interval '1 day') e`,
      [users.map((u) => u.id), tokens.map((t) => createHash('sha256').update(t).digest('hex'))],
    );
    const organiserId = users[0].id;

    for (let i = 0; i < 2; i += 1)
      apis.push(
        await spawnApi({
          databaseUrl: db.url,
          env: { JOBS_WORKERS: 'false', DATABASE_POOL_SIZE: String(POOL) },
        }),
      );
    log(`two API processes: ${apis.map((a) => a.url).join(', ')} (pool ${POOL} each)`);

    // Warm both processes (JIT, pools, session lookups).
    const warmEvent = await createEvent(pool, organiserId, 'Warm-up');
    const query = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { id status waitlistPosition } }`;
    const send = (url, token, eventId) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { input: { eventId, consent: true } } }),
      }).then((r) => r.json());
    await Promise.all(tokens.slice(0, 40).map((t, i) => send(apis[i % 2].url, t, warmEvent)));

    const readQuery = `query($id: ID!) { event(id: $id) { id title remainingPlaces } }`;
    const row = (label, ms, o, errors) =>
      `${label.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms   confirmed ${String(o.confirmed).padStart(4)}   waitlisted ${String(o.waitlisted).padStart(4)}   distinct positions ${String(o.positions).padStart(4)}   oversold ${o.oversold}${errors === undefined ? '' : `   errors ${errors}`}`;
    const runs = [];
    let oversold = 0;
    let failures = 0;
    console.log('');
    console.log(
      `registration burst: ${USERS} simultaneous registrations for ${PLACES} places, ${RUNS} run(s); load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`,
    );
    for (let run = 1; run <= RUNS; run += 1) {
      // Baseline: the same authenticated requests reading the event (no lock, no writes).
      let t0 = performance.now();
      await Promise.all(
        tokens.map((t, i) =>
          fetch(`${apis[i % 2].url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
            body: JSON.stringify({ query: readQuery, variables: { id: warmEvent } }),
          }).then((r) => r.json()),
        ),
      );
      const readMs = performance.now() - t0;

      // Through the API: all at once, alternating between the two processes.
      const apiEvent = await createEvent(pool, organiserId, `Burst through the API ${run}`);
      t0 = performance.now();
      const results = await Promise.all(tokens.map((t, i) => send(apis[i % 2].url, t, apiEvent)));
      const apiMs = performance.now() - t0;
      const apiErrors = results.filter((r) => r.errors).length;
      if (apiErrors) {
        const kinds = new Map();
        for (const r of results.filter((x) => x.errors)) {
          const k = `${r.errors[0].extensions?.code ?? '?'}: ${r.errors[0].message}`;
          kinds.set(k, (kinds.get(k) ?? 0) + 1);
        }
        for (const [k, n] of kinds) console.log(`  error x${n}: ${k}`);
      }
      const apiOutcome = await outcome(pool, apiEvent);

      // Straight on the database: the same transaction, all at once, same total connections.
      const dbEvent = await createEvent(pool, organiserId, `Burst on the database ${run}`);
      t0 = performance.now();
      // A new event is at version 1.
      await Promise.all(users.map((u) => registerDirect(pool, dbEvent, 1, u.id)));
      const dbMs = performance.now() - t0;
      const dbOutcome = await outcome(pool, dbEvent);

      console.log(`run ${run}`);
      console.log(row('  API (2 processes)', apiMs, apiOutcome, apiErrors));
      console.log(row('  database only (same SQL)', dbMs, dbOutcome));
      console.log(
        `  ${'API read baseline'.padEnd(24)} ${readMs.toFixed(0).padStart(7)} ms   (same requests reading the event: the HTTP/GraphQL/auth floor)`,
      );
      console.log(`  ratio API / database: ${(apiMs / dbMs).toFixed(2)}x`);
      runs.push({ apiMs, dbMs, readMs });
      oversold += apiOutcome.oversold + dbOutcome.oversold;
      if (
        apiErrors ||
        apiOutcome.confirmed !== Math.min(PLACES, USERS) ||
        dbOutcome.confirmed !== Math.min(PLACES, USERS)
      )
        failures += 1;
    }
    const best = (key) => Math.min(...runs.map((r) => r[key]));
    const apiBest = best('apiMs');
    const dbBest = best('dbMs');
    console.log(
      `best of ${RUNS}: API ${apiBest.toFixed(0)} ms, database ${dbBest.toFixed(0)} ms, read baseline ${best('readMs').toFixed(0)} ms, ratio ${(apiBest / dbBest).toFixed(2)}x`,
    );
    console.log(`oversold total: ${oversold} (must be 0)`);
    console.log(
      `targets: API <= 2500 ms ${apiBest <= 2500 ? 'met' : 'NOT met'}; ratio <= 3x ${apiBest / dbBest <= 3 ? 'met' : 'NOT met'}`,
    );
    if (oversold || failures) process.exitCode = 1;
  } finally {
    for (const api of apis) await api.stop();
    await pool.end();
    await db.drop().catch(() => {});
    await server.stop?.().catch?.(() => {});
  }
}

runBench(main);

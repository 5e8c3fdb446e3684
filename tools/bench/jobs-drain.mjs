#!/usr/bin/env node
// Benchmark (not a test): how fast the job queue drains a mail backlog. Queues N outbox
// emails (mail_message rows and their mail.send jobs, in one transaction, the way
// MailService.enqueue leaves them) and times until every one is SENT to a real SMTP
// server (the dev mail catcher, tools/dev/mail-catcher.cjs), with 1 and then 2 API
// processes working the queue (workers fetch batches of 10 and run them side by side).
// Prints emails per second per configuration: the input for the weekly digest in
// docs/capacity.md.
//
//   node tools/bench/jobs-drain.mjs
//   BENCH_JOBS=5000 BENCH_WORKERS=1,2,3 node tools/bench/jobs-drain.mjs
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { buildApi } from '../build/build-api.mjs';
import { runBench, spawnApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..', '..');
const { Pool } = require('pg');
const PgBoss = require('pg-boss');
const { findServer, createTestDatabase } = require('../test/test-database.cjs');
const { startMailCatcher } = require('../dev/mail-catcher.cjs');

const JOBS = Number(process.env.BENCH_JOBS ?? 2000);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const MAIL_QUEUE = 'mail.send';
const log = (m) => console.log(`[bench] ${m}`);

/** N outbox rows and their jobs in one transaction, as a digest run would leave them. */
async function queueMail(pool, boss, run) {
  const body = 'A weekly digest of new case studies, events and discussions in your area. '.repeat(
    20,
  );
  const { rows } = await pool.query(
    `INSERT INTO mail_message (idempotency_key, to_address, subject, text_body, html_body, attachments, headers)
     SELECT 'bench-drain:' || $1 || ':' || g, 'member' || g || '@example.org', 'Your weekly digest', $2, $3, '[]'::jsonb, '{}'::jsonb
       FROM generate_series(1, $4) g RETURNING id`,
    [run, body, `<p>${body}</p>`, JOBS],
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await boss.insert(
      rows.slice(i, i + 1000).map((r) => ({
        name: MAIL_QUEUE,
        data: { messageId: r.id },
        singletonKey: r.id,
        retryLimit: 5,
        retryDelay: 15,
        retryBackoff: true,
      })),
    );
  }
  return rows.map((r) => r.id);
}

async function main() {
  const server = await findServer(log);
  const db = await createTestDatabase(server, 'mic_drain');
  const catcher = await startMailCatcher();
  const pool = new Pool({ connectionString: db.url, max: 2 });
  pool.on('error', () => {});
  let boss = null;
  const results = [];
  try {
    const { count } = await buildApi();
    log(
      `API compiled (${count} files); fresh database ${db.name}; SMTP catcher ${catcher.smtpUrl}`,
    );
    const tasks = require(path.join(root, 'dist/apps/api/src/database/database-tasks.js'));
    await tasks.runMigrations(db.url);
    boss = new PgBoss({
      connectionString: db.url,
      schema: 'pgboss',
      max: 2,
      supervise: false,
      schedule: false,
    });
    boss.on('error', () => {});
    await boss.start();
    console.log('');
    console.log(
      `job queue drain: ${JOBS} emails (outbox row + mail.send job each) to a real SMTP server; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`,
    );
    for (const n of WORKERS) {
      const apis = [];
      for (let i = 0; i < n; i += 1)
        apis.push(
          await spawnApi({
            databaseUrl: db.url,
            // Ready means the workers are polling too (/health/ready checks the job worker).
            readyPath: '/health/ready',
            env: { JOBS_WORKERS: 'true', SMTP_URL: catcher.smtpUrl },
          }),
        );
      try {
        const run = `${n}-${randomBytes(3).toString('hex')}`;
        const t0 = performance.now();
        const ids = await queueMail(pool, boss, run);
        const queuedMs = performance.now() - t0;
        let sent = 0;
        const deadline = Date.now() + 15 * 60_000;
        while (sent < ids.length && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 100));
          sent = (
            await pool.query(
              `SELECT count(*)::int AS n FROM mail_message WHERE status = 'SENT' AND id = ANY($1::uuid[])`,
              [ids],
            )
          ).rows[0].n;
        }
        const ms = performance.now() - t0;
        const perSecond = (sent / ms) * 1000;
        results.push({ n, ms, sent, perSecond });
        console.log(
          `${String(n).padStart(2)} worker process(es): ${sent}/${ids.length} sent in ${(ms / 1000).toFixed(1)} s (queueing took ${queuedMs.toFixed(0)} ms) = ${perSecond.toFixed(1)} emails/s`,
        );
      } finally {
        for (const api of apis) await api.stop();
      }
    }
    if (results.length > 1) {
      console.log(
        `scaling: ${results.map((r) => `${r.n} → ${r.perSecond.toFixed(1)}/s`).join(', ')} (x${(results.at(-1).perSecond / results[0].perSecond).toFixed(2)} from ${results[0].n} to ${results.at(-1).n})`,
      );
    }
    if (results.some((r) => r.sent < JOBS)) process.exitCode = 1;
  } finally {
    await boss?.stop({ graceful: false }).catch(() => {});
    await pool.end();
    await catcher.close();
    await db.drop().catch(() => {});
    await server.stop?.().catch?.(() => {});
  }
}

runBench(main);

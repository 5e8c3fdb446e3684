// Feed benchmark: `caseStudies(first: 50)` through the real API (NestJS +
// Apollo + TypeORM + DataLoaders) vs a hand-written node:http + pg server
// issuing the same six SQL statements and returning the same JSON.
//
//   node tools/bench/case-studies-feed.mjs [--requests 200] [--concurrency 8] [--rounds 10] [--case-studies 60]
//
// Uses DATABASE_SERVER_URL (a postgres:// URL of a server whose `postgres`
// database we may use to create/drop `mic_bench`) or, by default, the
// worktree's embedded PostgreSQL (.data/pg, port EMBEDDED_PG_PORT or 54341).
// Not a test: prints requests/s for both and the ratio (target >= 0.7).
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { createRequire } from 'node:module';
import { isDeepStrictEqual, parseArgs } from 'node:util';

import { cpuMs, startBenchApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

const FEED = `query Feed($first: Int) {
  caseStudies(first: $first) {
    totalCount
    edges { node {
      id slug title summary evidenceLevel stage reviewBy isStale publishedAt
      organisation { id name }
      ics { odsCode shortName population }
      themes { key label }
      latestOutcomes { value qualifier measuredOn sourceTitle sourceUrl metric { key label unit } }
      adoptionCount
      peerReview { reviewedAt ics { odsCode shortName } }
    } }
  }
}`;

// ---------------------------------------------------------------------------
// The hand-written server (run as a child process with --raw-server).
// The SQL text is exactly what the API sends for its six statements
// (captured from the API's query log).
// ---------------------------------------------------------------------------

const SQL = {
  page: `SELECT cs.id, cs.slug, cs.title, cs.summary, cs.problem, cs.aims, cs.approach, cs.core_components, cs.adaptable_parts, cs.resources_and_costs, cs.key_learning, cs.target_groups, cs.imd_quintiles, cs.age_bands, cs.evidence_level, cs.practice_stage, cs.status, cs.version, cs.organisation_id, cs.ics_id, cs.place_id, cs.author_id, cs.contact_name, cs.contact_email, cs.contact_role, cs.submitted_at, cs.published_at, cs.reviewed_at, cs.reviewed_by_id, cs.reviewed_by_ics_id, cs.review_comments, cs.archived_at, cs.source, cs.created_at, cs.updated_at, cs.review_by::text AS review_by, count(*) OVER () AS total_count
         FROM case_study cs
        WHERE cs.status = ANY($1::varchar[])
        ORDER BY cs.published_at DESC NULLS LAST, cs.updated_at DESC, cs.id ASC
        LIMIT 51 OFFSET 0`,
  organisations: `SELECT id, name, type_key, website, description, source, email_domains, created_at, updated_at
         FROM organisation WHERE id = ANY($1::uuid[])`,
  icss: `SELECT id, ods_code, name, short_name, sub_region, nhs_sites, population, population_source
         FROM ics WHERE id = ANY($1::uuid[])`,
  themes: `SELECT ct.case_study_id, t.key, t.label, t.sort_order
           FROM case_study_theme ct JOIN theme t ON t.key = ct.theme_key
          WHERE ct.case_study_id = ANY($1::uuid[])`,
  adoptionCounts: `SELECT case_study_id, count(*) AS count FROM adoption WHERE case_study_id = ANY($1::uuid[]) GROUP BY case_study_id`,
  latest: `SELECT DISTINCT ON (m.case_study_id, m.metric_key)
              m.id, m.case_study_id, m.metric_key, m.value::float8 AS value, m.baseline::float8 AS baseline,
              m.qualifier, m.measured_on::text AS measured_on, m.period_start::text AS period_start,
              m.source_title, m.source_url, m.note, m.created_by_id, m.created_at,
              k.label, k.unit, k.definition, k.direction, k.per_population, k.sort_order
         FROM outcome_measurement m JOIN metric k ON k.key = m.metric_key
        WHERE m.case_study_id = ANY($1::uuid[])
        ORDER BY m.case_study_id, m.metric_key, m.measured_on DESC, m.created_at DESC`,
};

const uniq = (values) => [...new Set(values.filter((v) => v !== null && v !== undefined))];

function group(rows, key) {
  const map = new Map();
  for (const row of rows) {
    const list = map.get(row[key]);
    if (list) list.push(row);
    else map.set(row[key], [row]);
  }
  return map;
}

async function feed(pool, first) {
  const page = (await pool.query(SQL.page, [['PUBLISHED']])).rows;
  const total = page.length ? Number(page[0].total_count) : 0;
  const rows = page.slice(0, first);
  const ids = rows.map((r) => r.id);
  const orgIds = uniq(rows.map((r) => r.organisation_id));
  const icsIds = uniq(
    rows.flatMap((r) => [r.ics_id, r.reviewed_at && r.published_at ? r.reviewed_by_ics_id : null]),
  );
  const [orgs, icss, themes, counts, latest] = await Promise.all([
    orgIds.length ? pool.query(SQL.organisations, [orgIds]) : { rows: [] },
    icsIds.length ? pool.query(SQL.icss, [icsIds]) : { rows: [] },
    ids.length ? pool.query(SQL.themes, [ids]) : { rows: [] },
    ids.length ? pool.query(SQL.adoptionCounts, [ids]) : { rows: [] },
    ids.length ? pool.query(SQL.latest, [ids]) : { rows: [] },
  ]);
  const orgById = new Map(orgs.rows.map((o) => [o.id, o]));
  const icsById = new Map(icss.rows.map((i) => [i.id, i]));
  const themesBy = group(themes.rows, 'case_study_id');
  const countBy = new Map(counts.rows.map((c) => [c.case_study_id, Number(c.count)]));
  const latestBy = group(latest.rows, 'case_study_id');
  const today = new Date().toISOString().slice(0, 10);
  const edges = rows.map((r) => {
    const org = orgById.get(r.organisation_id);
    const ics = r.ics_id ? icsById.get(r.ics_id) : null;
    const reviewed = r.reviewed_at && r.published_at;
    const reviewIcs = reviewed && r.reviewed_by_ics_id ? icsById.get(r.reviewed_by_ics_id) : null;
    return {
      node: {
        id: r.id,
        slug: r.slug,
        title: r.title,
        summary: r.summary,
        evidenceLevel: r.evidence_level,
        stage: r.practice_stage,
        reviewBy: r.review_by,
        isStale: r.status === 'PUBLISHED' && r.review_by < today,
        publishedAt: r.published_at ? r.published_at.toISOString() : null,
        organisation: { id: org.id, name: org.name },
        ics: ics
          ? {
              odsCode: ics.ods_code,
              shortName: ics.short_name,
              population: ics.population,
            }
          : null,
        themes: (themesBy.get(r.id) ?? [])
          .sort((a, b) => a.sort_order - b.sort_order || a.label.localeCompare(b.label))
          .map((t) => ({ key: t.key, label: t.label })),
        latestOutcomes: (latestBy.get(r.id) ?? []).map((m) => ({
          value: m.value,
          qualifier: m.qualifier,
          measuredOn: m.measured_on,
          sourceTitle: m.source_title,
          sourceUrl: m.source_url,
          metric: { key: m.metric_key, label: m.label, unit: m.unit },
        })),
        adoptionCount: countBy.get(r.id) ?? 0,
        peerReview: reviewed
          ? {
              reviewedAt: r.reviewed_at.toISOString(),
              ics: reviewIcs
                ? {
                    odsCode: reviewIcs.ods_code,
                    shortName: reviewIcs.short_name,
                  }
                : null,
            }
          : null,
      },
    };
  });
  return { data: { caseStudies: { totalCount: total, edges } } };
}

async function runRawServer() {
  const pool = new pg.Pool({
    connectionString: process.env.DATABASE_URL,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const first = Math.min(Number(body.variables?.first ?? 20), 100);
      feed(pool, first).then(
        (result) => {
          const text = JSON.stringify(result);
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        },
        (error) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
        },
      );
    });
  });
  server.listen(Number(process.env.RAW_PORT), '127.0.0.1', () => process.send?.('ready'));
  process.on('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------
// The benchmark driver.
// ---------------------------------------------------------------------------
async function seedFeed(url, count) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const icss = (await client.query('SELECT id, ods_code FROM ics ORDER BY ods_code')).rows;
    const themes = (await client.query('SELECT key FROM theme ORDER BY sort_order')).rows.map(
      (r) => r.key,
    );
    await client.query('BEGIN');
    for (let i = 0; i < count; i += 1) {
      const ics = icss[i % icss.length];
      const org = (
        await client.query(
          `INSERT INTO organisation (name, type_key) VALUES ($1, 'NHS_TRUST') RETURNING id`,
          [`Bench Trust ${i}`],
        )
      ).rows[0].id;
      await client.query('INSERT INTO organisation_ics (organisation_id, ics_id) VALUES ($1, $2)', [
        org,
        ics.id,
      ]);
      const cs = (
        await client.query(
          `INSERT INTO case_study (slug, title, summary, approach, core_components, evidence_level, practice_stage, status,
             organisation_id, ics_id, review_by, published_at, reviewed_at, reviewed_by_ics_id)
           VALUES ($1, $2, $3, $4, $5, 'BEFORE_AFTER', 'ESTABLISHED', 'PUBLISHED', $6, $7, $8,
             now() - ($9 || ' hours')::interval, now() - ($9 || ' hours')::interval, $10)
           RETURNING id`,
          [
            `bench-practice-${i}`,
            `Bench practice ${i}: residents into NHS jobs`,
            'A sector-based work academy giving local residents a route into NHS and care roles, with a guaranteed interview.',
            'Three-week academy, Level 1 qualification, placement and a guaranteed interview.',
            '- Guaranteed interview\n- Placement',
            org,
            ics.id,
            i % 7 === 0 ? '2024-01-31' : '2099-01-31',
            String(i),
            icss[(i + 5) % icss.length].id,
          ],
        )
      ).rows[0].id;
      for (const theme of [themes[i % themes.length], themes[(i + 1) % themes.length]]) {
        await client.query(
          'INSERT INTO case_study_theme (case_study_id, theme_key) VALUES ($1, $2)',
          [cs, theme],
        );
      }
      for (const [metric, value, on] of [
        ['LOCAL_RESIDENTS_INTO_JOBS', 40 + i, '2024-03-31'],
        ['LOCAL_RESIDENTS_INTO_JOBS', 150 + i, '2025-01-31'],
        ['SOCIAL_VALUE_GBP', 1_200_000 + i * 1000, '2025-01-31'],
      ]) {
        await client.query(
          `INSERT INTO outcome_measurement (case_study_id, metric_key, value, qualifier, measured_on, source_title, source_url)
           VALUES ($1, $2, $3, 'more than', $4, 'Annual anchor report', 'https://example.org/report')`,
          [cs, metric, value, on],
        );
      }
      const adopterIcs = icss[(i + 3) % icss.length];
      const adopter = (
        await client.query(
          `INSERT INTO organisation (name, type_key) VALUES ($1, 'LOCAL_AUTHORITY') RETURNING id`,
          [`Bench Council ${i}`],
        )
      ).rows[0].id;
      await client.query(
        `INSERT INTO adoption (case_study_id, organisation_id, ics_id, stage) VALUES ($1, $2, $3, 'PILOTING')`,
        [cs, adopter, adopterIcs.id],
      );
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

// The API side is read with an anonymous GraphQL GET (what a public page or a
// CDN would send; Apollo's CSRF rule wants `apollo-require-preflight` on a GET),
// unless --post; the raw server is always POSTed (it does the same work either way).
let apiMethod = 'GET';

async function post(port, first, method = 'POST') {
  const body = method === 'POST' ? JSON.stringify({ query: FEED, variables: { first } }) : '';
  const path =
    method === 'POST'
      ? '/graphql'
      : `/graphql?${new URLSearchParams({ query: FEED, variables: JSON.stringify({ first }) })}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        agent,
        headers:
          method === 'POST'
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
            : { 'apollo-require-preflight': 'true' },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200)
            reject(
              new Error(
                `status ${res.statusCode}: ${Buffer.concat(chunks).toString('utf8').slice(0, 300)}`,
              ),
            );
          else resolve(Buffer.concat(chunks).toString('utf8'));
        });
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? body : undefined);
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

async function measure(port, requests, concurrency, method = 'POST', pid = null) {
  let next = 0;
  const started = process.hrtime.bigint();
  const cpuBefore = pid ? cpuMs(pid) : null;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        await post(port, 50, method);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = pid ? cpuMs(pid) : null;
  if (cpuBefore !== null && cpuAfter !== null)
    cpuPerRequest.get(pid).push((cpuAfter - cpuBefore) / requests);
  return requests / seconds;
}
/** Server CPU ms per request, per round, by server pid. */
const cpuPerRequest = new Map();

async function main() {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '10' },
      'case-studies': { type: 'string', default: '60' },
      post: { type: 'boolean', default: false },
    },
  });
  const requests = Number(values.requests);
  if (values.post) apiMethod = 'POST';
  const concurrency = Number(values.concurrency);
  const rounds = Number(values.rounds);
  const root = new URL('../..', import.meta.url).pathname;
  const apiPort = Number(process.env.BENCH_API_PORT ?? 4741);
  const rawPort = apiPort + 1;
  const api = await startBenchApi({
    database: process.env.BENCH_DATABASE ?? 'mic_bench',
    apiPort,
  });
  const dbUrl = api.databaseUrl;
  let raw = null;
  try {
    await seedFeed(dbUrl, Number(values['case-studies']));
    raw = spawn(process.execPath, [new URL(import.meta.url).pathname, '--raw-server'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, DATABASE_URL: dbUrl, RAW_PORT: String(rawPort) },
    });
    await new Promise((resolve, reject) => {
      raw.once('message', resolve);
      raw.once('exit', (code) => reject(new Error(`raw server exited (${code})`)));
    });

    // Same JSON from both.
    const fromApi = JSON.parse(await post(apiPort, 50, apiMethod));
    const fromRaw = JSON.parse(await post(rawPort, 50));
    if (fromApi.errors) throw new Error(`API errors: ${JSON.stringify(fromApi.errors)}`);
    const same = isDeepStrictEqual(fromApi, fromRaw);
    console.log(
      `responses identical: ${same ? 'yes' : 'NO'} (${fromApi.data.caseStudies.edges.length} items, ${Buffer.byteLength(JSON.stringify(fromApi))} bytes)`,
    );
    if (!same) {
      const a = fromApi.data.caseStudies.edges[0]?.node;
      const b = fromRaw.data.caseStudies.edges[0]?.node;
      console.log('first API node:', JSON.stringify(a));
      console.log('first raw node:', JSON.stringify(b));
    }

    // Warm up both, then short alternating rounds: the machine is shared and
    // its load drifts, so each API round is paired with the raw round right
    // after it and the ratio is the median of the per-pair ratios.
    await measure(apiPort, 200, concurrency, apiMethod);
    await measure(rawPort, 200, concurrency);
    const apiRates = [];
    const rawRates = [];
    cpuPerRequest.set(api.pid, []);
    cpuPerRequest.set(raw.pid, []);
    for (let round = 0; round < rounds; round += 1) {
      apiRates.push(await measure(apiPort, requests, concurrency, apiMethod, api.pid));
      rawRates.push(await measure(rawPort, requests, concurrency, 'POST', raw.pid));
    }
    const median = (xs) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    const ratios = apiRates.map((a, i) => a / rawRates[i]);
    const fmt = (xs, digits = 1) => xs.map((r) => r.toFixed(digits)).join(', ');
    console.log(
      `caseStudies(first: 50): ${rounds} alternating rounds of ${requests} requests, concurrency ${concurrency}, API by ${apiMethod}`,
    );
    console.log(
      `  API (NestJS + Apollo + TypeORM): median ${median(apiRates).toFixed(1)} req/s  [${fmt(apiRates)}]`,
    );
    console.log(
      `  raw node:http + pg:              median ${median(rawRates).toFixed(1)} req/s  [${fmt(rawRates)}]`,
    );
    console.log(`  per-round ratios: [${fmt(ratios, 2)}]`);
    const apiCpu = cpuPerRequest.get(api.pid);
    const rawCpu = cpuPerRequest.get(raw.pid);
    if (apiCpu.length && rawCpu.length) {
      // Steadier than req/s on a shared machine: what each server's process spent per request.
      console.log(
        `  server CPU per request (median): API ${median(apiCpu).toFixed(2)} ms, raw ${median(rawCpu).toFixed(2)} ms; raw / API ${(median(rawCpu) / median(apiCpu)).toFixed(2)}`,
      );
    }
    console.log(
      `  ratio API / raw (median of rounds): ${median(ratios).toFixed(2)} (target >= 0.7)`,
    );
  } finally {
    if (raw && raw.exitCode === null) {
      raw.kill('SIGTERM');
      await new Promise((r) => raw.once('exit', r));
    }
    await api.stop();
    agent.destroy();
  }
}

if (process.argv.includes('--raw-server')) {
  await runRawServer();
} else {
  await main();
}

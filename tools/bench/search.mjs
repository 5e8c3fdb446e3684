// Search benchmark (issue #13): seeds 105,000 documents of realistic text into
// the search index and prints p50/p95/p99 latency for 20 queries, measured
// two ways:
//   database    the exact statements the API runs (the compiled
//               SearchRepository, called directly on a pg pool);
//   end-to-end  `search(query:, first: 20)` over HTTP through the real API.
// And the database's CPU per search (the time its server processes spent on
// the CPU, from /proc/<pid>/schedstat, when the server runs on this machine):
// steadier than wall time on a shared machine, where other work stretches the
// wall time of the same statements.
//
//   node tools/bench/search.mjs [--documents 105000] [--runs 25] [--order random|sweep]
//
// --order: documents are written in random date order (default; the worst case
// for reading the newest matches: each is on its own page) or, with `sweep`,
// each type oldest first, as the indexer's sweep fills a fresh index (the
// table then follows updated_at within each type). BENCH_KEEP_DB=1 keeps the
// seeded database for EXPLAIN.
//
// Uses DATABASE_SERVER_URL (a postgres:// URL of a server whose `postgres`
// database we may use to create/drop `mic_bench_search`) or, by default, the
// embedded PostgreSQL (.data/pg, port EMBEDDED_PG_PORT or 54341).
// Not a test: targets are database p95 <= 20 ms and end-to-end p95 <= 50 ms.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { startBenchApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

const SEARCH = `query S($query: String!, $filter: SearchFilter) {
  search(query: $query, filter: $filter, first: 20) {
    totalCount totalCountCapped didYouMean correctedQuery
    edges { node { type id title url snippetHtml updatedAt } }
    facets { field values { value label count } }
  } }`;

/** 20 queries: the most common words, phrases, operators, filters and misspellings. */
const QUERIES = [
  { q: 'health' },
  { q: 'local' },
  { q: 'nhs' },
  { q: 'community' },
  { q: 'employment' },
  { q: 'jobs' },
  { q: 'social value' },
  { q: '"social value"' },
  { q: 'apprenticeships OR apprenticeship' },
  { q: 'procurement -construction' },
  { q: 'procurment' },
  { q: 'emplyment' },
  { q: 'carbon estates' },
  { q: 'anchor institution' },
  { q: 'frailty hospital discharge' },
  { q: 'health', filter: { ics: ['QHL'] } },
  { q: 'community', filter: { types: ['THREAD'] } },
  { q: 'local jobs', filter: { themes: ['employment'], updated: ['LAST_12_MONTHS'] } },
  { q: 'Walsall' },
  { q: 'zyxwvut' },
];

const TYPES = [
  ['CASE_STUDY', 0.2],
  ['ADOPTION', 0.1],
  ['TOOLKIT_SECTION', 0.05],
  ['EVENT', 0.1],
  ['THREAD', 0.15],
  ['COMMENT', 0.3],
  ['ORGANISATION', 0.05],
  ['PERSON', 0.05],
];
const ICS = ['QHL', 'QUA', 'QJ2', 'QK1', 'QNC', 'QGH', 'QJM', 'QOC', 'QPM', 'QT1', 'QWU'];
const THEMES = [
  'employment',
  'procurement',
  'estates',
  'environment',
  'skills',
  'housing',
  'frailty',
];
const PLACES = [
  'Walsall',
  'Dudley',
  'Sandwell',
  'Wolverhampton',
  'Coventry',
  'Warwickshire',
  'Leicester',
  'Derby',
  'Nottingham',
  'Lincoln',
  'Shropshire',
  'Stoke',
  'Worcester',
  'Hereford',
  'Northampton',
  'Birmingham',
  'Solihull',
];
// Domain words (weighted towards the start, Zipf-like) and everyday English.
const DOMAIN =
  `health local nhs community care people work employment jobs social value services support trust council
hospital staff residents programme partnership anchor institution procurement spend supply chain apprenticeships apprenticeship
training skills college volunteers voluntary sector housing estates carbon net zero travel green space primary care mental
wellbeing inequalities deprivation outcomes evaluation evidence pilot scale spread adoption toolkit discharge frailty prevention
recruitment careers young unemployed disabled carers veterans contracts suppliers small business economy growth wages living wage
food energy buildings land transport digital inclusion neighbourhood place integrated system board population data measures
target baseline quarter annual report learning barriers enablers leadership funding budget investment construction catering
cleaning security facilities laundry waste recycling heating insulation solar fleet electric bikes walking parks allotments`
    .split(/\s+/)
    .filter(Boolean);
const COMMON =
  `the and of to in for with on we our that this is was it as by from at an be have has are were which their
they more than about after before into over under new first last year years month team teams work working worked helped help
helping made make making set up out across between each every many most some other also very well good better best`
    .split(/\s+/)
    .filter(Boolean);

let seed = 42;
function random() {
  // mulberry32: the same corpus on every run
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const zipf = (xs) => xs[Math.min(xs.length - 1, Math.floor(xs.length * random() ** 2.2))];
function words(n) {
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const r = random();
    out.push(r < 0.45 ? pick(COMMON) : r < 0.97 ? zipf(DOMAIN) : pick(PLACES));
  }
  return out;
}
const sentence = (n) => {
  const w = words(n);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return `${w.join(' ')}.`;
};
function pickType() {
  let r = random();
  for (const [type, share] of TYPES) {
    r -= share;
    if (r <= 0) return type;
  }
  return 'COMMENT';
}

function makeDocument(i, viewerIds) {
  const type = pickType();
  const title = sentence(4 + Math.floor(random() * 5)).slice(0, -1);
  const r = random();
  const audience =
    r < 0.65
      ? ['public']
      : r < 0.9
        ? ['signed-in']
        : [`user:${pick(viewerIds)}`, 'role:REGIONAL_ADMIN'];
  const updatedAt = new Date(Date.now() - Math.floor(random() * 3 * 365) * 86_400_000);
  const body = Array.from({ length: 3 + Math.floor(random() * 10) }, () =>
    sentence(8 + Math.floor(random() * 14)),
  ).join(' ');
  return {
    type,
    id: `bench-${i}`,
    title,
    summary: type === 'COMMENT' ? null : sentence(14 + Math.floor(random() * 12)),
    body,
    url: `/bench/${i}`,
    facets: {
      ics: [pick(ICS)],
      theme: random() < 0.8 ? [pick(THEMES)] : [],
      ...(type === 'CASE_STUDY'
        ? { evidenceLevel: [pick(['EMERGING', 'PROMISING', 'PROVEN'])] }
        : {}),
      ...(type === 'ADOPTION'
        ? { adoptionStage: [pick(['EXPLORING', 'PLANNING', 'IMPLEMENTING', 'SUSTAINED'])] }
        : {}),
    },
    updatedAt,
    audience,
  };
}

/** The compiled repository's `DataSource` needs only query() and transaction(). */
function dataSourceOn(pool) {
  return {
    query: async (text, params) => (await pool.query(text, params)).rows,
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (text, params) => (await client.query(text, params)).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function post(port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString()));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
};
const pair = ({ p50, p95 }) => `${p50.toFixed(1).padStart(7)} /${p95.toFixed(1).padStart(7)} ms`;
const fmt = ({ p50, p95, p99 }) =>
  `p50 ${p50.toFixed(1)}  p95 ${p95.toFixed(1)}  p99 ${p99.toFixed(1)} ms`;

async function main() {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '105000' },
      runs: { type: 'string', default: '25' },
      order: { type: 'string', default: 'random' },
    },
  });
  const total = Number(values.documents);
  const runs = Number(values.runs);
  const root = new URL('../..', import.meta.url).pathname;
  const apiPort = Number(process.env.BENCH_API_PORT ?? 4751);
  const api = await startBenchApi({ database: 'mic_bench_search', apiPort });
  const pool = new pg.Pool({ connectionString: api.databaseUrl, max: 4 });
  // The pool's server processes, for their CPU time (null when /proc does not show them).
  const backends = new Set();
  pool.on('connect', (client) => backends.add(client.processID));
  const serverCpuMs = () => {
    try {
      let ns = 0;
      for (const pid of backends)
        ns += Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
      return ns / 1e6;
    } catch {
      return null;
    }
  };
  try {
    const { SearchRepository } = require(
      `${root}dist/apps/api/src/modules/search/search.repository.js`,
    );
    const repo = new SearchRepository(dataSourceOn(pool));

    const viewerIds = Array.from(
      { length: 50 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    console.log(`seeding ${total} documents…`);
    const seeded = process.hrtime.bigint();
    await pool.query('DELETE FROM search_document; DELETE FROM search_document_text');
    const BATCH = 1000;
    if (values.order === 'sweep') {
      // As the indexer's sweep writes a fresh index: each type oldest first, so
      // the table's physical order follows updated_at within each type.
      const all = Array.from({ length: total }, (_, i) => makeDocument(i, viewerIds));
      const byType = new Map();
      for (const d of all) byType.set(d.type, [...(byType.get(d.type) ?? []), d]);
      for (const [type, docs] of byType) {
        docs.sort((a, b) => a.updatedAt - b.updatedAt);
        for (let i = 0; i < docs.length; i += BATCH)
          await repo.apply(type, docs.slice(i, i + BATCH), []);
      }
    } else {
      // Random order (the worst case: no two recent documents share a page).
      for (let i = 0; i < total; i += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, total - i) }, (_, k) =>
          makeDocument(i + k, viewerIds),
        );
        const byType = new Map();
        for (const d of batch) byType.set(d.type, [...(byType.get(d.type) ?? []), d]);
        for (const [type, docs] of byType) await repo.apply(type, docs, []);
      }
    }
    const vocabulary = await repo.rebuildVocabulary();
    await pool.query('ANALYZE search_document; ANALYZE search_vocabulary');
    const [{ n, size }] = (
      await pool.query(
        "SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('search_document')) || ' index rows + ' || pg_size_pretty(pg_total_relation_size('search_document_text')) || ' text' AS size FROM search_document",
      )
    ).rows;
    console.log(
      `seeded ${n} documents (${size}, vocabulary ${vocabulary} words) in ${(ms(seeded) / 1000).toFixed(0)} s`,
    );

    const tokensFor = (i) =>
      i % 2
        ? ['public']
        : ['public', 'signed-in', `user:${viewerIds[i % viewerIds.length]}`, 'verified'];
    const criteria = (q, filter, i) => ({
      query: q,
      viewerTokens: tokensFor(i),
      types: filter?.types ?? null,
      ics: filter?.ics ?? null,
      themes: filter?.themes ?? null,
      evidenceLevels: null,
      adoptionStages: null,
      updated: filter?.updated ?? null,
      now: new Date(),
      cap: 1000,
      offset: 0,
      limit: 21,
    });

    // Warm up.
    for (const { q, filter } of QUERIES) {
      await repo.search(criteria(q, filter, 0));
      const res = JSON.parse(
        await post(apiPort, { query: SEARCH, variables: { query: q, filter } }),
      );
      if (res.errors) throw new Error(`API error for "${q}": ${JSON.stringify(res.errors)}`);
    }

    const db = [];
    const dbCpu = [];
    const e2e = [];
    console.log(
      `\n${'query'.padEnd(48)} ${'results'.padStart(8)}  database p50/p95     end-to-end p50/p95   db CPU p50/p95`,
    );
    for (const { q, filter } of QUERIES) {
      const dbTimes = [];
      const cpuTimes = [];
      const e2eTimes = [];
      let shown = '';
      for (let i = 0; i < runs; i += 1) {
        // What the API does for one search: the search statement (facet labels
        // included) and, beside it, the spelling check; a second search when the
        // query as typed found nothing.
        let start = process.hrtime.bigint();
        const cpuBefore = serverCpuMs();
        const words = (q.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
          (w) => w.length >= 4 && w !== 'or',
        );
        const [rows, corrections] = await Promise.all([
          repo.search(criteria(q, filter, i)),
          repo.corrections(words),
        ]);
        const fix = corrections.find(
          (c) => !c.known && c.best && !c.best.startsWith(c.word) && !c.word.startsWith(c.best),
        );
        if (rows.total === 0 && fix)
          await repo.search(criteria(q.replace(fix.word, fix.best), filter, i));
        dbTimes.push(ms(start));
        const cpuAfter = serverCpuMs();
        if (cpuBefore !== null && cpuAfter !== null) cpuTimes.push(cpuAfter - cpuBefore);

        start = process.hrtime.bigint();
        const res = JSON.parse(
          await post(apiPort, { query: SEARCH, variables: { query: q, filter } }),
        );
        e2eTimes.push(ms(start));
        if (res.errors) throw new Error(`API error for "${q}": ${JSON.stringify(res.errors)}`);
        const s = res.data.search;
        shown = `${s.totalCountCapped ? '1000+' : s.totalCount}${s.didYouMean ? ` (→ ${s.didYouMean})` : ''}`;
      }
      db.push(...dbTimes);
      dbCpu.push(...cpuTimes);
      e2e.push(...e2eTimes);
      const label = `${q}${filter ? ` ${JSON.stringify(filter)}` : ''}`.slice(0, 48);
      console.log(
        `${label.padEnd(48)} ${shown.padStart(8)}  ${pair(stats(dbTimes))}  ${pair(stats(e2eTimes))}${cpuTimes.length === runs ? `  ${pair(stats(cpuTimes))}` : ''}`,
      );
    }
    const dbStats = stats(db);
    const e2eStats = stats(e2e);
    console.log(`\n${QUERIES.length} queries × ${runs} runs over ${n} documents`);
    console.log(
      `database:   ${fmt(dbStats)}   (target p95 <= 20 ms: ${dbStats.p95 <= 20 ? 'met' : 'NOT met'})`,
    );
    console.log(
      `end-to-end: ${fmt(e2eStats)}   (target p95 <= 50 ms: ${e2eStats.p95 <= 50 ? 'met' : 'NOT met'})`,
    );
    if (dbCpu.length === db.length)
      console.log(`db CPU:     ${fmt(stats(dbCpu))}   (server CPU time per search)`);
  } finally {
    await pool.end();
    await api.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

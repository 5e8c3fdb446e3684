// Dashboards benchmark (issue #14): seeds 2,000 published case studies,
// 20,000 outcome measurements, 1,000 adoptions and 200 events with 10,000
// registrations, then prints p50/p95 end to end (HTTP through the real API,
// run as in production) for icsDashboard and regionDashboard.
//
//   node tools/bench/dashboards.mjs [--runs 60] [--case-studies 2000] [--measurements 20000] [--events 200]
//
// Uses DATABASE_SERVER_URL (a postgres:// URL of a server whose `postgres`
// database we may use to create/drop `mic_bench_dashboards`) or, by default,
// the embedded PostgreSQL (.data/pg). Not a test: the target is p95 <= 150 ms.
import http from 'node:http';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { startBenchApi } from './bench-api.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

const ICS_DASHBOARD = `query D($odsCode: String!, $period: PeriodInput) {
  icsDashboard(odsCode: $odsCode, period: $period) {
    ics { odsCode shortName }
    period { label }
    headlines { key label value atLeast basis per100k figuresUrl }
    measures { key label value atLeast basis per100k }
    sections { key title summary figures { label value } tables { caption rows { cells { text value href } } }
               charts { caption categories series { label values } summary } }
    aggregationRules
  } }`;

const REGION = `query R($period: PeriodInput, $metricKey: String) {
  regionDashboard(period: $period, metricKey: $metricKey) {
    population
    selected { key regionValue icss { ics { odsCode } value per100k } }
    measures { key label regionValue regionPer100k icss { ics { odsCode } value per100k atLeast } }
  } }`;

const ICS = ['QHL', 'QUA', 'QJ2', 'QK1', 'QNC', 'QGH', 'QJM', 'QOC', 'QPM', 'QT1', 'QWU'];
const PERIODS = [
  null,
  { financialYear: 2024 },
  { financialYear: 2024, quarter: 2 },
  { financialYear: 2025 },
];

/** Set-based seeding: a few statements, whatever the sizes. */
async function seed(url, { caseStudies, measurements, events }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = (text, params) => client.query(text, params);
  try {
    await q('BEGIN');
    await q(`INSERT INTO organisation (name, type_key)
             SELECT 'Bench organisation ' || g, (ARRAY['NHS_TRUST','LOCAL_AUTHORITY','UNIVERSITY_COLLEGE','VCSE','HOUSING'])[1 + g % 5]
               FROM generate_series(1, 220) g
             ON CONFLICT DO NOTHING`);
    await q(`INSERT INTO organisation_ics (organisation_id, ics_id)
             SELECT o.id, i.id
               FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organisation WHERE name LIKE 'Bench organisation %') o
               JOIN (SELECT id, row_number() OVER (ORDER BY ods_code) - 1 AS n FROM ics) i ON i.n = o.n % 11
             ON CONFLICT DO NOTHING`);
    await q(
      `INSERT INTO case_study (slug, title, summary, evidence_level, practice_stage, status, organisation_id, ics_id,
                               review_by, published_at)
       SELECT 'bench-dash-' || g, 'Bench practice ' || g, 'A bench practice.', 'BEFORE_AFTER', 'ESTABLISHED', 'PUBLISHED',
              o.id, oi.ics_id, '2099-01-01', now() - (g || ' hours')::interval
         FROM generate_series(1, $1::int) g
         JOIN LATERAL (SELECT id FROM organisation WHERE name = 'Bench organisation ' || (1 + g % 220)) o ON true
         JOIN organisation_ics oi ON oi.organisation_id = o.id`,
      [caseStudies],
    );
    await q(`INSERT INTO case_study_theme (case_study_id, theme_key)
             SELECT c.id, t.key FROM case_study c
               JOIN (SELECT key, row_number() OVER (ORDER BY sort_order) - 1 AS n FROM theme) t
                 ON t.n IN ((hashtext(c.slug)::bigint % 12 + 12) % 12, (hashtext(c.slug)::bigint % 12 + 13) % 12)
              WHERE c.slug LIKE 'bench-dash-%'
             ON CONFLICT DO NOTHING`);
    await q(`INSERT INTO adoption (case_study_id, organisation_id, ics_id, stage)
             SELECT c.id, o.id, oi.ics_id,
                    (ARRAY['EXPLORING','PLANNING','PILOTING','EMBEDDED','SUSTAINED','STOPPED'])[1 + n % 6]
               FROM (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM case_study WHERE slug LIKE 'bench-dash-%') c
               JOIN LATERAL (SELECT id FROM organisation WHERE name = 'Bench organisation ' || (1 + (c.n * 7) % 220)) o ON true
               JOIN organisation_ics oi ON oi.organisation_id = o.id
              WHERE c.n % 2 = 0`);
    // Quarterly in-period figures over five years, a running total now and then, a few corrections.
    await q(
      `INSERT INTO outcome_measurement (case_study_id, metric_key, value, qualifier, measured_on, period_start,
                                        cumulative, source_title, source_url)
       SELECT c.id, m.key, 5 + (g * 37) % 200, CASE WHEN g % 9 = 0 THEN 'more than' END,
              (date '2021-06-30' + ((g % 20) * interval '3 months'))::date,
              (date '2021-04-01' + ((g % 20) * interval '3 months'))::date,
              g % 10 = 0, 'Bench quarterly report', 'https://example.org/bench'
         FROM generate_series(1, $1::int) g
         JOIN (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS n FROM case_study WHERE slug LIKE 'bench-dash-%') c
           ON c.n = g % $2::int
         JOIN (SELECT key, row_number() OVER (ORDER BY sort_order) - 1 AS n FROM metric) m
           ON m.n = (g / $2::int) % (SELECT count(*) FROM metric)`,
      [measurements, caseStudies],
    );
    await q(`UPDATE outcome_measurement SET superseded_at = now()
              WHERE source_title = 'Bench quarterly report' AND hashtext(id::text) % 50 = 0`);
    await q(`INSERT INTO app_user (email, name, password_hash, organisation_id, verified_at, verification_method,
                                   membership_status, membership_requested_at, email_confirmed_at)
             SELECT 'bench' || g || '@example.org', 'Bench Person ' || g, 'x', o.id, now(), 'ADMIN', 'VERIFIED', now(), now()
               FROM generate_series(1, 2000) g
               JOIN LATERAL (SELECT id FROM organisation WHERE name = 'Bench organisation ' || (1 + g % 220)) o ON true`);
    const organiser = (await q(`SELECT id FROM app_user WHERE email = 'bench1@example.org'`))
      .rows[0].id;
    await q(
      `INSERT INTO event (title, description, starts_at, ends_at, venue_name, organiser_user_ids, status, capacity,
                          offer_hours, requires_approval, retention_days, questions, ics_ods_codes, themes, created_by_id)
       SELECT 'Bench event ' || g, 'A bench event.', date '2021-05-01' + (g * 9) * interval '1 day',
              date '2021-05-01' + (g * 9) * interval '1 day' + interval '6 hours', 'The Studio, Birmingham',
              ARRAY[$2::uuid], 'PUBLISHED', 100, 48, false, 30, '[]'::jsonb, '{}', '{}', $2::uuid
         FROM generate_series(1, $1::int) g`,
      [events, organiser],
    );
    await q(`INSERT INTO event_registration (event_id, user_id, status, ics_ods_code, organisation_type_key, consent_at,
                                             checked_in_at)
             SELECT e.id, u.id, (CASE WHEN (e.n + u.n) % 13 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END)::event_registration_status,
                    i.ods_code, o.type_key, now(), CASE WHEN (e.n + u.n) % 4 <> 0 THEN e.starts_at END
               FROM (SELECT id, starts_at, row_number() OVER (ORDER BY title) AS n FROM event WHERE title LIKE 'Bench event %') e
               JOIN (SELECT id, organisation_id, row_number() OVER (ORDER BY email) AS n FROM app_user WHERE email LIKE 'bench%') u
                 ON (u.n + e.n * 7) % 40 = 0
               JOIN organisation o ON o.id = u.organisation_id
               JOIN organisation_ics oi ON oi.organisation_id = o.id
               JOIN ics i ON i.id = oi.ics_id
             ON CONFLICT DO NOTHING`);
    await q('COMMIT');
    await q('ANALYZE');
    const counts = (
      await q(`SELECT (SELECT count(*) FROM case_study WHERE status = 'PUBLISHED')::int AS case_studies,
                      (SELECT count(*) FROM outcome_measurement)::int AS measurements,
                      (SELECT count(*) FROM adoption)::int AS adoptions,
                      (SELECT count(*) FROM event)::int AS events,
                      (SELECT count(*) FROM event_registration)::int AS registrations`)
    ).rows[0];
    return counts;
  } catch (error) {
    await q('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function post(port, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(data));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

async function timed(port, body) {
  const start = process.hrtime.bigint();
  const text = await post(port, body);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const json = JSON.parse(text);
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { ms, json };
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)}  p95 ${percentile(s, 95).toFixed(1)}  max ${s[s.length - 1].toFixed(1)} ms`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '60' },
      'case-studies': { type: 'string', default: '2000' },
      measurements: { type: 'string', default: '20000' },
      events: { type: 'string', default: '200' },
    },
  });
  const apiPort = Number(process.env.BENCH_API_PORT ?? 4751);
  const api = await startBenchApi({ database: 'mic_bench_dashboards', apiPort });
  try {
    const counts = await seed(api.databaseUrl, {
      caseStudies: Number(values['case-studies']),
      measurements: Number(values.measurements),
      events: Number(values.events),
    });
    console.log(`seeded: ${JSON.stringify(counts)}`);
    const runs = Number(values.runs);
    const icsBody = (i) => ({
      query: ICS_DASHBOARD,
      variables: { odsCode: ICS[i % ICS.length], period: PERIODS[i % PERIODS.length] },
    });
    const regionBody = (i) => ({
      query: REGION,
      variables: { period: PERIODS[i % PERIODS.length], metricKey: 'LOCAL_RESIDENTS_INTO_JOBS' },
    });
    const sample = await timed(apiPort, icsBody(1));
    const jobs = sample.json.data.icsDashboard.headlines.find(
      (h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
    );
    console.log(
      `sample: ${sample.json.data.icsDashboard.ics.shortName}, ${sample.json.data.icsDashboard.period.label}: ` +
        `${jobs?.label} ${jobs?.atLeast ? 'at least ' : ''}${jobs?.value} (n = ${jobs?.basis}), ` +
        `${sample.json.data.icsDashboard.sections.length} sections`,
    );
    // Warm up: every ICS x period once (JIT, connection pool, and each dashboard once in the cache).
    for (let i = 0; i < ICS.length * PERIODS.length; i += 1) {
      await timed(apiPort, icsBody(i));
      await timed(apiPort, regionBody(i));
    }
    const icsTimes = [];
    const regionTimes = [];
    for (let i = 0; i < runs; i += 1) {
      icsTimes.push((await timed(apiPort, icsBody(i))).ms);
      regionTimes.push((await timed(apiPort, regionBody(i))).ms);
    }
    console.log('served from the dashboard cache (no data changed since the last request):');
    console.log(`  icsDashboard    (${runs} runs, 11 ICSs x 4 periods): ${stats(icsTimes)}`);
    console.log(`  regionDashboard (${runs} runs, 4 periods):          ${stats(regionTimes)}`);
    // Cold: a write (a bump of the data version, as any committed change to a
    // source table does) before every request, so each one is computed afresh.
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    const coldIcs = [];
    const coldRegion = [];
    try {
      for (let i = 0; i < runs; i += 1) {
        await client.query("SELECT nextval('dashboard_data_version')");
        coldIcs.push((await timed(apiPort, icsBody(i))).ms);
        await client.query("SELECT nextval('dashboard_data_version')");
        coldRegion.push((await timed(apiPort, regionBody(i))).ms);
      }
    } finally {
      await client.end();
    }
    console.log('computed afresh (the data changed before every request):');
    console.log(`  icsDashboard    (${runs} runs, 11 ICSs x 4 periods): ${stats(coldIcs)}`);
    console.log(`  regionDashboard (${runs} runs, 4 periods):          ${stats(coldRegion)}`);
    console.log('target: p95 <= 150 ms end to end');
  } finally {
    await api.stop();
  }
}

await main();

import { createServer } from 'node:http';
import type { Server } from 'node:http';

import { startApiProcess } from '../setup/api-process';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { gql } from '../setup/gql';

const TOKEN = 'metrics-token-for-the-int-test-0123';

/** The value of one sample line (`name{labels} value`) in Prometheus text, or null. */
function sample(text: string, name: string, labels: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : null;
}

describe('health, readiness and /metrics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ METRICS_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await t.close();
  });

  it('should answer live without the database, and ready with each check named', async () => {
    const live = await fetch(`${t.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as {
      status: string;
      checks: Record<string, { ok: boolean; detail?: string }>;
    };
    expect(body.status).toBe('ready');
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'jobs', 'migrations']);
    expect(body.checks.migrations.detail).toMatch(/^at \w+/);
    expect(body.checks.jobs).toEqual({
      ok: true,
      detail: expect.stringContaining('JOBS_WORKERS=false'),
    });
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it('should not be ready while a migration the code ships is not applied', async () => {
    const [last] = (await t.db.query(
      'SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1',
    )) as { id: number; timestamp: string; name: string }[];
    await t.db.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as {
        checks: Record<string, { ok: boolean; detail?: string }>;
      };
      expect(body.checks.migrations).toEqual({
        ok: false,
        detail: `1 migration(s) not applied, first ${last.name}`,
      });
      expect(body.checks.database.ok).toBe(true);
      // Liveness does not care: restarting would not help.
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });

  it('should expose request, operation, error, pool, job and outbox metrics to a loopback scraper', async () => {
    const before = await (await fetch(`${t.url}/metrics`)).text();
    const errorsBefore = sample(before, 'mic_errors_total', 'code="UNAUTHENTICATED"') ?? 0;
    await gql(t.url, { query: 'query UploadPolicyProbe { uploadPolicy { maxBytes } }' });
    const denied = await gql(t.url, { query: 'mutation SignOutProbe { signOut }' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(
      sample(text, 'mic_graphql_operation_duration_seconds_count', 'operation="UploadPolicyProbe"'),
    ).toBe(1);
    expect(text).toContain(
      'mic_graphql_operation_duration_seconds_bucket{le="0.005",operation="UploadPolicyProbe",type="query"}',
    );
    expect(sample(text, 'mic_errors_total', 'code="UNAUTHENTICATED"')).toBe(errorsBefore + 1);
    expect(
      sample(
        text,
        'mic_http_request_duration_seconds_count',
        'route="/health/live",method="GET",status="200"',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(text, 'mic_http_request_duration_seconds_count', 'route="/graphql"'),
    ).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'mic_db_pool_connections', 'state="in_use"')).not.toBeNull();
    expect(sample(text, 'mic_db_pool_connections', 'state="waiting"')).toBe(0);
    expect(sample(text, 'mic_mail_outbox_backlog', 'status="PENDING"')).not.toBeNull();
    expect(text).toContain('# TYPE mic_job_queue_depth gauge');
    expect(text).toContain('# TYPE mic_job_oldest_waiting_seconds gauge');
    expect(text).toContain('# TYPE mic_job_failed gauge');
  });

  it('should hide /metrics from forwarded callers and wrong tokens, and open it with the token', async () => {
    const forwarded = await fetch(`${t.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(forwarded.status).toBe(404);
    expect(await forwarded.text()).not.toContain('mic_');
    const wrong = await fetch(`${t.url}/metrics`, {
      headers: {
        'x-forwarded-for': '203.0.113.9',
        authorization: 'Bearer not-the-token-at-all-000000',
      },
    });
    expect(wrong.status).toBe(404);
    const right = await fetch(`${t.url}/metrics`, {
      headers: { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('mic_http_request_duration_seconds');
  });
});

describe('OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT set)', () => {
  let receiver: Server;
  const posts: { path: string; body: string }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        posts.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('should export spans for requests to the OTLP receiver', async () => {
    const { port } = receiver.address() as { port: number };
    const api = await startApiProcess({
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`,
      OTEL_SERVICE_NAME: 'mic-api-int-test',
    });
    try {
      await gql(api.url, { query: 'query TracedProbe { uploadPolicy { maxBytes } }' });
      const deadline = Date.now() + 20_000;
      while (!posts.some((p) => p.body.includes('mic-api-int-test')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      const traces = posts.filter((p) => p.path === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      const body = traces.map((p) => p.body).join('\n');
      expect(body).toContain('mic-api-int-test');
      expect(body).toContain('/graphql');
      // Health probes (polled while the process started) are not traced.
      expect(body).not.toContain('/health');
    } finally {
      await api.stop();
    }
  }, 120_000);
});

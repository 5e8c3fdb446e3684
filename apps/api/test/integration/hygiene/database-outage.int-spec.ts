import { rmSync } from 'node:fs';
import path from 'node:path';

import { runMigrations } from '../../../src/database/database-tasks';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import type { EmbeddedPgProcess } from '../setup/embedded-pg-process';
import { createDatabase, freePort, root, startEmbeddedPg } from '../setup/embedded-pg-process';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

jest.setTimeout(180_000);

describe('database outage', () => {
  let port: number;
  let dataDir: string;
  let server: EmbeddedPgProcess | undefined;
  let t: TestApp | undefined;
  let user: TestUser;
  const sharedUrl = process.env['DATABASE_URL'];

  beforeAll(async () => {
    // This file's own PostgreSQL (stopped and restarted below), not the run's shared server.
    port = await freePort();
    dataDir = `.data/pg-outage-${port}`;
    server = await startEmbeddedPg(dataDir, port);
    const url = await createDatabase(port, 'mic_outage');
    await runMigrations(url);
    t = await createTestApp({ DATABASE_URL: url });
    await resetDatabase(t.db);
    user = await createUser(t.db);
  });

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    rmSync(path.join(root, dataDir), { recursive: true, force: true });
    if (sharedUrl) process.env['DATABASE_URL'] = sharedUrl;
  });

  it('should answer 503 SERVICE_UNAVAILABLE with Retry-After while the database is down, and recover without a restart', async () => {
    const app = t as TestApp;
    const query = '{ organisations(first: 1) { totalCount } }';
    expect((await gql(app.url, { query })).status).toBe(200);

    await server?.stop();
    server = undefined;

    const anonymous = await gql(app.url, { query });
    expect(anonymous.status).toBe(503);
    expect(anonymous.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(errorCode(anonymous)).toBe('SERVICE_UNAVAILABLE');
    expect(anonymous.errors?.[0].message).toMatch(/temporarily unavailable/);
    expect(JSON.stringify(anonymous.errors)).not.toMatch(/ECONNREFUSED|57P01|pool|terminat/i);

    // A signed-in request fails in the session lookup (the auth guard), before any resolver.
    const signedIn = await gql(app.url, { query: '{ me { id } }', as: user.token });
    expect(signedIn.status).toBe(503);
    expect(errorCode(signedIn)).toBe('SERVICE_UNAVAILABLE');

    const health = await fetch(`${app.url}/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toMatch(/^\d+$/);

    const rest = await fetch(`${app.url}/files/00000000-0000-0000-0000-000000000000`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(rest.status).toBe(503);
    expect(rest.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await rest.json()) as { code: string }).code).toBe('SERVICE_UNAVAILABLE');

    server = await startEmbeddedPg(dataDir, port);

    let recovered = await gql(app.url, { query });
    for (let i = 0; i < 20 && recovered.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      recovered = await gql(app.url, { query });
    }
    expect(recovered.status).toBe(200);
    expect(recovered.errors).toBeUndefined();
    const me = await gql<{ me: { id: string } }>(app.url, { query: '{ me { id } }', as: user.token });
    expect(me.data?.me.id).toBe(user.id);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});

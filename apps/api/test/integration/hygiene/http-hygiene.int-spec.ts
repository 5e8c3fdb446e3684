import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parseEnv } from '../../../src/config/env.schema';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('REST and HTTP server hygiene', () => {
  let t: TestApp;
  let dir: string;
  let user: TestUser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mic-hygiene-'));
    t = await createTestApp({ UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    user = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (headers: Record<string, string>, altText?: string) => {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'report.pdf');
    if (altText !== undefined) form.append('altText', altText);
    const res = await fetch(`${t.url}/files`, { method: 'POST', body: form, headers });
    return { status: res.status, body: (await res.json()) as { id?: string; code?: string; message?: string } };
  };

  describe('cross-site requests to cookie-authenticated REST routes', () => {
    const cookie = () => `mic_session=${user.token}`;

    it('should refuse a cookie-authenticated POST /files from another origin', async () => {
      const res = await upload({ cookie: cookie(), origin: 'https://evil.example', 'apollo-require-preflight': 'true' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should refuse a cookie-authenticated POST /files marked Sec-Fetch-Site: cross-site', async () => {
      const res = await upload({ cookie: cookie(), 'sec-fetch-site': 'cross-site', 'apollo-require-preflight': 'true' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should refuse a cookie-authenticated POST /files without the custom header (a plain form post)', async () => {
      const res = await upload({ cookie: cookie(), 'sec-fetch-site': 'same-origin' });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/apollo-require-preflight/);
    });

    it('should accept same-origin cookie uploads with the custom header, and bearer uploads', async () => {
      const sameOrigin = await upload({
        cookie: cookie(),
        'sec-fetch-site': 'same-origin',
        'apollo-require-preflight': 'true',
      });
      expect(sameOrigin.status).toBe(201);
      const fromWeb = await upload({ cookie: cookie(), origin: 'http://localhost:3000', 'x-apollo-operation-name': 'upload' });
      expect(fromWeb.status).toBe(201);
      const bearer = await upload({ authorization: `Bearer ${user.token}`, origin: 'https://evil.example' });
      expect(bearer.status).toBe(201);
      // Downloads by link (GET, cookie only) keep working.
      const download = await fetch(`${t.url}/files/${sameOrigin.body.id}`, {
        headers: { cookie: cookie(), 'sec-fetch-site': 'cross-site' },
      });
      expect(download.status).toBe(200);
    });

    it('should refuse a NUL character in REST text input with 400', async () => {
      const res = await upload({ authorization: `Bearer ${user.token}` }, 'alt\u0000text');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BAD_USER_INPUT');
    });

    it('should answer unknown routes and malformed JSON with 4xx codes, not 500', async () => {
      const missing = await fetch(`${t.url}/no-such-route`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { code: string }).code).toBe('NOT_FOUND');
      const badJson = await fetch(`${t.url}/notifications/unsubscribe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"a":',
      });
      expect(badJson.status).toBe(400);
      expect(((await badJson.json()) as { code: string }).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('slow clients', () => {
    it('should keep production defaults for header, request and keep-alive timeouts at or under 20 s', () => {
      const env = parseEnv({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x@localhost/x',
        DEVICE_COOKIE_SECRET: 'a-production-device-cookie-secret-of-40-chars',
        SSO_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
      });
      expect(env.HTTP_HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(20_000);
      expect(env.HTTP_REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(20_000);
      expect(env.HTTP_KEEP_ALIVE_TIMEOUT_MS).toBeLessThanOrEqual(20_000);
    });

    it('should drop a slowloris client (headers one byte a second) once the headers timeout passes', async () => {
      const slow = await createTestApp({ HTTP_HEADERS_TIMEOUT_MS: '2000', HTTP_REQUEST_TIMEOUT_MS: '3000' });
      const { port } = new URL(slow.url);
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        const closedAfter = await new Promise<number>((resolve, reject) => {
          const socket = connect(Number(port), '127.0.0.1');
          const header = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(100);
          let i = 0;
          socket.on('connect', () => {
            timer = setInterval(() => {
              if (i < header.length && !socket.destroyed) socket.write(header[i++]);
            }, 1000);
          });
          socket.on('data', () => undefined);
          socket.on('error', () => undefined);
          socket.on('close', () => resolve(Date.now() - started));
          setTimeout(() => reject(new Error('slowloris connection still open after 15 s')), 15_000).unref();
        });
        expect(closedAfter).toBeLessThan(6_000);
      } finally {
        clearInterval(timer);
        await slow.close();
        delete process.env['HTTP_HEADERS_TIMEOUT_MS'];
        delete process.env['HTTP_REQUEST_TIMEOUT_MS'];
      }
    });
  });
});

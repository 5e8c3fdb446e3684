import type { Logger } from '@nestjs/common';
import { ExternalExceptionFilter } from '@nestjs/core/exceptions/external-exception-filter';

import type { TestApp } from './setup/create-test-app';
import { createTestApp } from './setup/create-test-app';
import { errorCode, gql } from './setup/gql';

describe('errors, limits and health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('should answer /health with 200 ok while the database answers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('should not log expected errors (NOT_FOUND, BAD_USER_INPUT) as server errors', async () => {
    // Nest's default handler for errors no filter handled (a private static logger).
    const nestLogger = (ExternalExceptionFilter as unknown as { logger: Logger }).logger;
    const nestErrorLog = jest.spyOn(nestLogger, 'error');
    try {
      const missing = await gql(t.url, { query: '{ caseStudy(slug: "no-such-case-study") { id } }' });
      expect(errorCode(missing)).toBe('NOT_FOUND');
      const bad = await gql(t.url, { query: '{ organisations(first: 0) { totalCount } }' });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(nestErrorLog).not.toHaveBeenCalled();
    } finally {
      nestErrorLog.mockRestore();
    }
  });

  it('should map an unknown field to BAD_USER_INPUT', async () => {
    const res = await gql(t.url, { query: '{ icss { noSuchField } }' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/noSuchField/);
  });

  it('should map a syntax error and a bad variable to BAD_USER_INPUT', async () => {
    expect(errorCode(await gql(t.url, { query: '{ icss { ' }))).toBe('BAD_USER_INPUT');
    const badVar = await gql(t.url, {
      query: 'query($n: Int) { organisations(first: $n) { totalCount } }',
      variables: { n: 'ten' },
    });
    expect(errorCode(badVar)).toBe('BAD_USER_INPUT');
  });

  it('should reject a query nested deeper than the limit', async () => {
    let selection = 'odsCode';
    for (let i = 0; i < 6; i += 1) selection = `places { ics { ${selection} } }`;
    const res = await gql(t.url, { query: `{ icss { ${selection} } }` });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/nested \d+ levels deep/);
  });

  it('should reject a query whose cost exceeds the limit', async () => {
    const fields = Array.from({ length: 20 }, (_, i) => `a${i}: icss { name odsCode }`).join(' ');
    const res = await gql(t.url, {
      query: `{ organisations(first: 100) { edges { node { ${fields} icss { name } places { name } } } } }`,
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/too expensive/);
  });

  it('should not serve the CDN landing page on GET /graphql', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await res.text();
    expect(body).not.toMatch(/cdn|embeddable-sandbox|apollographql\.com/i);
  });

  it('should allow introspection outside production', async () => {
    const res = await gql<{ __schema: { queryType: { name: string } } }>(t.url, {
      query: '{ __schema { queryType { name } } }',
    });
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });

  it('should mask unexpected failures as INTERNAL_SERVER_ERROR with a request id, and report 503 health when the database is gone', async () => {
    const broken = await createTestApp();
    await broken.db.destroy();
    const res = await gql(broken.url, { query: '{ icss { odsCode } }', headers: { 'x-request-id': 'test-req-000123' } });
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(res.errors?.[0].extensions?.requestId).toBe('test-req-000123');
    expect(res.errors?.[0].message).toMatch(/test-req-000123/);
    expect(JSON.stringify(res.errors)).not.toMatch(/pool|TypeORM|Connection|stack/i);
    const health = await fetch(`${broken.url}/health`);
    expect(health.status).toBe(503);
    await broken.app.close().catch(() => undefined);
  });
});

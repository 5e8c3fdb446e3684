import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

/** POSTs a raw body to /graphql; returns status, headers and the parsed (or raw) body. */
async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; text: string; json: { errors?: { message: string; extensions?: { code?: string } }[] } | null; headers: Headers }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
  } catch {
    json = null;
  }
  return { status: res.status, text, json, headers: res.headers };
}

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }';

describe('GraphQL and HTTP hygiene', () => {
  let t: TestApp;
  let user: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    user = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('client mistakes are 400 BAD_USER_INPUT, never 500, and never echo values', () => {
    it('should not echo a bad variable value (the password) when a variable is invalid', async () => {
      const secret = 'Unique-Secret-PW-7f3a9c';
      const res = await postRaw(
        t.url,
        JSON.stringify({ query: SIGN_IN, variables: { input: { email: 12345, password: secret } } }),
      );
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.json?.errors?.[0].message).toMatch(/\$input/);
      expect(res.json?.errors?.[0].message).toMatch(/input\.email/);
      expect(res.text).not.toContain(secret);
      expect(res.text).not.toContain('12345');
    });

    it('should not echo the value when an input object has an unknown field', async () => {
      const secret = 'Unique-Secret-PW-2b8e1d';
      const res = await postRaw(
        t.url,
        JSON.stringify({ query: SIGN_IN, variables: { input: { email: 'a@example.org', password: secret, extra: 1 } } }),
      );
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.json?.errors?.[0].message).toMatch(/extra/);
      expect(res.text).not.toContain(secret);
    });

    it('should refuse a __proto__ key in an input object', async () => {
      const res = await postRaw(
        t.url,
        `{"query":${JSON.stringify(SIGN_IN)},"variables":{"input":{"email":"a@example.org","password":"pw-a1b2c3","__proto__":{"isAdmin":true}}}}`,
      );
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.json?.errors?.[0].message).toMatch(/__proto__/);
      expect(res.text).not.toContain('pw-a1b2c3');
    });

    it('should refuse an out-of-range Int variable and a huge Float literal', async () => {
      const big = await postRaw(
        t.url,
        JSON.stringify({ query: 'query($n: Int) { organisations(first: $n) { totalCount } }', variables: { n: 98765432109 } }),
      );
      expect(big.status).toBe(400);
      expect(big.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(big.json?.errors?.[0].message).toMatch(/\$n/);
      expect(big.text).not.toContain('98765432109');

      const literal = await postRaw(t.url, JSON.stringify({ query: '{ organisations(first: 98765432109) { totalCount } }' }));
      expect(literal.status).toBe(400);
      expect(literal.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const huge = await postRaw(
        t.url,
        JSON.stringify({ query: 'query { __typename }', variables: {} }).replace('query {', 'query($f: Float = 1e400) {'),
      );
      expect(huge.status).toBe(400);
      expect(huge.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should refuse a NUL character in text before it reaches the database', async () => {
      const variable = await postRaw(
        t.url,
        JSON.stringify({ query: 'query($s: String!) { caseStudy(slug: $s) { id } }', variables: { s: 'abc\u0000def' } }),
      );
      expect(variable.status).toBe(400);
      expect(variable.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.json?.errors?.[0].message).toMatch(/NUL/);

      const literal = await postRaw(t.url, JSON.stringify({ query: '{ caseStudy(slug: "abc\\u0000def") { id } }' }));
      expect(literal.status).toBe(400);
      expect(literal.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should answer a complexity overrun with 400, not 500', async () => {
      const fields = Array.from({ length: 20 }, (_, i) => `a${i}: icss { name odsCode }`).join(' ');
      const res = await gql(t.url, {
        query: `{ organisations(first: 100) { edges { node { ${fields} icss { name } places { name } } } } }`,
      });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toMatch(/too expensive/);
    });

    it('should refuse 1,000 aliases before execution', async () => {
      const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: icss { odsCode }`).join(' ')} }`;
      const res = await gql(t.url, { query });
      expect(res.status).toBe(400);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.data).toBeUndefined();
      expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/aliases/);
    });

    it('should refuse too many root fields but allow a few aliases', async () => {
      const many = await gql(t.url, { query: `{ ${Array.from({ length: 20 }, () => 'icss { odsCode }').join(' ')} }` });
      // Identical root fields merge into one response key.
      expect(many.status).toBe(200);
      const roots = await gql(t.url, {
        query: `{ ${Array.from({ length: 16 }, (_, i) => `r${i}: icss { odsCode }`).join(' ')} }`,
      });
      expect(roots.status).toBe(400);
      expect(roots.errors?.map((e) => e.message).join(' ')).toMatch(/top-level fields/);
      const few = await gql(t.url, { query: '{ a: icss { odsCode } b: icss { name } }' });
      expect(few.status).toBe(200);
      expect(few.errors).toBeUndefined();
    });

    it('should answer a malformed JSON body with 400 BAD_USER_INPUT', async () => {
      const res = await postRaw(t.url, '{"query": "{ icss { odsCode } "');
      expect(res.status).toBe(400);
      expect(res.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.json?.errors?.[0].message).toMatch(/not valid JSON/);
    });

    it('should answer wrong content types with 4xx BAD_USER_INPUT', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const res = await postRaw(t.url, '{ icss { odsCode } }', { 'content-type': type });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.json?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('suggestions', () => {
    const unknownField = '{ icss { odsCod } }';

    it('should keep "Did you mean" outside production', async () => {
      const res = await gql(t.url, { query: unknownField });
      expect(res.errors?.[0].message).toMatch(/Did you mean/);
    });

    it('should hide "Did you mean" when suggestions are hidden (the production default)', async () => {
      const hidden = await createTestApp({ GRAPHQL_HIDE_SUGGESTIONS: 'true' });
      try {
        const res = await gql(hidden.url, { query: unknownField });
        expect(res.status).toBe(400);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
        const variable = await gql(hidden.url, { query: SIGN_IN, variables: { input: { emial: 'a@example.org', password: 'x' } } });
        expect(JSON.stringify(variable.errors)).not.toMatch(/Did you mean/);
      } finally {
        await hidden.close();
        delete process.env['GRAPHQL_HIDE_SUGGESTIONS'];
      }
    });
  });

  describe('caching', () => {
    it('should mark authenticated and anonymous GraphQL responses private, no-store', async () => {
      const asUser = await gql(t.url, { query: '{ me { id } }', as: user.token });
      expect(asUser.status).toBe(200);
      expect(asUser.headers.get('cache-control')).toMatch(/no-store/);
      expect(asUser.headers.get('cache-control')).toMatch(/private/);
      const anonymous = await gql(t.url, { query: '{ icss { odsCode } }' });
      expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
      expect(anonymous.headers.get('vary')).toMatch(/Cookie/);
      expect(anonymous.headers.get('vary')).toMatch(/Authorization/);
    });
  });
});

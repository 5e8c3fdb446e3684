import { PUBLIC_CACHE_EXEMPT_TABLES } from '../../../src/common/public-cache/public-tables';
import { createCaseStudy } from '../factories/case-study.factory';
import type { TestCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

const LIST = `query Library($first: Int, $filter: CaseStudiesFilter) {
  caseStudies(first: $first, filter: $filter) {
    totalCount
    edges { node { id title status contact { name email } } }
  }
}`;
const ONE = `query One($slug: String!) { caseStudy(slug: $slug) { id title status contact { name email } } }`;
const ARCHIVE = `mutation Archive($input: CaseStudyIdInput!) { archiveCaseStudy(input: $input) { id status } }`;

interface Node {
  id: string;
  title: string;
  status: string;
  contact: { name: string; email: string | null } | null;
}
interface ListData {
  caseStudies: { totalCount: number; edges: { node: Node }[] };
}

interface GetResult {
  status: number;
  text: string;
  body: {
    data?: ListData & { caseStudy?: Node | null };
    errors?: { extensions?: { code?: string } }[];
  } | null;
  headers: Headers;
}

/** An anonymous-looking GraphQL GET (Apollo's CSRF rule wants the preflight header). */
async function get(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GetResult> {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const res = await fetch(`${baseUrl}/graphql?${params}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  const text = await res.text();
  return {
    status: res.status,
    text,
    body: text ? (JSON.parse(text) as GetResult['body']) : null,
    headers: res.headers,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Longer than PUBLIC_CACHE_VERSION_CHECK_MS (250 ms by default). */
const VERSION_CHECK = 300;

const titles = (r: GetResult) => r.body?.data?.caseStudies.edges.map((e) => e.node.title) ?? [];

describe('public response cache: anonymous GETs of public queries', () => {
  let a: TestApp;
  let b: TestApp;
  let author: TestUser;
  let published: TestCaseStudy;
  let draft: TestCaseStudy;

  beforeAll(async () => {
    // Two API instances on one database, as two replicas behind a load balancer.
    a = await createTestApp({ PUBLIC_CACHE: 'true', PUBLIC_CACHE_VERSION_CHECK_MS: '250' });
    b = await createTestApp({ PUBLIC_CACHE: 'true', PUBLIC_CACHE_VERSION_CHECK_MS: '250' });
    await resetDatabase(a.db);
    const org = await createOrganisation(a.db, { icsOdsCodes: ['QUA'] });
    author = await createUser(a.db, { organisationId: org.id });
    published = await createCaseStudy(a.db, { organisationId: org.id, title: 'Cached practice' });
    draft = await createCaseStudy(a.db, {
      organisationId: org.id,
      title: 'Secret draft practice',
      status: 'DRAFT',
    });
    await a.db.query(
      `UPDATE case_study SET contact_name = 'Pat Contact', contact_email = 'pat.contact@example.org', author_id = $2
        WHERE id = ANY($1::uuid[])`,
      [[published.id, draft.id], author.id],
    );
    await sleep(VERSION_CHECK);
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('should answer a repeated anonymous GET from the cache, with an ETag and 304 on If-None-Match', async () => {
    const first = await countQueries(() => get(a.url, LIST, { first: 10 }));
    expect(first.result.status).toBe(200);
    expect(titles(first.result)).toContain('Cached practice');
    expect(first.statements.some((sql) => /FROM case_study/.test(sql))).toBe(true);
    expect(first.result.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(first.result.headers.get('vary')).toMatch(/Cookie/);
    expect(first.result.headers.get('vary')).toMatch(/Authorization/);
    const etag = first.result.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);

    const again = await countQueries(() => get(a.url, LIST, { first: 10 }));
    expect(again.result.text).toBe(first.result.text);
    expect(again.result.headers.get('etag')).toBe(etag);
    expect(again.result.headers.get('content-type')).toBe(first.result.headers.get('content-type'));
    expect(again.result.headers.get('x-request-id')).toBeTruthy();
    // At most the version check; none of the list's statements.
    expect(again.count).toBeLessThanOrEqual(1);
    for (const sql of again.statements) expect(sql).toMatch(/public_content_version/);

    const notModified = await get(a.url, LIST, { first: 10 }, { 'if-none-match': etag! });
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    const changedTag = await get(a.url, LIST, { first: 10 }, { 'if-none-match': '"other"' });
    expect(changedTag.status).toBe(200);
  });

  it('should keep POSTs, non-public queries and errors out of the cache (private, no-store)', async () => {
    const post = await gql(a.url, { query: LIST, variables: { first: 10 } });
    expect(post.headers.get('cache-control')).toBe('private, no-store');

    const me = await get(a.url, '{ me { id } }');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    // (Express's own weak ETag stays on ordinary responses; the cache's are strong.)
    expect(me.headers.get('etag') ?? '').not.toMatch(/^"/);

    const invalid = await get(a.url, LIST, { first: 'ten' });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).not.toMatch(/public/);

    // Apollo's CSRF prevention still refuses a simple GET, hit or miss.
    const params = new URLSearchParams({ query: LIST, variables: JSON.stringify({ first: 10 }) });
    const simple = await fetch(`${a.url}/graphql?${params}`);
    expect(simple.status).toBe(400);

    // A mutation is never run (nor cached) over GET.
    const mutation = await get(a.url, ARCHIVE, { input: { id: published.id } });
    expect(mutation.status).toBe(405);
  });

  it('should never put a draft in the anonymous response, nor hand the anonymous response to its author', async () => {
    const mine = { first: 10, filter: { mine: true } };
    // The author asks first: their answer (with the draft) must not fill the cache.
    const asAuthor = await get(a.url, LIST, mine, { authorization: `Bearer ${author.token}` });
    expect(titles(asAuthor)).toContain('Secret draft practice');
    expect(asAuthor.headers.get('cache-control')).toBe('private, no-store');
    expect(asAuthor.headers.get('etag') ?? '').not.toMatch(/^"/);

    const anonymous = await get(a.url, LIST, mine);
    const anonymousAgain = await get(a.url, LIST, mine);
    for (const r of [anonymous, anonymousAgain]) {
      expect(r.text).not.toContain('Secret draft practice');
      expect(r.text).not.toContain(draft.id);
    }

    // And the author, after anonymous answers were cached, still gets their own.
    const authorAgain = await countQueries(() =>
      get(a.url, LIST, mine, { authorization: `Bearer ${author.token}` }),
    );
    expect(titles(authorAgain.result)).toContain('Secret draft practice');
    expect(authorAgain.statements.some((sql) => /FROM case_study/.test(sql))).toBe(true);

    // One case study by slug: the author sees the draft, an anonymous reader NOT_FOUND, every time.
    const bySlugAuthor = await get(
      a.url,
      ONE,
      { slug: draft.slug },
      { cookie: `mic_session=${author.token}` },
    );
    expect(bySlugAuthor.body?.data?.caseStudy?.title).toBe('Secret draft practice');
    for (let i = 0; i < 2; i += 1) {
      const bySlug = await get(a.url, ONE, { slug: draft.slug });
      expect(bySlug.body?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(bySlug.text).not.toContain('Secret draft practice');
      expect(bySlug.headers.get('cache-control')).toBe('private, no-store');
    }
  });

  it('should never mix a signed-in-only field between anonymous and signed-in answers', async () => {
    const vars = { slug: published.slug };
    const anonymous = await get(a.url, ONE, vars);
    expect(anonymous.body?.data?.caseStudy?.contact).toEqual({ name: 'Pat Contact', email: null });
    const cached = await countQueries(() => get(a.url, ONE, vars));
    expect(cached.count).toBeLessThanOrEqual(1);
    expect(cached.result.body?.data?.caseStudy?.contact?.email).toBeNull();

    // Same URL, signed in by bearer or cookie: the member's answer, never the cached one.
    const members: Record<string, string>[] = [
      { authorization: `Bearer ${author.token}` },
      { cookie: `mic_session=${author.token}` },
    ];
    for (const headers of members) {
      const member = await get(a.url, ONE, vars, headers);
      expect(member.body?.data?.caseStudy?.contact?.email).toBe('pat.contact@example.org');
      expect(member.headers.get('cache-control')).toBe('private, no-store');
    }
    // And the member's answer did not become the anonymous one.
    const anonymousAgain = await get(a.url, ONE, vars);
    expect(anonymousAgain.text).not.toContain('pat.contact@example.org');
    expect(anonymousAgain.text).toBe(anonymous.text);
  });

  it('should not treat a forged or unknown credential as anonymous for the cache', async () => {
    const vars = { first: 10 };
    const cached = await get(a.url, LIST, vars);
    expect(cached.headers.get('cache-control')).toMatch(/public/);
    const forgedToken = 'A'.repeat(43);
    const forgeries: Record<string, string>[] = [
      { cookie: `mic_session=${forgedToken}` },
      { cookie: 'some_other_cookie=1' },
      { authorization: `Bearer ${forgedToken}` },
    ];
    for (const headers of forgeries) {
      const forged = await countQueries(() => get(a.url, LIST, vars, headers));
      // Answered by the ordinary pipeline, never from the cache.
      expect(forged.result.status).toBe(200);
      expect(forged.statements.some((sql) => /FROM case_study/.test(sql))).toBe(true);
      expect(forged.result.headers.get('cache-control')).toBe('private, no-store');
      expect(forged.result.headers.get('etag')).not.toBe(cached.headers.get('etag'));
    }
    // A malformed personal access token is refused, as without the cache.
    const pat = await get(a.url, LIST, vars, { authorization: 'Bearer mic_pat_forged' });
    expect(pat.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should see a write made through another API instance (archive) and a direct SQL update', async () => {
    const vars = { first: 10 };
    const before = await get(a.url, LIST, vars);
    expect(titles(before)).toContain('Cached practice');
    expect((await get(a.url, LIST, vars)).text).toBe(before.text);

    // A direct SQL update, as another process would make it.
    await b.db.query(`UPDATE case_study SET title = 'Renamed practice' WHERE id = $1`, [
      published.id,
    ]);
    await sleep(VERSION_CHECK);
    const renamed = await get(a.url, LIST, vars);
    expect(titles(renamed)).toContain('Renamed practice');
    expect(titles(renamed)).not.toContain('Cached practice');
    expect(renamed.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const old = await get(a.url, LIST, vars, { 'if-none-match': before.headers.get('etag')! });
    expect(old.status).toBe(200);

    // Withdrawn through the other instance's GraphQL API.
    const archived = await gql<{ archiveCaseStudy: { status: string } }>(b.url, {
      query: ARCHIVE,
      as: author.token,
      variables: { input: { id: published.id } },
    });
    expect(archived.data?.archiveCaseStudy.status).toBe('ARCHIVED');
    await sleep(VERSION_CHECK);
    const after = await get(a.url, LIST, vars);
    expect(after.text).not.toContain(published.id);
    // Instance B, whose cache was filled before, agrees.
    expect((await get(b.url, LIST, vars)).text).toBe(after.text);
  });

  it('should move the version once per committed writing transaction, never for a rolled-back one', async () => {
    const version = async () =>
      (
        (await a.db.query(
          `SELECT coalesce(sum(changes), 0)::text AS v FROM public_content_version`,
        )) as {
          v: string;
        }[]
      )[0].v;
    const start = await version();
    await a.db
      .transaction(async (manager) => {
        await manager.query(`UPDATE case_study SET title = 'Never committed' WHERE id = $1`, [
          draft.id,
        ]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await version()).toBe(start);
    await a.db.query(`UPDATE case_study SET title = title WHERE id = $1`, [draft.id]);
    const one = BigInt(await version());
    expect(one).toBeGreaterThan(BigInt(start));

    // Many writing statements in one transaction bump once; a bump in a
    // rolled-back savepoint is undone with it and the next write bumps again.
    await a.db.transaction(async (manager) => {
      await manager.query('SAVEPOINT s');
      await manager.query(`UPDATE case_study SET title = title WHERE id = $1`, [draft.id]);
      await manager.query('ROLLBACK TO SAVEPOINT s');
      for (let i = 0; i < 5; i += 1) {
        await manager.query(`UPDATE case_study SET title = title WHERE id = $1`, [draft.id]);
      }
    });
    expect(BigInt(await version())).toBe(one + 1n);
  });

  it('should have the version trigger on every table but the listed exemptions', async () => {
    const rows: { table: string; triggered: boolean }[] = await a.db.query(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'public_content_version_bump') AS triggered
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    const exempt = new Set<string>(PUBLIC_CACHE_EXEMPT_TABLES);
    const undecided = rows.filter((r) => !r.triggered && !exempt.has(r.table)).map((r) => r.table);
    expect(undecided).toEqual([]);
    const exemptButTriggered = rows
      .filter((r) => r.triggered && exempt.has(r.table))
      .map((r) => r.table);
    expect(exemptButTriggered).toEqual([]);
  });
});

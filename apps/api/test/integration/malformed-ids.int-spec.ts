import { randomUUID } from 'node:crypto';

import type { TestApp } from './setup/create-test-app';
import { createTestApp } from './setup/create-test-app';
import { resetDatabase } from './setup/db-reset';
import type { GqlResult } from './setup/gql';
import { errorCode, gql } from './setup/gql';
import { createUser } from './factories/user.factory';
import type { TestUser } from './factories/user.factory';

/**
 * Issue #12, "one path for ids": every ID argument and ID input field is
 * checked in one place (idValidationPlugin); REST id params by ParseIdPipe.
 * A malformed id is BAD_USER_INPUT naming the field, never a query that
 * PostgreSQL refuses (22P02) and never INTERNAL_SERVER_ERROR.
 */
describe('malformed ids', () => {
  let t: TestApp;
  let me: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    me = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  function expectBadId(res: GqlResult<unknown>, field: string): void {
    expect(res.status).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/not a valid id/);
    expect(res.data ?? null).toBeNull();
  }

  describe('queries', () => {
    it.each([
      ['thread', 'query($id: ID!) { thread(id: $id) { id } }'],
      ['event', 'query($id: ID!) { event(id: $id) { id } }'],
      ['organisation', 'query($id: ID!) { organisation(id: $id) { id } }'],
    ])('should refuse a malformed id for %s as BAD_USER_INPUT on "id"', async (_, query) => {
      for (const id of ['not-a-uuid', "1' OR '1'='1", '', '123e4567-e89b-12d3-a456-42661417400']) {
        expectBadId(await gql(t.url, { query, as: me.token, variables: { id } }), 'id');
      }
    });

    it('should refuse a malformed literal id too, also when signed out', async () => {
      expectBadId(await gql(t.url, { query: '{ organisation(id: "nope") { id } }' }), 'id');
      expectBadId(await gql(t.url, { query: '{ thread(id: 12) { id } }', as: me.token }), 'id');
    });

    it('should still answer a well-formed unknown id as before (null or NOT_FOUND)', async () => {
      const org = await gql<{ organisation: unknown }>(t.url, {
        query: 'query($id: ID!) { organisation(id: $id) { id } }',
        variables: { id: randomUUID() },
      });
      expect(org.errors).toBeUndefined();
      expect(org.data?.organisation).toBeNull();
      const thread = await gql(t.url, {
        query: 'query($id: ID!) { thread(id: $id) { id } }',
        as: me.token,
        variables: { id: randomUUID() },
      });
      expect(errorCode(thread)).toBe('NOT_FOUND');
    });
  });

  describe('mutations', () => {
    it('should refuse a malformed id argument', async () => {
      expectBadId(
        await gql(t.url, {
          query: 'mutation($id: ID!) { cancelEvent(id: $id) { id } }',
          as: me.token,
          variables: { id: 'x' },
        }),
        'id',
      );
      expectBadId(
        await gql(t.url, {
          query: 'mutation($id: ID!) { revokeSession(id: $id) }',
          as: me.token,
          variables: { id: 'x' },
        }),
        'id',
      );
    });

    it('should name a malformed id inside an input', async () => {
      expectBadId(
        await gql(t.url, {
          query: 'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
          as: me.token,
          variables: { input: { threadId: 'not-a-uuid', body: 'Hello' } },
        }),
        'threadId',
      );
      expectBadId(
        await gql(t.url, {
          query: `mutation { postComment(input: { threadId: "${randomUUID()}", parentId: "zzz", body: "Hi" }) { id } }`,
          as: me.token,
        }),
        'parentId',
      );
    });

    it('should name a malformed id in a list, by index', async () => {
      expectBadId(
        await gql(t.url, {
          query:
            'mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }',
          as: me.token,
          variables: { input: { ids: [randomUUID(), 'nope'] } },
        }),
        'ids[1]',
      );
      expectBadId(
        await gql(t.url, {
          query:
            'mutation($input: AttachCaseStudyFilesInput!) { attachCaseStudyFiles(input: $input) { id } }',
          as: me.token,
          variables: {
            input: {
              caseStudyId: randomUUID(),
              fileIds: [randomUUID(), randomUUID(), '../etc/passwd'],
            },
          },
        }),
        'fileIds[2]',
      );
    });

    it("should report a malformed id with the input's other problems, as class-validator did", async () => {
      const res = await gql(t.url, {
        query: 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }',
        variables: {
          input: {
            email: 'not-an-email',
            password: 'lantern-orchard-walsall',
            name: 'X',
            organisationId: 'nope',
          },
        },
      });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'organisationId',
      });
      const fields = (res.errors?.[0].extensions?.fieldErrors as { field: string }[]).map(
        (f) => f.field,
      );
      expect(fields).toEqual(expect.arrayContaining(['organisationId', 'email', 'name']));
    });

    it('should name a malformed id in an input nested in an update', async () => {
      expectBadId(
        await gql(t.url, {
          query: 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id } }',
          as: me.token,
          variables: { input: { id: randomUUID(), caseStudyIds: ['1'] } },
        }),
        'caseStudyIds[0]',
      );
    });
  });

  describe('REST routes with id params', () => {
    const get = (path: string, token?: string): Promise<Response> =>
      fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it.each([
      ['/files/not-a-uuid', true],
      ['/events/not-a-uuid/delegates.csv', true],
      ['/events/not-a-uuid/badges.pdf', true],
      ['/events/not-a-uuid/calendar.ics', false],
      ['/assessments/not-a-uuid/export.csv', true],
    ])('GET %s should answer 400 BAD_USER_INPUT naming the id param', async (path, signedIn) => {
      const res = await get(path, signedIn ? me.token : undefined);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { code: string; field?: string; message: string };
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(body.message).toMatch(/not a valid id/);
    });

    it('should still answer a well-formed unknown id with 404', async () => {
      expect((await get(`/files/${randomUUID()}`, me.token)).status).toBe(404);
      expect((await get(`/events/${randomUUID()}/calendar.ics`)).status).toBe(404);
    });
  });
});

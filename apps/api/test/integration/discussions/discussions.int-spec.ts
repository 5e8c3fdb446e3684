import { Role } from '@mic/shared-util';

import { ageAccounts, createThreadWithComments } from '../factories/discussion.factory';
import { createToolkit } from '../factories/toolkit.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import {
  ACCEPT,
  DELETE_COMMENT,
  EDIT_COMMENT,
  NOTIFICATIONS,
  POST_COMMENT,
  REACT,
  SET_STATE,
  START_THREAD,
  THREAD_PAGE,
  THREADS,
} from './discussions.operations';

interface ThreadPage {
  thread: {
    commentCount: number;
    comments: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          body: string;
          bodyHtml: string;
          deleted: boolean;
          author: { name: string };
          reactions: { kind: string; count: number; reactedByMe: boolean }[];
        };
      }[];
    };
  };
}

describe('discussions', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let owner: TestUser;
  let moderator: TestUser;
  let toolkit: { id: string; slug: string };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    alice = await createUser(t.db, { name: 'Alice Adams' });
    bob = await createUser(t.db, { name: 'Bob Brown' });
    owner = await createUser(t.db, { name: 'Olive Owner' });
    moderator = await createUser(t.db, { name: 'Mo Derator', roles: [{ role: Role.MODERATOR }] });
    await ageAccounts(t.db, [alice.id, bob.id, owner.id, moderator.id]);
    toolkit = await createToolkit(t.db, {
      ownerOrganisationId: owner.organisationId,
      createdById: owner.id,
    });
  });

  afterAll(async () => {
    // Mentions here queue immediate emails (no SMTP in this file): drop them so
    // later files that drain the mail queue start empty.
    await t.db.query(`DELETE FROM pgboss.job WHERE name = 'mail.send'`);
    await t.close();
  });

  const start = (as: string, input: Record<string, unknown>) =>
    gql<{ startThread: { id: string; subjectId: string; commentCount: number } }>(t.url, {
      query: START_THREAD,
      as,
      variables: { input },
    });
  const post = (as: string, input: Record<string, unknown>) =>
    gql<{ postComment: { id: string; body: string; bodyHtml: string; parentId: string | null } }>(
      t.url,
      { query: POST_COMMENT, as, variables: { input } },
    );

  it('should load a thread page with 200 comments and reactions in the same fixed number of statements as 20', async () => {
    const authors = await Promise.all([1, 2, 3, 4, 5].map(() => createUser(t.db)));
    const reactors = await Promise.all([1, 2, 3].map(() => createUser(t.db)));
    await ageAccounts(
      t.db,
      authors.map((a) => a.id),
    );
    const small = await createThreadWithComments(t.db, {
      authorIds: authors.map((a) => a.id),
      count: 20,
      reactorIds: reactors.map((r) => r.id),
    });
    const big = await createThreadWithComments(t.db, {
      authorIds: authors.map((a) => a.id),
      count: 200,
      reactorIds: reactors.map((r) => r.id),
    });

    const twenty = await countQueries(() =>
      gql<ThreadPage>(t.url, {
        query: THREAD_PAGE,
        as: reactors[0].token,
        variables: { id: small.threadId, first: 20 },
      }),
    );
    const twoHundred = await countQueries(() =>
      gql<ThreadPage>(t.url, {
        query: THREAD_PAGE,
        as: reactors[0].token,
        variables: { id: big.threadId, first: 200 },
      }),
    );

    expect(twoHundred.result.errors).toBeUndefined();
    const page = (twoHundred.result.data as ThreadPage).thread.comments;
    expect(page.edges).toHaveLength(200);
    expect(page.totalCount).toBe(200);
    expect(page.edges[0].node.reactions).toEqual([
      { kind: 'THUMBS_UP', count: 3, reactedByMe: true },
    ]);
    expect(page.edges.every((e) => e.node.author.name)).toBe(true);
    expect(twoHundred.count).toBe(twenty.count);
    // Session, thread + author, comments page, comment authors, reactions (acceptance: at most 6).
    expect(twoHundred.count).toBeLessThanOrEqual(5);
  });

  it('should start a thread on a toolkit section, thread replies one level deep and notify the person replied to', async () => {
    const started = await start(alice.token, {
      subjectType: 'TOOLKIT_SECTION',
      subjectId: `${toolkit.id}:a`,
      title: 'How do you score section A?',
      body: 'We tried it in **Walsall**.',
    });
    expect(started.errors).toBeUndefined();
    const threadId = started.data!.startThread.id;
    expect(started.data!.startThread.commentCount).toBe(1);

    const first = await post(bob.token, { threadId, body: 'Top-level answer', parentId: null });
    const reply = await post(alice.token, {
      threadId,
      body: `Thanks @[Bob Brown](mention:${bob.id})`,
      parentId: first.data!.postComment.id,
    });
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.postComment.parentId).toBe(first.data!.postComment.id);
    expect(reply.data!.postComment.bodyHtml).toContain(`href="/people/${bob.id}"`);
    const nested = await post(owner.token, {
      threadId,
      body: 'Reply to a reply',
      parentId: reply.data!.postComment.id,
    });
    expect(nested.data!.postComment.parentId).toBe(first.data!.postComment.id);

    const bobs = await gql<{
      notifications: { edges: { node: { kind: string; link: string } }[] };
    }>(t.url, { query: NOTIFICATIONS, as: bob.token });
    const kinds = bobs.data!.notifications.edges.map((e) => e.node.kind);
    expect(kinds).toContain('MENTION');
    expect(bobs.data!.notifications.edges[0].node.link).toMatch(
      new RegExp(`^/discussions/${threadId}#comment-`),
    );

    const list = await gql<{ threads: { totalCount: number } }>(t.url, {
      query: THREADS,
      as: bob.token,
      variables: { filter: { subjectType: 'TOOLKIT_SECTION', subjectId: `${toolkit.id}:a` } },
    });
    expect(list.data!.threads.totalCount).toBe(1);
  });

  it('should store Markdown and render it sanitised, with script, handlers and javascript: links inert', async () => {
    const started = await start(alice.token, {
      subjectType: 'GENERAL',
      title: 'XSS corner',
      body: 'hello',
    });
    const threadId = started.data!.startThread.id;
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '[x](javascript:alert(1))',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '[ok](https://example.org)',
    ];
    for (const body of payloads) {
      const res = await post(bob.token, { threadId, body });
      expect(res.errors).toBeUndefined();
      const html = res.data!.postComment.bodyHtml;
      expect(res.data!.postComment.body).toBe(body);
      expect(html).not.toMatch(/<(img|script|svg|iframe)/i);
      expect(html).not.toMatch(/href="\s*javascript:/i);
      // Text like `onerror=` may remain as escaped text; no element carries a handler.
      expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    }
    const page = await gql<ThreadPage>(t.url, {
      query: THREAD_PAGE,
      as: alice.token,
      variables: { id: threadId, first: 50 },
    });
    const link = page.data!.thread.comments.edges.at(-1)!.node.bodyHtml;
    expect(link).toContain('rel="noopener noreferrer nofollow"');
  });

  it('should keep edit history, soft-delete as removed, and count one reaction per kind per person', async () => {
    const started = await start(alice.token, {
      subjectType: 'THEME',
      subjectId: (await t.db.query('SELECT key FROM theme LIMIT 1'))[0].key,
      title: 'Themes',
      body: 'first',
    });
    expect(started.errors).toBeUndefined();
    const threadId = started.data!.startThread.id;
    const c = (await post(bob.token, { threadId, body: 'version one' })).data!.postComment;

    const notMine = await gql(t.url, {
      query: EDIT_COMMENT,
      as: alice.token,
      variables: { input: { commentId: c.id, body: 'hijack' } },
    });
    expect(errorCode(notMine)).toBe('FORBIDDEN');
    const edited = await gql<{
      editComment: { body: string; editedAt: string; revisions: { body: string }[] };
    }>(t.url, {
      query: EDIT_COMMENT,
      as: bob.token,
      variables: { input: { commentId: c.id, body: 'version two' } },
    });
    expect(edited.data!.editComment.body).toBe('version two');
    expect(edited.data!.editComment.editedAt).toBeTruthy();
    expect(edited.data!.editComment.revisions.map((r) => r.body)).toEqual(['version one']);

    for (let i = 0; i < 2; i++) {
      await gql(t.url, {
        query: REACT,
        as: alice.token,
        variables: { input: { commentId: c.id, kind: 'HEART' } },
      });
    }
    const reacted = await gql<{
      react: { reactions: { kind: string; count: number; reactedByMe: boolean }[] };
    }>(t.url, {
      query: REACT,
      as: owner.token,
      variables: { input: { commentId: c.id, kind: 'HEART' } },
    });
    expect(reacted.data!.react.reactions).toEqual([{ kind: 'HEART', count: 2, reactedByMe: true }]);

    const removed = await gql<{ deleteComment: { deleted: boolean; body: string } }>(t.url, {
      query: DELETE_COMMENT,
      as: bob.token,
      variables: { input: { commentId: c.id } },
    });
    expect(removed.data!.deleteComment).toMatchObject({ deleted: true, body: '' });
  });

  it('should let the starter or subject owner accept an answer, and moderators or owners pin and lock', async () => {
    const started = await start(alice.token, {
      subjectType: 'TOOLKIT',
      subjectId: toolkit.id,
      title: 'Question for the originator',
      body: 'How?',
    });
    const threadId = started.data!.startThread.id;
    const answer = (await post(owner.token, { threadId, body: 'Like this.' })).data!.postComment;

    expect(
      errorCode(
        await gql(t.url, {
          query: ACCEPT,
          as: bob.token,
          variables: { input: { threadId, commentId: answer.id } },
        }),
      ),
    ).toBe('FORBIDDEN');
    const accepted = await gql<{ acceptAnswer: { answered: boolean } }>(t.url, {
      query: ACCEPT,
      as: owner.token,
      variables: { input: { threadId, commentId: answer.id } },
    });
    expect(accepted.data!.acceptAnswer.answered).toBe(true);
    const timing = await gql<{ thread: { originatorReplyMinutes: number | null } }>(t.url, {
      query: `query T($id: ID!) { thread(id: $id) { originatorReplyMinutes } }`,
      as: bob.token,
      variables: { id: threadId },
    });
    // Rounded up: the owner answered within the first minute.
    expect(timing.data!.thread.originatorReplyMinutes).toBe(1);

    expect(
      errorCode(
        await gql(t.url, {
          query: SET_STATE,
          as: bob.token,
          variables: { input: { threadId, locked: true } },
        }),
      ),
    ).toBe('FORBIDDEN');
    const locked = await gql<{ setThreadState: { locked: boolean; pinned: boolean } }>(t.url, {
      query: SET_STATE,
      as: moderator.token,
      variables: { input: { threadId, locked: true, pinned: true } },
    });
    expect(locked.data!.setThreadState).toMatchObject({ locked: true, pinned: true });
    expect(errorCode(await post(bob.token, { threadId, body: 'too late' }))).toBe('FORBIDDEN');
    expect(
      (await post(owner.token, { threadId, body: 'owners may still post' })).errors,
    ).toBeUndefined();
  });

  it('should start threads on published case studies and show how fast the originator replied', async () => {
    const [study] = (await t.db.query(
      `SELECT id, organisation_id FROM case_study WHERE status = 'PUBLISHED' LIMIT 1`,
    )) as { id: string; organisation_id: string }[];
    const started = await start(alice.token, {
      subjectType: 'CASE_STUDY',
      subjectId: study.id,
      title: 'How did you fund the link workers?',
      body: 'Question for the originators.',
    });
    expect(started.errors).toBeUndefined();
    const originator = await createUser(t.db, { organisationId: study.organisation_id });
    await ageAccounts(t.db, [originator.id]);
    await post(originator.token, {
      threadId: started.data!.startThread.id,
      body: 'From the better care fund.',
    });
    const timing = await gql<{ thread: { originatorReplyMinutes: number | null } }>(t.url, {
      query: `query T($id: ID!) { thread(id: $id) { originatorReplyMinutes } }`,
      as: bob.token,
      variables: { id: started.data!.startThread.id },
    });
    expect(timing.data!.thread.originatorReplyMinutes).toBe(1);
    const drafts = (await t.db.query(
      `SELECT id FROM case_study WHERE status = 'DRAFT' LIMIT 1`,
    )) as { id: string }[];
    if (drafts.length) {
      expect(
        errorCode(
          await start(alice.token, {
            subjectType: 'CASE_STUDY',
            subjectId: drafts[0].id,
            title: 'Draft',
            body: 'x',
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('should start threads on published events and refuse drafts', async () => {
    const [published] = (await t.db.query(
      `SELECT id FROM event WHERE status = 'PUBLISHED' LIMIT 1`,
    )) as { id: string }[];
    const started = await start(alice.token, {
      subjectType: 'EVENT',
      subjectId: published.id,
      title: 'Travel to the event',
      body: 'Car share?',
    });
    expect(started.errors).toBeUndefined();
    const [draft] = (
      await t.db.query(`UPDATE event SET status = 'DRAFT' WHERE id = $1 RETURNING id`, [
        published.id,
      ])
    )[0] as { id: string }[];
    expect(
      errorCode(
        await start(alice.token, {
          subjectType: 'EVENT',
          subjectId: draft.id,
          title: 'Draft',
          body: 'x',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    await t.db.query(`UPDATE event SET status = 'PUBLISHED' WHERE id = $1`, [published.id]);
  });

  it('should refuse subjects that do not exist or are not visible', async () => {
    expect(
      errorCode(
        await start(alice.token, {
          subjectType: 'TOOLKIT',
          subjectId: '00000000-0000-4000-8000-000000000000',
          title: 'Nope',
          body: 'x',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await start(alice.token, {
          subjectType: 'TOOLKIT_SECTION',
          subjectId: `${toolkit.id}:zzz`,
          title: 'Nope',
          body: 'x',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await start(alice.token, {
          subjectType: 'CASE_STUDY',
          subjectId: 'not-a-case-study',
          title: 'Nope',
          body: 'x',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const badId = await gql(t.url, {
      query: THREAD_PAGE,
      as: alice.token,
      variables: { id: 'not-a-uuid' },
    });
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors?.[0].extensions?.field).toBe('id');
    const anonymous = await gql(t.url, {
      query: START_THREAD,
      variables: { input: { subjectType: 'GENERAL', title: 'Anon', body: 'x' } },
    });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('should rate-limit posting by accounts in their first 24 hours, in the database', async () => {
    const newbie = await createUser(t.db);
    const started = await start(newbie.token, {
      subjectType: 'GENERAL',
      title: 'New here',
      body: 'hello',
    });
    const threadId = started.data!.startThread.id;
    for (let i = 0; i < 9; i++) {
      expect((await post(newbie.token, { threadId, body: `post ${i}` })).errors).toBeUndefined();
    }
    const limited = await post(newbie.token, { threadId, body: 'one too many' });
    expect(errorCode(limited)).toBe('BAD_USER_INPUT');
    expect(limited.errors![0].message).toMatch(/New accounts/);
    // Direct SQL cannot bypass it either.
    await expect(
      t.db.query(
        `INSERT INTO comment (thread_id, author_id, body, body_html) VALUES ($1, $2, 'x', 'x')`,
        [threadId, newbie.id],
      ),
    ).rejects.toThrow(/rate limit/);
    // Older accounts are not limited.
    expect((await post(alice.token, { threadId, body: 'welcome!' })).errors).toBeUndefined();
  });

  it.each(['MODERATOR', 'ICS_ADMIN', 'REGIONAL_ADMIN'] as const)(
    'should not apply the new-account posting limit to a new %s account',
    async (role) => {
      const staff = await createUser(t.db, {
        roles: [{ role: Role[role], icsOdsCode: role === 'ICS_ADMIN' ? 'QUA' : undefined }],
      });
      const started = await start(staff.token, { subjectType: 'GENERAL', title: `Staff ${role}`, body: 'hello' });
      const threadId = started.data!.startThread.id;
      for (let i = 0; i < 11; i++) {
        expect((await post(staff.token, { threadId, body: `staff post ${i}` })).errors).toBeUndefined();
      }
    },
  );

  it('should seed the demo accounts as established, so they are not limited', async () => {
    const rows: { n: string }[] = await t.db.query(
      `SELECT count(*) AS n FROM app_user WHERE email LIKE '%@example.org' AND verification_method = 'SEEDED'
          AND created_at > now() - interval '24 hours' AND email IN ('member@example.org', 'lead@example.org')`,
    );
    expect(Number(rows[0].n)).toBe(0);
  });
});

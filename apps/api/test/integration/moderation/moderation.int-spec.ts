import { Role } from '@mic/shared-util';

import {
  FLAG,
  MODERATE,
  POST_COMMENT,
  QUEUE,
  START_THREAD,
  THREAD_PAGE,
} from '../discussions/discussions.operations';
import { ageAccounts } from '../factories/discussion.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

describe('moderation', () => {
  let t: TestApp;
  let author: TestUser;
  let member: TestUser;
  let moderator: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    author = await createUser(t.db, { name: 'Author' });
    member = await createUser(t.db);
    moderator = await createUser(t.db, { roles: [{ role: Role.MODERATOR }] });
    await ageAccounts(t.db, [author.id, member.id, moderator.id]);
    const res = await gql<{ startThread: { id: string } }>(t.url, {
      query: START_THREAD,
      as: author.token,
      variables: { input: { subjectType: 'GENERAL', title: 'Moderated', body: 'hello' } },
    });
    threadId = res.data!.startThread.id;
  });

  afterAll(() => t.close());

  const comment = async (body: string): Promise<string> =>
    (
      await gql<{ postComment: { id: string } }>(t.url, {
        query: POST_COMMENT,
        as: author.token,
        variables: { input: { threadId, body } },
      })
    ).data!.postComment.id;
  const audit = (
    commentId: string,
  ): Promise<{ action: string; actor_id: string | null; details: Record<string, unknown> }[]> =>
    t.db.query(
      `SELECT action, actor_id, details FROM audit_log WHERE target_type = 'comment' AND target_id = $1 ORDER BY id`,
      [commentId],
    );

  it('should refuse hiding and the queue to non-moderators with FORBIDDEN', async () => {
    const id = await comment('Perfectly fine');
    const res = await gql(t.url, {
      query: MODERATE,
      as: member.token,
      variables: { input: { commentId: id, action: 'HIDE', reason: 'I dislike it' } },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(errorCode(await gql(t.url, { query: QUEUE, as: member.token }))).toBe('FORBIDDEN');
    expect(await audit(id)).toHaveLength(0);
  });

  it('should hide a comment once 3 different verified members flag it, and queue it for review', async () => {
    const id = await comment('Buy cheap pills');
    const unverified = await createUser(t.db, { verified: false });
    const flaggers = await Promise.all([1, 2, 3].map(() => createUser(t.db)));
    const flag = (as: string) =>
      gql<{ flagComment: { hidden: boolean } }>(t.url, {
        query: FLAG,
        as,
        variables: { input: { commentId: id, reason: 'SPAM' } },
      });

    expect((await flag(flaggers[0].token)).data!.flagComment.hidden).toBe(false);
    expect(errorCode(await flag(flaggers[0].token))).toBe('CONFLICT');
    expect((await flag(unverified.token)).data!.flagComment.hidden).toBe(false);
    expect((await flag(flaggers[1].token)).data!.flagComment.hidden).toBe(false);
    expect((await flag(flaggers[2].token)).data!.flagComment.hidden).toBe(true);

    const page = await gql<{
      thread: { comments: { edges: { node: { id: string; hidden: boolean; body: string } }[] } };
    }>(t.url, {
      query: THREAD_PAGE,
      as: member.token,
      variables: { id: threadId, first: 50 },
    });
    expect(page.data!.thread.comments.edges.find((e) => e.node.id === id)!.node).toMatchObject({
      hidden: true,
      body: '',
    });

    const queue = await gql<{
      moderationQueue: {
        edges: {
          node: { flagCount: number; reasons: string[]; comment: { id: string; body: string } };
        }[];
      };
    }>(t.url, {
      query: QUEUE,
      as: moderator.token,
    });
    const item = queue.data!.moderationQueue.edges.find((e) => e.node.comment.id === id)!.node;
    expect(item).toMatchObject({
      flagCount: 4,
      reasons: ['SPAM'],
      comment: { body: 'Buy cheap pills' },
    });
    expect((await audit(id)).map((a) => a.action)).toEqual(['comment.auto_hidden']);
  });

  it('should record each moderator action in the audit log with who and why', async () => {
    const id = await comment('Borderline remark');
    await gql(t.url, {
      query: FLAG,
      as: member.token,
      variables: { input: { commentId: id, reason: 'OFFENSIVE', note: 'rude' } },
    });

    const hidden = await gql<{ moderateComment: { hidden: boolean } }>(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: { input: { commentId: id, action: 'HIDE', reason: 'Breaks the code of conduct' } },
    });
    expect(hidden.data!.moderateComment.hidden).toBe(true);
    const restored = await gql<{ moderateComment: { hidden: boolean } }>(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: {
        input: { commentId: id, action: 'RESTORE', reason: 'On reflection it is fine' },
      },
    });
    expect(restored.data!.moderateComment.hidden).toBe(false);
    await gql(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: { input: { commentId: id, action: 'WARN', reason: 'Please keep it civil' } },
    });
    const suspendWithoutDays = await gql(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: { input: { commentId: id, action: 'SUSPEND', reason: 'Repeated' } },
    });
    expect(errorCode(suspendWithoutDays)).toBe('BAD_USER_INPUT');
    await gql(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: {
        input: { commentId: id, action: 'SUSPEND', reason: 'Repeated', suspendDays: 7 },
      },
    });

    const log = await audit(id);
    expect(log.map((a) => a.action)).toEqual([
      'comment.hide',
      'comment.restore',
      'comment.warn',
      'comment.suspend',
    ]);
    expect(log.every((a) => a.actor_id === moderator.id)).toBe(true);
    expect(log[0].details).toMatchObject({
      reason: 'Breaks the code of conduct',
      authorId: author.id,
    });

    // The warning reached the author, and the suspension stops them posting.
    const notes: { kind: string }[] = await t.db.query(
      `SELECT kind FROM notification WHERE user_id = $1`,
      [author.id],
    );
    expect(notes.map((n) => n.kind)).toContain('MODERATION_WARNING');
    const blocked = await gql(t.url, {
      query: POST_COMMENT,
      as: author.token,
      variables: { input: { threadId, body: 'still here?' } },
    });
    expect(errorCode(blocked)).toBe('FORBIDDEN');
  });
});

import { Role } from '@mic/shared-util';

import { ageAccounts, createThreadWithComments } from '../factories/discussion.factory';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { EDIT_COMMENT, MODERATE } from './discussions.operations';

const COMMENT = `query C($id: ID!) {
  comment(id: $id) {
    id threadId body hidden deleted viewerCanEdit viewerCanDelete
    author { id name }
    thread { id title locked viewerCanManage }
    revisions { body }
  }
}`;

const PAGE = `query P($id: ID!, $first: Int, $after: String) {
  thread(id: $id) { comments(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
}`;

interface CommentData {
  comment: {
    id: string;
    threadId: string;
    body: string;
    hidden: boolean;
    deleted: boolean;
    viewerCanEdit: boolean;
    viewerCanDelete: boolean;
    author: { id: string; name: string };
    thread: { id: string; title: string };
    revisions: { body: string }[];
  };
}

/** comment(id): one comment wherever it sits, read like its thread; the way to edit one beyond the first page. */
describe('comment(id) query', () => {
  let t: TestApp;
  let author: TestUser;
  let other: TestUser;
  let moderator: TestUser;
  let thread: { threadId: string; commentIds: string[] };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    author = await createUser(t.db, { name: 'Avery Author' });
    other = await createUser(t.db, { name: 'Olive Other' });
    moderator = await createUser(t.db, { roles: [{ role: Role.MODERATOR }] });
    await ageAccounts(t.db, [author.id, other.id]);
    // 160 comments, alternating authors: the 160th is beyond the thread page's 150.
    thread = await createThreadWithComments(t.db, {
      authorIds: [author.id, other.id],
      count: 160,
    });
  });

  afterAll(async () => {
    await t.close();
  });

  const read = (id: string, as?: string) =>
    gql<CommentData>(t.url, { query: COMMENT, as, variables: { id } });

  it('should read a comment beyond the first 150 and let its author edit it', async () => {
    const page = await gql<{
      thread: {
        comments: {
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      };
    }>(t.url, {
      query: PAGE,
      as: author.token,
      variables: { id: thread.threadId, first: 150 },
    });
    const late = thread.commentIds[159]; // written by `author` (odd index), the 160th
    expect(page.data!.thread.comments.edges.map((e) => e.node.id)).not.toContain(late);
    expect(page.data!.thread.comments.pageInfo.hasNextPage).toBe(true);
    const next = await gql<{ thread: { comments: { edges: { node: { id: string } }[] } } }>(t.url, {
      query: PAGE,
      as: author.token,
      variables: {
        id: thread.threadId,
        first: 150,
        after: page.data!.thread.comments.pageInfo.endCursor,
      },
    });
    expect(next.data!.thread.comments.edges.map((e) => e.node.id)).toContain(late);

    const mine = await read(late, author.token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.comment).toMatchObject({
      id: late,
      threadId: thread.threadId,
      body: 'Comment **159**',
      viewerCanEdit: true,
      viewerCanDelete: true,
      author: { id: author.id },
      thread: { id: thread.threadId, title: 'Bulk thread' },
    });
    const edited = await gql(t.url, {
      query: EDIT_COMMENT,
      as: author.token,
      variables: { input: { commentId: late, body: 'Comment 159, edited' } },
    });
    expect(edited.errors).toBeUndefined();
    const after = await read(late, author.token);
    expect(after.data!.comment.body).toBe('Comment 159, edited');
    expect(after.data!.comment.revisions.map((r) => r.body)).toEqual(['Comment **159**']);
  });

  it('should give others the comment without edit rights, and moderators the right to remove it', async () => {
    const id = thread.commentIds[159];
    const seen = await read(id, other.token);
    expect(seen.data!.comment).toMatchObject({ viewerCanEdit: false, viewerCanDelete: false });
    const mod = await read(id, moderator.token);
    expect(mod.data!.comment).toMatchObject({ viewerCanEdit: false, viewerCanDelete: true });
  });

  it('should hide a hidden comment body from members, as the thread does', async () => {
    const id = thread.commentIds[158]; // written by `other`
    const hidden = await gql(t.url, {
      query: MODERATE,
      as: moderator.token,
      variables: { input: { commentId: id, action: 'HIDE', reason: 'Off topic' } },
    });
    expect(hidden.errors).toBeUndefined();
    const asMember = await read(id, author.token);
    expect(asMember.data!.comment.hidden).toBe(true);
    expect(asMember.data!.comment.body).not.toContain('158');
  });

  it('should refuse the anonymous and say NOT_FOUND for an unknown id', async () => {
    expect(errorCode(await read(thread.commentIds[0]))).toBe('UNAUTHENTICATED');
    expect(errorCode(await read('00000000-0000-4000-8000-000000000000', author.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await read('not-a-uuid', author.token))).toBe('BAD_USER_INPUT');
  });
});

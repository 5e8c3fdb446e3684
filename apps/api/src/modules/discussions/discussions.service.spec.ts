import { Role } from '@mic/shared-util';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { FollowLevel } from '../follows/follows.constants';
import type { FollowsService } from '../follows/follows.service';
import type { NotificationEmailsService } from '../follows/notification-emails.service';
import type { NewNotification, NotificationsService } from '../notifications/notifications.service';
import { DiscussionsService } from './discussions.service';
import type { DiscussionsRepository } from './discussions.repository';
import type { CommentEntity } from './entities/comment.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type { SubjectRegistry } from './subjects/subject-registry';

const ids = {
  actor: '11111111-1111-4111-8111-111111111111',
  parentAuthor: '22222222-2222-4222-8222-222222222222',
  watcher: '33333333-3333-4333-8333-333333333333',
  muted: '44444444-4444-4444-8444-444444444444',
  mentioned: '55555555-5555-4555-8555-555555555555',
};

const actor: AuthUser = {
  id: ids.actor,
  name: 'Ann Actor',
  email: 'a@example.org',
  organisationId: 'org',
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  membership: null,
  sessionId: 's',
  createdAt: new Date(),
};

const thread = {
  id: '66666666-6666-4666-8666-666666666666',
  subjectType: 'GENERAL',
  subjectId: 'general',
  title: 'A thread',
  authorId: ids.parentAuthor,
  lockedAt: null,
} as ThreadEntity;

const parent = {
  id: 'c-parent',
  threadId: '66666666-6666-4666-8666-666666666666',
  parentId: null,
  authorId: ids.parentAuthor,
  body: 'hi',
} as CommentEntity;

function setup(followers: [string, FollowLevel][]) {
  const notified: NewNotification[] = [];
  const manager = {} as EntityManager;
  const repo = {
    findThread: jest.fn().mockResolvedValue(thread),
    findComment: jest.fn().mockResolvedValue(parent),
    authorSuspendedUntil: jest.fn().mockResolvedValue(null),
    existingUserIds: jest.fn((list: string[]) => Promise.resolve(list)),
    insertComment: jest.fn((_m: EntityManager, values: Partial<CommentEntity>) =>
      Promise.resolve({ ...values, id: 'c-new' } as CommentEntity),
    ),
    transaction: jest.fn((work: (m: EntityManager) => Promise<unknown>) => work(manager)),
  } as unknown as DiscussionsRepository;
  const subjects = {
    resolve: jest.fn().mockResolvedValue({ ownerUserIds: [], ownerOrganisationId: null }),
  } as unknown as SubjectRegistry;
  const follows = {
    watch: jest.fn().mockResolvedValue(undefined),
    followers: jest.fn().mockResolvedValue(new Map(followers)),
  } as unknown as FollowsService;
  const notifications = {
    notify: jest.fn((input: NewNotification) => {
      notified.push(input);
      return Promise.resolve(input.userIds.map((userId) => ({ userId, kind: input.kind })));
    }),
  } as unknown as NotificationsService;
  const emails = {
    sendImmediate: jest.fn().mockResolvedValue(undefined),
  } as unknown as NotificationEmailsService;
  const service = new DiscussionsService(repo, subjects, follows, notifications, emails);
  return { service, notified, follows, emails };
}

describe(DiscussionsService.name, () => {
  describe('postComment', () => {
    it('should notify the mentioned and the person replied to at once, watchers for the digest, and nobody who muted', async () => {
      const { service, notified, follows, emails } = setup([
        [ids.watcher, FollowLevel.WATCHING],
        [ids.muted, FollowLevel.MUTED],
        [ids.parentAuthor, FollowLevel.WATCHING],
      ]);
      await service.postComment(actor, {
        threadId: thread.id,
        parentId: parent.id,
        body: `@[Mo](mention:${ids.mentioned}) and @[Muted](mention:${ids.muted})`,
      });
      const byKind = Object.fromEntries(notified.map((n) => [n.kind, n.userIds]));
      expect(byKind['MENTION']).toEqual([ids.mentioned]);
      expect(byKind['REPLY']).toEqual([ids.parentAuthor]);
      expect(byKind['NEW_COMMENT']).toEqual([ids.watcher]);
      expect(follows.watch).toHaveBeenCalledWith(expect.anything(), ids.actor, 'THREAD', thread.id);
      expect(emails.sendImmediate).toHaveBeenCalledTimes(1);
    });

    it('should attach a reply to a reply to the top-level comment', async () => {
      const { service } = setup([]);
      const reply = { ...parent, id: 'c-reply', parentId: 'c-top' } as CommentEntity;
      const s = service as unknown as { repo: { findComment: jest.Mock } };
      s.repo.findComment.mockResolvedValue(reply);
      const created = await service.postComment(actor, {
        threadId: thread.id,
        parentId: reply.id,
        body: 'x',
      });
      expect(created.parentId).toBe('c-top');
    });

    it('should refuse suspended members', async () => {
      const { service } = setup([]);
      const s = service as unknown as { repo: { authorSuspendedUntil: jest.Mock } };
      s.repo.authorSuspendedUntil.mockResolvedValue(new Date(Date.now() + 86_400_000));
      await expect(
        service.postComment(actor, { threadId: thread.id, body: 'x' }),
      ).rejects.toMatchObject({
        code: 'SUSPENDED',
      });
    });
  });
});

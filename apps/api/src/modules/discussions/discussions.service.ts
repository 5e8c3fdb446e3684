import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { markdownToText, renderMarkdown } from '../../common/markdown/render-markdown';
import { FollowLevel, FollowTargetType } from '../follows/follows.constants';
import { FollowsService } from '../follows/follows.service';
import { NotificationEmailsService } from '../follows/notification-emails.service';
import type { NotificationEntity } from '../notifications/entities/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { threadLink, ThreadSubjectType } from './discussions.constants';
import { DiscussionsErrorCode, DiscussionsException } from './discussions.exception';
import {
  canAcceptAnswer,
  canDeleteComment,
  canEditComment,
  canManageThread,
  canPostIn,
} from './discussions.policy';
import { DiscussionsRepository } from './discussions.repository';
import type { CommentEntity } from './entities/comment.entity';
import type { ThreadEntity } from './entities/thread.entity';
import type {
  AcceptAnswerInput,
  DeleteCommentInput,
  EditCommentInput,
  PostCommentInput,
  ReactInput,
  SetThreadStateInput,
  StartThreadInput,
} from './graphql/discussion.inputs';
import type { CommentsArgs } from './graphql/discussion.models';
import { mentionedUserIds, mentionsToLinks, mentionsToNames, quoteBlock } from './mentions';
import type { ThreadSubject } from './subjects/subject-registry';
import { SubjectRegistry } from './subjects/subject-registry';

const RATE_LIMIT_SQLSTATE = 'MI429';
const UNIQUE_VIOLATION_SQLSTATE = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ===
      UNIQUE_VIOLATION_SQLSTATE
  );
}

export const renderCommentBody = (body: string): string => renderMarkdown(mentionsToLinks(body));

/** Threads and comments: posting, editing, reactions, answers, pin/lock, and who hears about it. */
@Injectable()
export class DiscussionsService {
  constructor(
    private readonly repo: DiscussionsRepository,
    private readonly subjects: SubjectRegistry,
    private readonly follows: FollowsService,
    private readonly notifications: NotificationsService,
    private readonly emails: NotificationEmailsService,
  ) {}

  async thread(id: string): Promise<ThreadEntity> {
    const thread = await this.repo.findThread(id);
    if (!thread) throw new DiscussionsException(DiscussionsErrorCode.ThreadNotFound);
    return thread;
  }

  /** The thread with its author loaded (saves the thread page a statement). */
  async threadWithAuthor(id: string): Promise<ThreadEntity> {
    const thread = await this.repo.findThreadWithAuthor(id);
    if (!thread) throw new DiscussionsException(DiscussionsErrorCode.ThreadNotFound);
    return thread;
  }

  async comments(
    thread: { id: string; commentCount: number },
    args: CommentsArgs,
  ): Promise<Connection<CommentEntity>> {
    const page = pageRequest({ first: 20, ...args });
    page.limit = args.first ?? 50;
    const rows = await this.repo.findCommentsPage(thread.id, page.limit + 1, page.offset);
    return toConnection(rows, thread.commentCount, page, (row) => row);
  }

  // --- For moderation (discussions own the comment table) ---

  /** A comment as stored, removed or hidden ones included; null when there is none. */
  findComment(id: string, manager?: EntityManager): Promise<CommentEntity | null> {
    return this.repo.findComment(id, manager);
  }

  /** Comments by id, in no particular order (one statement). */
  findComments(ids: readonly string[]): Promise<CommentEntity[]> {
    return ids.length ? this.repo.findCommentsByIds(ids) : Promise.resolve([]);
  }

  /** Locks a comment for the rest of the moderation transaction. */
  lockComment(manager: EntityManager, id: string): Promise<void> {
    return this.repo.lockComment(manager, id);
  }

  /** Hides a comment from members, with the reason shown to moderators. */
  hideComment(manager: EntityManager, id: string, reason: string): Promise<void> {
    return this.repo.setHidden(manager, id, reason);
  }

  /** Shows a hidden comment again. */
  restoreComment(manager: EntityManager, id: string): Promise<void> {
    return this.repo.setHidden(manager, id, null);
  }

  private async subjectOf(thread: ThreadEntity): Promise<ThreadSubject> {
    const subject = await this.subjects.resolve(
      thread.subjectType as ThreadSubjectType,
      thread.subjectId,
    );
    return (
      subject ?? {
        type: thread.subjectType as ThreadSubjectType,
        id: thread.subjectId,
        title: thread.title,
        link: threadLink(thread.id),
        ownerUserIds: [],
        ownerOrganisationId: null,
        followTarget: null,
      }
    );
  }

  private async assertCanPost(user: AuthUser): Promise<void> {
    const until = await this.repo.authorSuspendedUntil(user.id);
    if (until && until.getTime() > Date.now())
      throw new DiscussionsException(DiscussionsErrorCode.Suspended);
  }

  /** Maps the database's new-account rate limit (trigger, SQLSTATE MI429) to a domain error. */
  private async withRateLimit<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
        ?.code;
      if (error instanceof QueryFailedError && code === RATE_LIMIT_SQLSTATE) {
        throw new DiscussionsException(DiscussionsErrorCode.RateLimited);
      }
      throw error;
    }
  }

  async startThread(user: AuthUser, input: StartThreadInput): Promise<ThreadEntity> {
    if (!this.subjects.supports(input.subjectType)) {
      throw new DiscussionsException(DiscussionsErrorCode.SubjectTypeUnavailable);
    }
    const subject = await this.subjects.resolve(input.subjectType, input.subjectId);
    if (!subject) throw new DiscussionsException(DiscussionsErrorCode.SubjectNotFound);
    await this.assertCanPost(user);
    const clientKey = input.clientKey ?? null;
    if (clientKey) {
      const earlier = await this.repo.findThreadByClientKey(user.id, clientKey);
      if (earlier) return earlier;
    }
    try {
      return await this.insertThread(user, input, subject, clientKey);
    } catch (error) {
      // Two submissions with one key at once: the unique index lets one in; the other gets its thread.
      if (clientKey && isUniqueViolation(error)) {
        const earlier = await this.repo.findThreadByClientKey(user.id, clientKey);
        if (earlier) return earlier;
      }
      throw error;
    }
  }

  private insertThread(
    user: AuthUser,
    input: StartThreadInput,
    subject: ThreadSubject,
    clientKey: string | null,
  ): Promise<ThreadEntity> {
    return this.withRateLimit(() =>
      this.repo.transaction(async (manager) => {
        const thread = await this.repo.insertThread(manager, {
          subjectType: subject.type,
          subjectId: subject.id,
          title: input.title.trim(),
          authorId: user.id,
          clientKey,
        });
        const comment = await this.repo.insertComment(manager, {
          threadId: thread.id,
          parentId: null,
          authorId: user.id,
          body: input.body,
          bodyHtml: renderCommentBody(input.body),
        });
        await this.follows.watch(manager, user.id, FollowTargetType.THREAD, thread.id);
        const created: NotificationEntity[] = [];
        const mentioned = await this.repo.existingUserIds(mentionedUserIds(input.body));
        created.push(...(await this.notifyMentions(manager, user, thread, comment, mentioned)));
        if (subject.followTarget) {
          const followers = await this.follows.followers(
            manager,
            subject.followTarget.type,
            subject.followTarget.id,
          );
          const watchers = [...followers].filter(
            ([id, level]) => level === FollowLevel.WATCHING && !mentioned.includes(id),
          );
          created.push(
            ...(await this.notifications.notify(
              {
                userIds: watchers.map(([id]) => id),
                kind: 'THREAD_STARTED',
                title: `${user.name} started "${mentionsToNames(thread.title)}" on ${mentionsToNames(subject.title)}`,
                body: markdownToText(mentionsToLinks(input.body), 200),
                link: threadLink(thread.id),
                subjectType: subject.followTarget.type,
                subjectId: subject.followTarget.id,
                actorId: user.id,
              },
              manager,
            )),
          );
        }
        await this.emails.sendImmediate(manager, created);
        return (await this.repo.findThread(thread.id, manager)) as ThreadEntity;
      }),
    );
  }

  async postComment(user: AuthUser, input: PostCommentInput): Promise<CommentEntity> {
    const thread = await this.thread(input.threadId);
    const subject = await this.subjectOf(thread);
    if (!canPostIn(user, thread, subject))
      throw new DiscussionsException(DiscussionsErrorCode.ThreadLocked);
    await this.assertCanPost(user);
    let parent: CommentEntity | null = null;
    if (input.parentId) {
      parent = await this.repo.findComment(input.parentId);
      if (!parent || parent.threadId !== thread.id) {
        throw new DiscussionsException(DiscussionsErrorCode.ParentNotInThread);
      }
    }
    // Replies are one level deep: a reply to a reply attaches to its parent.
    const parentId = parent ? (parent.parentId ?? parent.id) : null;
    let body = input.body;
    if (input.quoteCommentId) {
      const quoted = await this.repo.findComment(input.quoteCommentId);
      if (!quoted || quoted.threadId !== thread.id)
        throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
      if (quoted.deletedAt || quoted.hiddenAt)
        throw new DiscussionsException(DiscussionsErrorCode.CommentRemoved);
      body = quoteBlock(await this.repo.userName(quoted.authorId), quoted.body) + body;
    }
    return this.withRateLimit(() =>
      this.repo.transaction(async (manager) => {
        const comment = await this.repo.insertComment(manager, {
          threadId: thread.id,
          parentId,
          authorId: user.id,
          body,
          bodyHtml: renderCommentBody(body),
        });
        await this.follows.watch(manager, user.id, FollowTargetType.THREAD, thread.id);
        await this.notifyComment(manager, user, thread, comment, parent);
        return comment;
      }),
    );
  }

  /**
   * Mentions (MENTION) and the person replied to (REPLY) hear at once unless
   * they muted the thread; WATCHING followers get NEW_COMMENT for the digest.
   */
  private async notifyComment(
    manager: EntityManager,
    user: AuthUser,
    thread: ThreadEntity,
    comment: CommentEntity,
    parent: CommentEntity | null,
  ): Promise<void> {
    const followers = await this.follows.followers(manager, FollowTargetType.THREAD, thread.id);
    const muted = (id: string) => followers.get(id) === FollowLevel.MUTED;
    const created: NotificationEntity[] = [];
    const mentioned = (await this.repo.existingUserIds(mentionedUserIds(comment.body))).filter(
      (id) => !muted(id),
    );
    created.push(...(await this.notifyMentions(manager, user, thread, comment, mentioned)));
    const repliedTo = parent ? parent.authorId : null;
    const replyRecipients =
      repliedTo && !muted(repliedTo) && !mentioned.includes(repliedTo) ? [repliedTo] : [];
    created.push(
      ...(await this.notifications.notify(
        {
          userIds: replyRecipients,
          kind: 'REPLY',
          title: `${user.name} replied to you in "${mentionsToNames(thread.title)}"`,
          body: markdownToText(mentionsToLinks(comment.body), 200),
          link: threadLink(thread.id, comment.id),
          subjectType: FollowTargetType.THREAD,
          subjectId: thread.id,
          actorId: user.id,
        },
        manager,
      )),
    );
    const already = new Set([...mentioned, ...replyRecipients]);
    const watchers = [...followers]
      .filter(([id, level]) => level === FollowLevel.WATCHING && !already.has(id))
      .map(([id]) => id);
    created.push(
      ...(await this.notifications.notify(
        {
          userIds: watchers,
          kind: 'NEW_COMMENT',
          title: `${user.name} commented in "${mentionsToNames(thread.title)}"`,
          body: markdownToText(mentionsToLinks(comment.body), 200),
          link: threadLink(thread.id, comment.id),
          subjectType: FollowTargetType.THREAD,
          subjectId: thread.id,
          actorId: user.id,
        },
        manager,
      )),
    );
    await this.emails.sendImmediate(manager, created);
  }

  private notifyMentions(
    manager: EntityManager,
    user: AuthUser,
    thread: ThreadEntity,
    comment: CommentEntity,
    userIds: string[],
  ): Promise<NotificationEntity[]> {
    return this.notifications.notify(
      {
        userIds,
        kind: 'MENTION',
        title: `${user.name} mentioned you in "${mentionsToNames(thread.title)}"`,
        body: markdownToText(mentionsToLinks(comment.body), 200),
        link: threadLink(thread.id, comment.id),
        subjectType: FollowTargetType.THREAD,
        subjectId: thread.id,
        actorId: user.id,
      },
      manager,
    );
  }

  async editComment(user: AuthUser, input: EditCommentInput): Promise<CommentEntity> {
    const comment = await this.repo.findComment(input.commentId);
    if (!comment) throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
    if (!canEditComment(user, comment))
      throw new DiscussionsException(DiscussionsErrorCode.NotAuthor);
    if (comment.deletedAt) throw new DiscussionsException(DiscussionsErrorCode.CommentRemoved);
    const thread = await this.thread(comment.threadId);
    if (!canPostIn(user, thread, await this.subjectOf(thread))) {
      throw new DiscussionsException(DiscussionsErrorCode.ThreadLocked);
    }
    await this.repo.transaction(async (manager) => {
      await this.repo.updateCommentBody(
        manager,
        comment,
        input.body,
        renderCommentBody(input.body),
        user.id,
      );
      // Only people newly mentioned by the edit hear about it: a mention notifies once.
      const before = new Set(mentionedUserIds(comment.body));
      const added = (await this.repo.existingUserIds(mentionedUserIds(input.body))).filter(
        (id) => !before.has(id),
      );
      const created = await this.notifyMentions(
        manager,
        user,
        thread,
        { ...comment, body: input.body },
        added,
      );
      await this.emails.sendImmediate(manager, created);
    });
    return (await this.repo.findComment(comment.id)) as CommentEntity;
  }

  async deleteComment(user: AuthUser, input: DeleteCommentInput): Promise<CommentEntity> {
    const comment = await this.repo.findComment(input.commentId);
    if (!comment) throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
    if (!canDeleteComment(user, comment))
      throw new DiscussionsException(DiscussionsErrorCode.NotAllowedToDelete);
    if (!comment.deletedAt) await this.repo.softDelete(comment.id);
    return (await this.repo.findComment(comment.id)) as CommentEntity;
  }

  async react(user: AuthUser, input: ReactInput): Promise<CommentEntity> {
    const comment = await this.repo.findComment(input.commentId);
    if (!comment) throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
    if (comment.deletedAt || comment.hiddenAt)
      throw new DiscussionsException(DiscussionsErrorCode.CommentRemoved);
    await this.repo.setReaction(comment.id, user.id, input.kind, input.active ?? true);
    return comment;
  }

  async acceptAnswer(user: AuthUser, input: AcceptAnswerInput): Promise<ThreadEntity> {
    const thread = await this.thread(input.threadId);
    if (!canAcceptAnswer(user, thread, await this.subjectOf(thread))) {
      throw new DiscussionsException(DiscussionsErrorCode.NotAllowedToAccept);
    }
    if (input.commentId) {
      const comment = await this.repo.findComment(input.commentId);
      if (!comment || comment.threadId !== thread.id)
        throw new DiscussionsException(DiscussionsErrorCode.CommentNotFound);
      if (comment.deletedAt || comment.hiddenAt)
        throw new DiscussionsException(DiscussionsErrorCode.CommentRemoved);
    }
    await this.repo.updateThread(thread.id, { acceptedCommentId: input.commentId ?? null });
    return this.thread(thread.id);
  }

  async setThreadState(user: AuthUser, input: SetThreadStateInput): Promise<ThreadEntity> {
    const thread = await this.thread(input.threadId);
    if (!canManageThread(user, await this.subjectOf(thread))) {
      throw new DiscussionsException(DiscussionsErrorCode.NotAllowedToManage);
    }
    const now = new Date();
    await this.repo.updateThread(thread.id, {
      ...(input.pinned == null ? {} : { pinnedAt: input.pinned ? now : null }),
      ...(input.locked == null ? {} : { lockedAt: input.locked ? now : null }),
    });
    return this.thread(thread.id);
  }
}

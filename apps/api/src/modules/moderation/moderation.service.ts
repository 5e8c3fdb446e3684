import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { threadLink } from '../discussions/discussions.constants';
import { toCommentModel } from '../discussions/discussions.mapper';
import { DiscussionsService } from '../discussions/discussions.service';
import type { CommentEntity } from '../discussions/entities/comment.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersRepository } from '../users/users.repository';
import type { FlagReason } from './moderation.constants';
import { ModerationAction } from './moderation.constants';
import { ModerationErrorCode, ModerationException } from './moderation.exception';
import { canModerate, shouldAutoHide } from './moderation.policy';
import { ModerationRepository } from './moderation.repository';
import type {
  FlagCommentInput,
  ModerateCommentInput,
  ModerationItemModel,
  ModerationQueueArgs,
} from './graphql/moderation.models';

/** Flags, the review queue and moderator decisions; every decision is audited. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly discussions: DiscussionsService,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async flagComment(user: AuthUser, input: FlagCommentInput): Promise<CommentEntity> {
    const comment = await this.discussions.findComment(input.commentId);
    if (!comment || comment.deletedAt)
      throw new ModerationException(ModerationErrorCode.CommentNotFound);
    await this.repo.transaction(async (manager) => {
      const added = await this.repo.insertFlag(
        manager,
        comment.id,
        user.id,
        input.reason,
        input.note ?? null,
      );
      if (!added) throw new ModerationException(ModerationErrorCode.AlreadyFlagged);
      await this.discussions.lockComment(manager, comment.id);
      // Open flags from different verified members.
      const flaggers = (
        await this.users.verifiedIds(manager, await this.repo.openFlaggers(manager, comment.id))
      ).length;
      const current = await this.discussions.findComment(comment.id, manager);
      if (current && shouldAutoHide(flaggers, current.hiddenAt !== null)) {
        await this.discussions.hideComment(manager, comment.id, 'FLAGS_PENDING_REVIEW');
        await this.audit.record(
          {
            actorId: null,
            action: 'comment.auto_hidden',
            targetType: 'comment',
            targetId: comment.id,
            details: { verifiedFlaggers: flaggers, lastFlagBy: user.id },
          },
          manager,
        );
      }
    });
    return (await this.discussions.findComment(comment.id)) as CommentEntity;
  }

  async moderateComment(moderator: AuthUser, input: ModerateCommentInput): Promise<CommentEntity> {
    const comment = await this.discussions.findComment(input.commentId);
    if (!comment) throw new ModerationException(ModerationErrorCode.CommentNotFound);
    if (!canModerate(moderator.id, comment))
      throw new ModerationException(ModerationErrorCode.CannotModerateSelf);
    if (input.action === ModerationAction.SUSPEND && !input.suspendDays) {
      throw new ModerationException(ModerationErrorCode.SuspendDaysRequired);
    }
    await this.repo.transaction(async (manager) => {
      switch (input.action) {
        case ModerationAction.HIDE:
          await this.discussions.hideComment(manager, comment.id, 'MODERATOR');
          break;
        case ModerationAction.RESTORE:
          await this.discussions.restoreComment(manager, comment.id);
          break;
        case ModerationAction.DISMISS:
          break;
        case ModerationAction.WARN:
          await this.notifications.notify(
            {
              userIds: [comment.authorId],
              kind: 'MODERATION_WARNING',
              title: 'A moderator has warned you about a comment',
              body: input.reason,
              link: threadLink(comment.threadId, comment.id),
              subjectType: 'COMMENT',
              subjectId: comment.id,
              actorId: moderator.id,
            },
            manager,
          );
          break;
        case ModerationAction.SUSPEND:
          await this.users.suspend(manager, comment.authorId, input.suspendDays as number);
          await this.discussions.hideComment(manager, comment.id, 'MODERATOR');
          break;
      }
      await this.repo.resolveFlags(manager, comment.id);
      await this.audit.record(
        {
          actorId: moderator.id,
          actor: moderator,
          action: `comment.${input.action.toLowerCase()}`,
          targetType: 'comment',
          targetId: comment.id,
          details: {
            reason: input.reason,
            authorId: comment.authorId,
            ...(input.action === ModerationAction.SUSPEND
              ? { suspendDays: input.suspendDays }
              : {}),
          },
        },
        manager,
      );
    });
    return (await this.discussions.findComment(comment.id)) as CommentEntity;
  }

  async queue(
    moderator: AuthUser,
    args: ModerationQueueArgs,
  ): Promise<Connection<ModerationItemModel>> {
    const page = pageRequest(args);
    const [rows, total] = await this.repo.queue(page.limit + 1, page.offset);
    const comments = new Map(
      (await this.discussions.findComments(rows.map((r) => r.commentId))).map((c) => [c.id, c]),
    );
    const items = rows
      .filter((r) => comments.has(r.commentId))
      .map((r) => ({
        comment: toCommentModel(comments.get(r.commentId) as CommentEntity, moderator),
        flagCount: r.flagCount,
        reasons: r.reasons as FlagReason[],
        lastFlaggedAt: r.lastFlaggedAt,
      }));
    return toConnection(items, total, page, (item) => item);
  }
}

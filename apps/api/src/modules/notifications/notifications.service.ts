import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationKindRegistry } from './notification-kinds';
import type {
  MarkNotificationsReadInput,
  NotificationModel,
  NotificationsArgs,
} from './graphql/notification.model';

export interface NewNotification {
  userIds: string[];
  kind: string;
  title: string;
  body?: string | null;
  link: string;
  subjectType?: string | null;
  subjectId?: string | null;
  actorId?: string | null;
}

export const toNotificationModel = (e: NotificationEntity): NotificationModel => ({
  id: e.id,
  kind: e.kind,
  title: e.title,
  body: e.body,
  link: e.link,
  createdAt: e.createdAt,
  read: e.readAt !== null,
});

/**
 * The in-app notification centre. Other modules call `notify` (inside their
 * own transaction when they pass a manager) with a kind they declared; the
 * actor never notifies themselves.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly kinds: NotificationKindRegistry,
  ) {}

  /** Throws when `input.kind` is not declared by a feature's `@NotificationKinds`. */
  async notify(input: NewNotification, manager?: EntityManager): Promise<NotificationEntity[]> {
    this.kinds.require(input.kind);
    const recipients = [...new Set(input.userIds)].filter((id) => id !== input.actorId);
    if (!recipients.length) return [];
    const target = manager ?? this.db.manager;
    const rows = recipients.map((userId) =>
      target.create(NotificationEntity, {
        userId,
        kind: input.kind,
        title: input.title.slice(0, 300),
        body: input.body ?? null,
        link: input.link,
        subjectType: input.subjectType ?? null,
        subjectId: input.subjectId ?? null,
        actorId: input.actorId ?? null,
        readAt: null,
        emailedAt: null,
      }),
    );
    return target.save(NotificationEntity, rows);
  }

  /** Records that these notifications were emailed (or deliberately not: muted), so no email picks them again. */
  async markEmailed(ids: readonly string[], manager?: EntityManager): Promise<void> {
    if (!ids.length) return;
    await (manager ?? this.db.manager).query(
      'UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])',
      [[...ids]],
    );
  }

  async list(user: AuthUser, args: NotificationsArgs): Promise<Connection<NotificationModel>> {
    const page = pageRequest(args);
    const where = args.unreadOnly ? { userId: user.id, readAt: IsNull() } : { userId: user.id };
    const [rows, total] = await this.db.getRepository(NotificationEntity).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit + 1,
    });
    return toConnection(rows, total, page, toNotificationModel);
  }

  unreadCount(user: AuthUser): Promise<number> {
    return this.db.getRepository(NotificationEntity).countBy({ userId: user.id, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read; others' ids are ignored. */
  async markRead(user: AuthUser, input: MarkNotificationsReadInput): Promise<number> {
    if (!input.all && !input.ids?.length) {
      throw badInput('Say which notifications to mark read, or all.', 'ids');
    }
    const where = input.all
      ? { userId: user.id, readAt: IsNull() }
      : { userId: user.id, readAt: IsNull(), id: In(input.ids ?? []) };
    const result = await this.db
      .getRepository(NotificationEntity)
      .update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }
}

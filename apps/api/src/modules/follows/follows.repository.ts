import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../database/returned-rows';
import type { NotificationEntity } from '../notifications/entities/notification.entity';
import { notificationsReadModel } from '../notifications/notifications.read-model';
import { usersReadModel } from '../users/users.read-model';
import { FollowEntity } from './entities/follow.entity';
import { followsReadModel } from './follows.read-model';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';

export interface DigestCandidate {
  userId: string;
  email: string;
  name: string;
  unsubscribeToken: string;
}

/** Whether the notification `n` is about a subject its recipient muted (a predicate). */
const MUTED_SUBJECT = followsReadModel.muted('n.user_id', 'n.subject_type', 'n.subject_id');

/** All SQL for follows, email preferences and digest selection; no business rules. */
@Injectable()
export class FollowsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async upsertFollow(
    userId: string,
    targetType: string,
    targetId: string,
    level: string,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO follow (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level, updated_at = now()`,
      [userId, targetType, targetId, level],
    );
  }

  /** Adds a WATCHING follow unless the person already chose a level. */
  async watchIfNew(
    manager: EntityManager,
    userId: string,
    targetType: string,
    targetId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO follow (user_id, target_type, target_id, level) VALUES ($1, $2, $3, 'WATCHING')
       ON CONFLICT DO NOTHING`,
      [userId, targetType, targetId],
    );
  }

  /** Adds a follow at `level` unless the person already chose one (idempotent). */
  async followIfNew(
    manager: EntityManager,
    userId: string,
    targetType: string,
    targetIds: readonly string[],
    level: string,
  ): Promise<void> {
    if (!targetIds.length) return;
    await manager.query(
      `INSERT INTO follow (user_id, target_type, target_id, level)
       SELECT $1, $2, t, $4 FROM unnest($3::text[]) AS t
       ON CONFLICT DO NOTHING`,
      [userId, targetType, targetIds, level],
    );
  }

  /** Stops following; false when there was nothing to stop. */
  async deleteFollow(userId: string, targetType: string, targetId: string): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      this.db,
      `DELETE FROM follow WHERE user_id = $1 AND target_type = $2 AND target_id = $3 RETURNING user_id`,
      [userId, targetType, targetId],
    );
    return rows.length > 0;
  }

  /** The most followed themes (not muted), most followers first; among these people only when given. */
  async popularThemes(
    limit: number,
    amongUserIds: readonly string[] | null = null,
  ): Promise<string[]> {
    const rows: { target_id: string }[] = await this.db.query(
      `SELECT target_id FROM follow WHERE target_type = 'THEME' AND level <> 'MUTED'
          AND ($2::uuid[] IS NULL OR user_id = ANY($2::uuid[]))
        GROUP BY target_id ORDER BY count(*) DESC, target_id LIMIT $1`,
      [limit, amongUserIds],
    );
    return rows.map((r) => r.target_id);
  }

  /**
   * Records a view of the home feed and returns the visit before the current
   * one (null: none). A view within 30 minutes of the last continues the
   * visit, so reloading does not mark everything as seen.
   */
  async recordHomeVisit(userId: string, now: Date): Promise<Date | null> {
    const rows: { previous_visit_at: Date | null }[] = await this.db.query(
      `INSERT INTO home_visit AS h (user_id, last_visit_at, previous_visit_at) VALUES ($1, $2, NULL)
       ON CONFLICT (user_id) DO UPDATE SET
         previous_visit_at = CASE WHEN h.last_visit_at < $2::timestamptz - interval '30 minutes'
                                  THEN h.last_visit_at ELSE h.previous_visit_at END,
         last_visit_at = $2
       RETURNING previous_visit_at`,
      [userId, now],
    );
    return rows[0]?.previous_visit_at ?? null;
  }

  /** The visit before the current one, without recording a view (later pages). */
  async previousHomeVisit(userId: string): Promise<Date | null> {
    const rows: { previous_visit_at: Date | null }[] = await this.db.query(
      'SELECT previous_visit_at FROM home_visit WHERE user_id = $1',
      [userId],
    );
    return rows[0]?.previous_visit_at ?? null;
  }

  findFollowers(
    manager: EntityManager,
    targetType: string,
    targetId: string,
  ): Promise<FollowEntity[]> {
    return manager.getRepository(FollowEntity).findBy({ targetType, targetId });
  }

  findFollowsOf(userId: string): Promise<FollowEntity[]> {
    return this.db
      .getRepository(FollowEntity)
      .find({ where: { userId }, order: { createdAt: 'DESC' } });
  }

  /** The preference row, created with defaults on first use. */
  async preferences(
    userId: string,
    manager?: EntityManager,
  ): Promise<NotificationPreferenceEntity> {
    const target = manager ?? this.db.manager;
    await target.query(
      `INSERT INTO notification_preference (user_id, unsubscribe_token) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [userId, randomBytes(24).toString('base64url')],
    );
    return target.getRepository(NotificationPreferenceEntity).findOneByOrFail({ userId });
  }

  async updatePreferences(
    userId: string,
    values: Partial<NotificationPreferenceEntity>,
  ): Promise<void> {
    await this.db.getRepository(NotificationPreferenceEntity).update({ userId }, values);
  }

  /** Adds an email kind to the opt-outs of whoever holds this token; false when the token is unknown. */
  async optOutByToken(token: string, kind: string): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      this.db,
      `UPDATE notification_preference
          SET email_opt_outs = CASE WHEN $2 = ANY(email_opt_outs) THEN email_opt_outs ELSE email_opt_outs || $2::text END,
              digest_frequency = CASE WHEN $2 = 'DIGEST' THEN 'OFF' ELSE digest_frequency END
        WHERE unsubscribe_token = $1 RETURNING user_id`,
      [token, kind],
    );
    return rows.length > 0;
  }

  async userContact(
    manager: EntityManager,
    ids: string[],
  ): Promise<{ id: string; email: string; name: string }[]> {
    if (!ids.length) return [];
    return manager.query(
      `SELECT id, email, name FROM ${usersReadModel.people} u WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * People whose digest is due: frequency DAILY (last digest over ~1 day ago)
   * or WEEKLY (default, over ~7 days ago), not opted out of DIGEST, with at
   * least one pending notification.
   */
  async dueForDigest(now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT u.id FROM ${usersReadModel.people} u
         LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE COALESCE(p.digest_frequency, 'WEEKLY') <> 'OFF'
          AND NOT (COALESCE(p.email_opt_outs, '{}') @> ARRAY['DIGEST'])
          AND (p.last_digest_at IS NULL OR p.last_digest_at <= $1::timestamptz -
               CASE WHEN p.digest_frequency = 'DAILY' THEN interval '23 hours' ELSE interval '167 hours' END)
          AND EXISTS (SELECT 1 FROM ${notificationsReadModel.awaitingEmail} n WHERE n.user_id = u.id)`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  /**
   * What goes into one person's digest: not read (seen), not already emailed,
   * and not about anything they muted. Locked so concurrent runs cannot both send.
   */
  pendingForDigest(manager: EntityManager, userId: string): Promise<NotificationEntity[]> {
    return manager.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at AS "createdAt"
         FROM ${notificationsReadModel.awaitingEmail} n
        WHERE n.user_id = $1 AND NOT ${MUTED_SUBJECT}
        ORDER BY n.created_at ASC
        LIMIT 200
        FOR UPDATE SKIP LOCKED`,
      [userId],
    );
  }

  /**
   * This person's notifications awaiting email about something they muted:
   * never emailed (the caller marks them so they are not reconsidered).
   */
  async mutedAwaitingEmail(manager: EntityManager, userId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT n.id FROM ${notificationsReadModel.awaitingEmail} n
        WHERE n.user_id = $1 AND ${MUTED_SUBJECT}`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  async touchDigest(manager: EntityManager, userId: string, at: Date): Promise<void> {
    await manager.query(
      'UPDATE notification_preference SET last_digest_at = $2 WHERE user_id = $1',
      [userId, at],
    );
  }

  /**
   * People WATCHING any of these subjects who have not yet been alerted
   * (notification `kind`) about this item, each once; serialised per item
   * (advisory lock until commit) so two signals (or a signal and the
   * backstop sweep) never alert twice. With `followedBy`, only follows last
   * changed before it (the sweep: those watching when it was published).
   */
  async watchersToAlert(
    manager: EntityManager,
    subjects: readonly { type: string; id: string }[],
    item: { kind: string; type: string; id: string },
    followedBy: Date | null = null,
  ): Promise<string[]> {
    if (!subjects.length) return [];
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('watched-item:' || $1 || ':' || $2))`,
      [item.type, item.id],
    );
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT f.user_id FROM follow f
         JOIN unnest($1::text[], $2::text[]) AS s(type, id) ON f.target_type = s.type AND f.target_id = s.id
        WHERE f.level = 'WATCHING'
          AND ($6::timestamptz IS NULL OR f.updated_at < $6::timestamptz)
          AND NOT ${notificationsReadModel.notified('f.user_id', '$3', '$4', '$5')}`,
      [
        subjects.map((s) => s.type),
        subjects.map((s) => s.id),
        item.kind,
        item.type,
        item.id,
        followedBy,
      ],
    );
    return rows.map((r) => r.user_id);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { CommentEntity } from '../discussions/entities/comment.entity';

export interface QueueRow {
  commentId: string;
  flagCount: number;
  reasons: string[];
  lastFlaggedAt: Date;
}

/** All SQL for flags and moderation decisions; no business rules. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findComment(id: string, manager?: EntityManager): Promise<CommentEntity | null> {
    return (manager ?? this.db.manager).getRepository(CommentEntity).findOneBy({ id });
  }

  /** false when this person already flagged the comment. */
  async insertFlag(
    manager: EntityManager,
    commentId: string,
    userId: string,
    reason: string,
    note: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO comment_flag (comment_id, user_id, reason, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (comment_id, user_id) DO NOTHING RETURNING id`,
      [commentId, userId, reason, note],
    );
    return rows.length > 0;
  }

  /** Open flags on a comment from different verified members (after locking the comment). */
  async verifiedFlaggers(manager: EntityManager, commentId: string): Promise<number> {
    await manager.query('SELECT id FROM comment WHERE id = $1 FOR UPDATE', [commentId]);
    const rows: { n: string }[] = await manager.query(
      `SELECT count(DISTINCT f.user_id) AS n FROM comment_flag f JOIN app_user u ON u.id = f.user_id
        WHERE f.comment_id = $1 AND f.resolved_at IS NULL AND u.membership_status = 'VERIFIED'`,
      [commentId],
    );
    return Number(rows[0].n);
  }

  async hide(manager: EntityManager, commentId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE comment SET hidden_at = now(), hidden_reason = $2 WHERE id = $1`, [
      commentId,
      reason,
    ]);
  }

  async restore(manager: EntityManager, commentId: string): Promise<void> {
    await manager.query(`UPDATE comment SET hidden_at = NULL, hidden_reason = NULL WHERE id = $1`, [
      commentId,
    ]);
  }

  async resolveFlags(manager: EntityManager, commentId: string): Promise<void> {
    await manager.query(
      `UPDATE comment_flag SET resolved_at = now() WHERE comment_id = $1 AND resolved_at IS NULL`,
      [commentId],
    );
  }

  async suspend(manager: EntityManager, userId: string, days: number): Promise<void> {
    await manager.query(
      `UPDATE app_user SET suspended_until = GREATEST(COALESCE(suspended_until, now()), now() + make_interval(days => $2)) WHERE id = $1`,
      [userId, days],
    );
  }

  /** Comments with open flags, or auto-hidden awaiting review: most flagged first. */
  async queue(limit: number, offset: number): Promise<[QueueRow[], number]> {
    const rows: {
      comment_id: string;
      flag_count: string;
      reasons: string[];
      last_flagged_at: Date;
      total: string;
    }[] = await this.db.query(
      `SELECT f.comment_id, count(*) AS flag_count, array_agg(DISTINCT f.reason) AS reasons,
                max(f.created_at) AS last_flagged_at, count(*) OVER () AS total
           FROM comment_flag f
          WHERE f.resolved_at IS NULL
          GROUP BY f.comment_id
          ORDER BY count(*) DESC, max(f.created_at) DESC, f.comment_id
          LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    return [
      rows.map((r) => ({
        commentId: r.comment_id,
        flagCount: Number(r.flag_count),
        reasons: r.reasons,
        lastFlaggedAt: r.last_flagged_at,
      })),
      total,
    ];
  }

  findCommentsByIds(ids: string[]): Promise<CommentEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids })
      .getMany();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

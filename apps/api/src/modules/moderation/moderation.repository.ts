import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

export interface QueueRow {
  commentId: string;
  flagCount: number;
  reasons: string[];
  lastFlaggedAt: Date;
}

/** All SQL for flags and moderation decisions; no business rules. Comments themselves are DiscussionsService's. */
@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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

  /** Who holds an open flag on a comment (the caller locks the comment first). */
  async openFlaggers(manager: EntityManager, commentId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT user_id FROM comment_flag WHERE comment_id = $1 AND resolved_at IS NULL`,
      [commentId],
    );
    return rows.map((r) => r.user_id);
  }

  async resolveFlags(manager: EntityManager, commentId: string): Promise<void> {
    await manager.query(
      `UPDATE comment_flag SET resolved_at = now() WHERE comment_id = $1 AND resolved_at IS NULL`,
      [commentId],
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

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

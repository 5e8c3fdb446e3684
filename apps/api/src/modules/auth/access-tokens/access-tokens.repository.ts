import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../../database/returned-rows';
import type { AccessTokenScope } from './access-token-scope';

export interface AccessTokenRow {
  id: string;
  name: string;
  scope: AccessTokenScope;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface NewAccessTokenRow {
  userId: string;
  name: string;
  scope: AccessTokenScope;
  tokenHash: string;
  now: Date;
  expiresAt: Date | null;
}

const COLUMNS = 'id, name, scope, created_at, expires_at, last_used_at, revoked_at';

/** Personal access tokens; queries only. Times come from the caller's Clock. */
@Injectable()
export class AccessTokensRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Runs `work` holding a transaction-scoped lock on the user's tokens, so
   * two concurrent creations cannot both pass the per-user limit.
   */
  withUserLock<T>(userId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      await manager.query(
        "SELECT pg_advisory_xact_lock(hashtextextended('access_token:' || $1, 0))",
        [userId],
      );
      return work(manager);
    });
  }

  async countLive(userId: string, now: Date, manager: EntityManager): Promise<number> {
    const rows: { n: string }[] = await manager.query(
      `SELECT count(*) AS n FROM access_token
        WHERE user_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [userId, now],
    );
    return Number(rows[0].n);
  }

  async insert(row: NewAccessTokenRow, manager: EntityManager): Promise<AccessTokenRow> {
    const rows: AccessTokenRow[] = await manager.query(
      `INSERT INTO access_token (user_id, name, scope, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [row.userId, row.name, row.scope, row.tokenHash, row.now, row.expiresAt],
    );
    return rows[0];
  }

  /** The user's tokens that are not revoked (expired ones too, marked so by the caller), newest first. */
  async listForUser(userId: string): Promise<AccessTokenRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM access_token WHERE user_id = $1 AND revoked_at IS NULL
        ORDER BY created_at DESC, id LIMIT 200`,
      [userId],
    );
  }

  /** Revokes one of the user's tokens; null when it is not theirs or already revoked. */
  async revoke(userId: string, id: string, now: Date): Promise<AccessTokenRow | null> {
    const rows = await updateReturning<AccessTokenRow>(
      this.db,
      `UPDATE access_token SET revoked_at = $3
          WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
      [id, userId, now],
    );
    return rows[0] ?? null;
  }

  /** Records use of a token, at most once per `minGapSeconds` (no write per request). */
  async touch(id: string, now: Date, minGapSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE access_token SET last_used_at = $2
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - make_interval(secs => $3))`,
      [id, now, minGapSeconds],
    );
  }
}

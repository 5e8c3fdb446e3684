import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { Role } from '@mic/shared-util';

import { updateReturning } from '../../database/returned-rows';
import { usersReadModel } from '../users/users.read-model';

export interface SessionRow {
  session_id: string;
  user_id: string;
  name: string;
  email: string;
  organisation_id: string | null;
  membership_status: 'REQUESTED' | 'VERIFIED' | 'DECLINED' | null;
  created_at: Date;
  last_used_at: Date;
  roles: { role: Role; icsId: string | null }[] | null;
}

/** A live personal access token with its (not suspended) user and roles. */
export interface AccessTokenUserRow extends Omit<SessionRow, 'session_id' | 'last_used_at'> {
  token_id: string;
  scope: 'READ' | 'READ_WRITE';
  last_used_at: Date | null;
}

export interface SessionListRow {
  id: string;
  user_agent: string | null;
  ip: string | null;
  created_at: Date;
  last_used_at: Date;
}

export interface NewSessionRow {
  userId: string;
  tokenHash: string;
  now: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

/** Live = not revoked, younger than its absolute expiry, used within the idle period. */
const LIVE = 's.revoked_at IS NULL AND s.expires_at > $2 AND s.last_used_at > $3';

/** Sessions, reset tokens and sign-in failures; queries only. Times come from the caller's Clock. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One statement: a live session with its user and roles, or nothing (nothing
   * for a suspended account: users' `activeAccounts` read model).
   */
  async findLiveSession(tokenHash: string, now: Date, idleSince: Date): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.name, u.email, u.organisation_id,
              u.membership_status, u.created_at, s.last_used_at, u.roles
         FROM session s JOIN ${usersReadModel.activeAccounts} u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND ${LIVE}`,
      [tokenHash, now, idleSince],
    );
    return rows[0] ?? null;
  }

  /**
   * One statement: a live (not revoked, not expired) access token whose user
   * is not suspended, with the user and roles; or nothing. The user's state
   * is read at every use, so suspending someone stops their tokens at once.
   */
  async findLiveAccessToken(tokenHash: string, now: Date): Promise<AccessTokenUserRow | null> {
    const rows: AccessTokenUserRow[] = await this.db.query(
      `SELECT t.id AS token_id, t.scope, t.last_used_at, u.id AS user_id, u.name, u.email,
              u.organisation_id, u.membership_status, u.created_at, u.roles
         FROM access_token t JOIN ${usersReadModel.activeAccounts} u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
      [tokenHash, now],
    );
    return rows[0] ?? null;
  }

  /** Records use of a session, at most once per `minGapSeconds` (no write per request). */
  async touchSession(sessionId: string, now: Date, minGapSeconds: number): Promise<void> {
    await this.db.query(
      `UPDATE session SET last_used_at = $2
        WHERE id = $1 AND last_used_at < $2::timestamptz - make_interval(secs => $3)`,
      [sessionId, now, minGapSeconds],
    );
  }

  async createSession(row: NewSessionRow, manager?: EntityManager): Promise<string> {
    const rows: { id: string }[] = await (manager ?? this.db.manager).query(
      `INSERT INTO session (user_id, token_hash, created_at, last_used_at, expires_at, user_agent, ip)
       VALUES ($1, $2, $3, $3, $4, $5, $6) RETURNING id`,
      [row.userId, row.tokenHash, row.now, row.expiresAt, row.userAgent, row.ip],
    );
    return rows[0].id;
  }

  async listLiveSessions(userId: string, now: Date, idleSince: Date): Promise<SessionListRow[]> {
    return this.db.query(
      `SELECT s.id, s.user_agent, s.ip, s.created_at, s.last_used_at FROM session s
        WHERE s.user_id = $1 AND ${LIVE} ORDER BY s.last_used_at DESC, s.id LIMIT 200`,
      [userId, now, idleSince],
    );
  }

  /** Revokes one of the user's sessions; false when it is not theirs or not live. */
  async revokeUserSession(userId: string, sessionId: string, now: Date): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE session SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
      [sessionId, userId, now],
    );
    return rows.length > 0;
  }

  async revokeSession(sessionId: string, now: Date): Promise<void> {
    await this.db.query('UPDATE session SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
      now,
    ]);
  }

  /** Revokes every session of the user except `keepSessionId` (when given). */
  async revokeSessions(
    userId: string,
    now: Date,
    keepSessionId: string | null,
    manager?: EntityManager,
  ): Promise<number> {
    const rows = await updateReturning<{ id: string }>(
      manager ?? this.db.manager,
      `UPDATE session SET revoked_at = $2
          WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid) RETURNING id`,
      [userId, now, keepSessionId],
    );
    return rows.length;
  }

  /** Per user: when any session was last used, and how many are live now (one statement for many users). */
  sessionStatsByUserIds(
    userIds: readonly string[],
    now: Date,
    idleSince: Date,
  ): Promise<{ userId: string; lastUsedAt: Date | null; liveSessions: number }[]> {
    return this.db.query(
      `SELECT s.user_id AS "userId", max(s.last_used_at) AS "lastUsedAt",
              count(*) FILTER (WHERE ${LIVE})::int AS "liveSessions"
         FROM session s WHERE s.user_id = ANY($1::uuid[]) GROUP BY s.user_id`,
      [[...userIds], now, idleSince],
    );
  }

  // ---- password reset tokens

  async createResetToken(
    userId: string,
    tokenHash: string,
    now: Date,
    expiresAt: Date,
    manager: EntityManager,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO password_reset_token (user_id, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [userId, tokenHash, now, expiresAt],
    );
    return rows[0].id;
  }

  /** Marks a live token used (atomic: a second use finds nothing) and returns its user. */
  async consumeResetToken(
    tokenHash: string,
    now: Date,
    manager: EntityManager,
  ): Promise<string | null> {
    const rows = await updateReturning<{ user_id: string }>(
      manager,
      `UPDATE password_reset_token SET used_at = $2
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id`,
      [tokenHash, now],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Whether a token is live now, without using it (the reset page checks before showing the form). */
  async isResetTokenLive(tokenHash: string, now: Date): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      'SELECT 1 FROM password_reset_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2',
      [tokenHash, now],
    );
    return rows.length > 0;
  }

  async expireResetTokens(userId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE password_reset_token SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL',
      [userId, now],
    );
  }

  // ---- sign-in failures

  /**
   * Runs `work` holding a transaction-scoped advisory lock on the key, so
   * concurrent sign-ins for one account (in any process) are serialised.
   */
  withKeyLock<T>(key: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      return work(manager);
    });
  }

  /** Failures per key since `since`: how many and when the last was. */
  async failureStats(
    manager: EntityManager,
    keyHashes: string[],
    since: Date,
  ): Promise<Map<string, { count: number; last: Date }>> {
    const rows: { key_hash: string; n: string; last: Date }[] = await manager.query(
      `SELECT key_hash, count(*) AS n, max(created_at) AS last FROM sign_in_attempt
        WHERE key_hash = ANY($1) AND created_at > $2 GROUP BY key_hash`,
      [keyHashes, since],
    );
    return new Map(rows.map((r) => [r.key_hash, { count: Number(r.n), last: new Date(r.last) }]));
  }

  async recordFailure(manager: EntityManager, keyHashes: string[], now: Date): Promise<void> {
    await manager.query(
      'INSERT INTO sign_in_attempt (key_hash, created_at) SELECT unnest($1::text[]), $2',
      [keyHashes, now],
    );
  }

  async clearFailures(manager: EntityManager, keyHashes: string[]): Promise<void> {
    await manager.query('DELETE FROM sign_in_attempt WHERE key_hash = ANY($1)', [keyHashes]);
  }
}

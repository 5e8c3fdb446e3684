import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { Role } from '@mic/shared-util';

import { SessionEntity } from './entities/session.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';

export interface SessionRow {
  session_id: string;
  user_id: string;
  name: string;
  email: string;
  organisation_id: string | null;
  membership_status: 'REQUESTED' | 'VERIFIED' | 'DECLINED' | null;
  created_at: Date;
  roles: { role: Role; icsId: string | null }[] | null;
}

/** Sessions and sign-in attempts; queries only. */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One statement: a live session with its user and roles, or nothing. */
  async findLiveSession(tokenHash: string): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.name, u.email, u.organisation_id,
              u.membership_status, u.created_at,
              (SELECT json_agg(json_build_object('role', ra.role, 'icsId', ra.ics_id))
                 FROM role_assignment ra WHERE ra.user_id = u.id) AS roles
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  createSession(
    userId: string,
    tokenHash: string,
    expiresAt: Date,
    userAgent: string | null,
  ): Promise<SessionEntity> {
    const repo = this.db.getRepository(SessionEntity);
    return repo.save(repo.create({ userId, tokenHash, expiresAt, userAgent, revokedAt: null }));
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.db
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeOtherSessions(userId: string, keepSessionId: string): Promise<number> {
    const result = await this.db
      .getRepository(SessionEntity)
      .update(
        { userId, id: Not(keepSessionId), revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
    return result.affected ?? 0;
  }

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

  async countRecentFailures(
    manager: EntityManager,
    keyHashes: string[],
    since: Date,
  ): Promise<Map<string, number>> {
    const rows: { key_hash: string; n: string }[] = await manager.query(
      `SELECT key_hash, count(*) AS n FROM sign_in_attempt
        WHERE key_hash = ANY($1) AND created_at > $2 GROUP BY key_hash`,
      [keyHashes, since],
    );
    return new Map(rows.map((r) => [r.key_hash, Number(r.n)]));
  }

  async recordFailure(manager: EntityManager, keyHashes: string[]): Promise<void> {
    await manager.insert(
      SignInAttemptEntity,
      keyHashes.map((keyHash) => ({ keyHash })),
    );
  }

  async clearFailures(manager: EntityManager, keyHash: string): Promise<void> {
    await manager.delete(SignInAttemptEntity, { keyHash });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../../database/returned-rows';
import { SsoFlowEntity, SsoPendingLinkEntity, SsoSessionEntity } from './entities/sso-flow.entity';
import { UserSsoIdentityEntity } from './entities/user-sso-identity.entity';

/** Sign-ins in progress, pending links, linked identities and which sessions came from a provider. */
@Injectable()
export class SsoFlowsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insertFlow(
    values: Omit<SsoFlowEntity, 'id' | 'createdAt' | 'usedAt' | 'connection'>,
    now: Date,
  ): Promise<void> {
    // Old flows are only clutter: drop the expired ones as new ones start.
    await this.db
      .getRepository(SsoFlowEntity)
      .delete({ expiresAt: LessThan(new Date(now.getTime() - 86_400_000)) });
    await this.db.getRepository(SsoFlowEntity).insert(values);
  }

  /** Marks the flow used and returns it, once: a second use (or an expired flow) finds nothing. */
  async consumeFlow(stateHash: string, now: Date): Promise<SsoFlowEntity | null> {
    const rows = await updateReturning<SsoFlowEntity>(
      this.db,
      `UPDATE sso_flow SET used_at = $2
          WHERE state_hash = $1 AND used_at IS NULL AND expires_at > $2
          RETURNING id, state_hash AS "stateHash", browser_hash AS "browserHash", connection_id AS "connectionId",
                    nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", expires_at AS "expiresAt"`,
      [stateHash, now],
    );
    return rows[0] ?? null;
  }

  findIdentity(connectionId: string, subject: string): Promise<UserSsoIdentityEntity | null> {
    return this.db.getRepository(UserSsoIdentityEntity).findOneBy({ connectionId, subject });
  }

  async touchIdentity(id: string, now: Date): Promise<void> {
    await this.db.getRepository(UserSsoIdentityEntity).update({ id }, { lastSignInAt: now });
  }

  /** Links the provider account; false when this subject or this user is already linked on the connection. */
  async insertIdentity(
    manager: EntityManager,
    values: { userId: string; connectionId: string; subject: string },
    now: Date,
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `INSERT INTO user_sso_identity (user_id, connection_id, subject, last_sign_in_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id`,
      [values.userId, values.connectionId, values.subject, now],
    );
    return rows.length > 0;
  }

  async insertPendingLink(
    values: Omit<
      SsoPendingLinkEntity,
      'id' | 'usedAt' | 'connection' | 'emailTokenHash' | 'emailExpiresAt'
    >,
  ): Promise<void> {
    await this.db.getRepository(SsoPendingLinkEntity).insert(values);
  }

  findPendingLink(tokenHash: string, now: Date): Promise<SsoPendingLinkEntity | null> {
    return this.db
      .getRepository(SsoPendingLinkEntity)
      .createQueryBuilder('l')
      .leftJoinAndSelect('l.connection', 'c')
      .where('l.tokenHash = :tokenHash AND l.usedAt IS NULL AND l.expiresAt > :now', {
        tokenHash,
        now,
      })
      .getOne();
  }

  /** Any pending link by its emailed token's hash, used or not (the caller decides and says why). */
  findPendingLinkByEmailToken(emailTokenHash: string): Promise<SsoPendingLinkEntity | null> {
    return this.db
      .getRepository(SsoPendingLinkEntity)
      .createQueryBuilder('l')
      .leftJoinAndSelect('l.connection', 'c')
      .where('l.emailTokenHash = :emailTokenHash', { emailTokenHash })
      .getOne();
  }

  /**
   * Stores a new emailed token for an unused link (replacing an earlier one)
   * and keeps the link alive until the emailed token expires. False when the
   * link was used meanwhile.
   */
  async setEmailToken(
    manager: EntityManager,
    id: string,
    emailTokenHash: string,
    emailExpiresAt: Date,
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE sso_pending_link
          SET email_token_hash = $2, email_expires_at = $3, expires_at = GREATEST(expires_at, $3)
        WHERE id = $1 AND used_at IS NULL
       RETURNING id`,
      [id, emailTokenHash, emailExpiresAt],
    );
    return rows.length > 0;
  }

  async usePendingLink(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const result = await manager
      .getRepository(SsoPendingLinkEntity)
      .update({ id, usedAt: IsNull() }, { usedAt: now });
    return (result.affected ?? 0) > 0;
  }

  async recordSession(values: SsoSessionEntity): Promise<void> {
    await this.db
      .getRepository(SsoSessionEntity)
      .insert({
        sessionId: values.sessionId,
        connectionId: values.connectionId,
        idToken: values.idToken,
      });
  }

  findSession(sessionId: string): Promise<SsoSessionEntity | null> {
    return this.db.getRepository(SsoSessionEntity).findOneBy({ sessionId });
  }
}

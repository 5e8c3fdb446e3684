import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/clock/clock';
import { AuditService } from '../../audit/audit.service';
import { hashToken } from '../session-token';
import { newAccessTokenText } from './access-token-text';
import { AccessTokenErrorCode, AccessTokenException } from './access-tokens.exception';
import type { AccessTokenModel, CreateAccessTokenInput, NewAccessTokenPayload } from './access-tokens.models';
import { expiryProblem, MAX_ACCESS_TOKENS_PER_USER } from './access-tokens.policy';
import type { AccessTokenRow } from './access-tokens.repository';
import { AccessTokensRepository } from './access-tokens.repository';

/** The signed-in person's personal access tokens: create (shown once), list and revoke. */
@Injectable()
export class AccessTokensService {
  constructor(
    private readonly tokens: AccessTokensRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates a token for the person; its text is returned only here (only its hash is kept). */
  async create(user: AuthUser, input: CreateAccessTokenInput): Promise<NewAccessTokenPayload> {
    // Tokens cannot mint tokens: a leaked token must not outlive its revocation.
    if (user.accessToken) throw new AccessTokenException(AccessTokenErrorCode.NeedsSession);
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!name) throw new AccessTokenException(AccessTokenErrorCode.NameRequired);
    const now = this.clock.now();
    const expiresAt = input.expiresAt ?? null;
    const problem = expiryProblem(expiresAt, now);
    if (problem === 'IN_PAST') throw new AccessTokenException(AccessTokenErrorCode.ExpiryInPast);
    if (problem === 'TOO_FAR') throw new AccessTokenException(AccessTokenErrorCode.ExpiryTooFar);
    const token = newAccessTokenText();
    const row = await this.tokens.withUserLock(user.id, async (manager) => {
      if ((await this.tokens.countLive(user.id, now, manager)) >= MAX_ACCESS_TOKENS_PER_USER) {
        throw new AccessTokenException(AccessTokenErrorCode.TooManyTokens);
      }
      const inserted = await this.tokens.insert(
        { userId: user.id, name, scope: input.scope, tokenHash: hashToken(token), now, expiresAt },
        manager,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'access_token.created',
          targetType: 'access_token',
          targetId: inserted.id,
          details: { scope: inserted.scope, expiresAt: expiresAt?.toISOString() ?? null },
        },
        manager,
      );
      return inserted;
    });
    return { token, accessToken: this.toModel(row, now) };
  }

  async list(user: AuthUser): Promise<AccessTokenModel[]> {
    const now = this.clock.now();
    return (await this.tokens.listForUser(user.id)).map((row) => this.toModel(row, now));
  }

  /** Revokes one of the person's tokens; someone else's, an unknown or an already revoked id is NOT_FOUND. */
  async revoke(user: AuthUser, id: string): Promise<AccessTokenModel> {
    const now = this.clock.now();
    const row = await this.tokens.revoke(user.id, id, now);
    if (!row) throw new AccessTokenException(AccessTokenErrorCode.NotFound);
    await this.audit.record({
      actorId: user.id,
      action: 'access_token.revoked',
      targetType: 'access_token',
      targetId: row.id,
      details: { scope: row.scope, viaAccessToken: user.accessToken?.id ?? null },
    });
    return this.toModel(row, now);
  }

  private toModel(row: AccessTokenRow, now: Date): AccessTokenModel {
    const expiresAt = row.expires_at ? new Date(row.expires_at) : null;
    return {
      id: row.id,
      name: row.name,
      scope: row.scope,
      createdAt: new Date(row.created_at),
      expiresAt,
      expired: !!expiresAt && expiresAt.getTime() <= now.getTime(),
      lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
      revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
    };
  }
}

import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { toSignedInUser } from '../signed-in-user.mapper';
import { Clock } from '../../../common/clock/clock';
import { AuthRepository } from '../auth.repository';
import { hashToken } from '../session-token';
import { isWellFormedAccessToken } from './access-token-text';
import { AccessTokenErrorCode, AccessTokenException } from './access-tokens.exception';
import { AccessTokensRepository } from './access-tokens.repository';

/** Tokens record use at most this often. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * Resolves `Authorization: Bearer mic_pat_…` to the token's owner. A token
 * that is malformed, unknown, revoked or expired, or whose owner is
 * suspended, is refused with UNAUTHENTICATED (even on public operations: an
 * integrator must learn that the token is wrong, not silently get anonymous data).
 */
@Injectable()
export class AccessTokenAuthenticator {
  constructor(
    private readonly auth: AuthRepository,
    private readonly tokens: AccessTokensRepository,
    private readonly clock: Clock,
  ) {}

  async authenticate(token: string): Promise<AuthUser> {
    if (!isWellFormedAccessToken(token)) throw new AccessTokenException(AccessTokenErrorCode.Rejected);
    const now = this.clock.now();
    const row = await this.auth.findLiveAccessToken(hashToken(token), now);
    if (!row) throw new AccessTokenException(AccessTokenErrorCode.Rejected);
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= TOUCH_EVERY_SECONDS * 1000) {
      await this.tokens.touch(row.token_id, now, TOUCH_EVERY_SECONDS);
    }
    return { ...toSignedInUser(row, row.token_id), accessToken: { id: row.token_id, scope: row.scope } };
  }
}

import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { describeNetwork } from '../../common/http/client-ip';
import { AuthErrorCode, AuthException } from './auth.exception';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import type { SessionModel } from './graphql/session.model';
import { describeUserAgent } from './user-agent';

/** The signed-in person's own sessions: list and sign out. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly authService: AuthService,
    private readonly clock: Clock,
  ) {}

  async mySessions(user: AuthUser): Promise<SessionModel[]> {
    const now = this.clock.now();
    const rows = await this.auth.listLiveSessions(user.id, now, this.authService.idleSince(now));
    return rows.map((row) => ({
      id: row.id,
      current: row.id === user.sessionId,
      ...describeUserAgent(row.user_agent),
      network: describeNetwork(row.ip),
      createdAt: new Date(row.created_at),
      lastUsedAt: new Date(row.last_used_at),
    }));
  }

  /** Signs out one of the user's sessions; someone else's (or an unknown) id is NOT_FOUND. */
  async revokeSession(user: AuthUser, sessionId: string): Promise<boolean> {
    if (!(await this.auth.revokeUserSession(user.id, sessionId, this.clock.now()))) {
      throw new AuthException(AuthErrorCode.SessionNotFound);
    }
    return true;
  }

  /** Signs out everywhere (GitHub/Google style), or everywhere else when `keepCurrent`. */
  async revokeAllSessions(user: AuthUser, keepCurrent: boolean): Promise<number> {
    return this.auth.revokeSessions(user.id, this.clock.now(), keepCurrent ? user.sessionId : null);
  }
}

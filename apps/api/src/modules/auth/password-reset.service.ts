import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import { Clock } from '../../common/clock/clock';
import { appLogger } from '../../common/logging/json-logger';
import { RateLimitService } from '../../common/rate-limit/rate-limit.service';
import { appConfig } from '../../config/app.config';
import { authConfig } from '../../config/auth.config';
import { MailService } from '../mail/mail.service';
import { UsersRepository } from '../users/users.repository';
import { AuthErrorCode, AuthException } from './auth.exception';
import { AuthRepository } from './auth.repository';
import type { ClientInfo, NewSession } from './auth.service';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword, normaliseEmail } from './password.policy';
import { hashToken, newSessionToken } from './session-token';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

/** Reset emails allowed per client IP and per email address, per hour. */
export const RESET_LIMITS = { perIp: 10, perEmail: 3, windowSeconds: 3600 };

/** "Forgotten password": single-use, hashed, one-hour links sent through the mail outbox. */
@Injectable()
export class PasswordResetService {
  /** Reset links being created after their answer was sent. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly auth: AuthRepository,
    private readonly sessions: AuthService,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly rateLimit: RateLimitService,
    private readonly clock: Clock,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /**
   * Always answers true, whether or not the account exists and whether or not
   * a limit was reached (then nothing is sent), so the answer reveals nothing.
   * The link is created and queued after answering, so the time taken does
   * not reveal whether the account exists either (both paths do the same
   * rate-limit and lookup work before answering).
   */
  async requestReset(rawEmail: string, client: ClientInfo): Promise<true> {
    const email = normaliseEmail(rawEmail);
    const decision = await this.rateLimit.consume([
      { bucket: 'password-reset:ip', key: client.ip, limit: RESET_LIMITS.perIp, windowSeconds: RESET_LIMITS.windowSeconds },
      { bucket: 'password-reset:email', key: email, limit: RESET_LIMITS.perEmail, windowSeconds: RESET_LIMITS.windowSeconds },
    ]);
    const user = await this.users.findByEmail(email);
    if (decision.allowed && user) {
      const { id, email: to, name } = user;
      const work = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => this.sendResetLink(id, to, name))
        .catch((error: unknown) => {
          appLogger().write('warn', 'password reset email not queued', {
            error: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => this.pending.delete(work));
      this.pending.add(work);
    }
    return true;
  }

  /** Resolves when every reset link requested so far is created and queued (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  /** Creates a reset token and queues its email in one transaction. */
  private async sendResetLink(userId: string, to: string, name: string): Promise<void> {
    const token = newSessionToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.resetTokenTtlMinutes * 60_000);
    await this.users.transaction(async (manager) => {
      const id = await this.auth.createResetToken(userId, hashToken(token), now, expiresAt, manager);
      const link = `${this.app.webPublicUrl}/reset-password?token=${token}`;
      await this.mail.enqueue(
        {
          idempotencyKey: `password-reset:${id}`,
          to,
          subject: 'Reset your Midlands Improvement Commons password',
          text: [
            `Dear ${name},`,
            '',
            'Someone (we hope you) asked to reset the password for your Midlands Improvement Commons account.',
            '',
            `Choose a new password: ${link}`,
            '',
            'The link works once and expires in 1 hour. Setting a new password signs you out everywhere else.',
            '',
            'If you did not ask for this, you can ignore this email: your password has not changed.',
          ].join('\n'),
        },
        manager,
      );
    });
  }

  /** Whether a reset link can still be used (the web checks before showing the form). */
  async isTokenLive(token: string): Promise<boolean> {
    if (!TOKEN_SHAPE.test(token)) return false;
    return this.auth.isResetTokenLive(hashToken(token), this.clock.now());
  }

  /**
   * Sets the new password, uses up the link, revokes every session of the
   * user and forgets the account's sign-in failures, then signs in.
   */
  async resetPassword(token: string, newPassword: string, client: ClientInfo): Promise<NewSession> {
    assertAcceptablePassword(newPassword, 'newPassword');
    if (!TOKEN_SHAPE.test(token)) throw new AuthException(AuthErrorCode.InvalidResetToken);
    const passwordHash = await this.hasher.hash(newPassword);
    const userId = await this.users.transaction(async (manager) => {
      const now = this.clock.now();
      const owner = await this.auth.consumeResetToken(hashToken(token), now, manager);
      if (!owner) return null;
      await this.users.updatePasswordHash(owner, passwordHash, manager);
      await this.auth.expireResetTokens(owner, now, manager);
      await this.auth.revokeSessions(owner, now, null, manager);
      return owner;
    });
    if (!userId) throw new AuthException(AuthErrorCode.InvalidResetToken);
    const user = await this.users.findById(userId);
    if (!user) throw new AuthException(AuthErrorCode.InvalidResetToken);
    await this.auth.withKeyLock(hashToken(`account:${user.email}`), (manager) =>
      this.auth.clearFailures(manager, [hashToken(`account:${user.email}`)]),
    );
    return this.sessions.startSession(user, client);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { RateLimitService } from '../../common/rate-limit/rate-limit.service';
import { authConfig } from '../../config/auth.config';
import { DirectoryRepository } from '../directory/directory.repository';
import type { UserEntity } from '../users/entities/user.entity';
import { MembershipService } from '../users/membership/membership.service';
import { UsersRepository } from '../users/users.repository';
import { AuthErrorCode, AuthException } from './auth.exception';
import { AuthRepository } from './auth.repository';
import type { ChangePasswordInput, SignInInput, SignUpInput } from './graphql/auth.models';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword, normaliseEmail } from './password.policy';
import { issueDeviceToken, verifyDeviceToken } from './device-cookie';
import { hashToken, newSessionToken } from './session-token';
import { toSignedInUser } from './signed-in-user.mapper';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  /** The device cookie the browser presented, if any (OWASP device cookies). */
  deviceToken?: string | null;
}

export interface NewSession {
  accessToken: string;
  user: UserEntity;
  expiresAt: Date;
  /** A fresh device cookie for this browser and account. */
  deviceToken: string;
  sessionId: string;
}

/** Seconds before the first delayed attempt; the delay doubles with each further failure. */
const BASE_DELAY_SECONDS = 30;
/** Sessions record use at most this often. */
const TOUCH_EVERY_SECONDS = 60;

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly users: UsersRepository,
    private readonly membership: MembershipService,
    private readonly directory: DirectoryRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly rateLimit: RateLimitService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** The idle cut-off: sessions last used before it are expired. */
  idleSince(now: Date): Date {
    return new Date(now.getTime() - this.config.sessionIdleHours * 3_600_000);
  }

  /** Resolves a bearer/cookie token to the signed-in user (one SQL statement, plus a write at most once a minute). */
  async authenticate(token: string): Promise<AuthUser | null> {
    const now = this.clock.now();
    const row = await this.auth.findLiveSession(hashToken(token), now, this.idleSince(now));
    if (!row) return null;
    if (now.getTime() - new Date(row.last_used_at).getTime() >= TOUCH_EVERY_SECONDS * 1000) {
      await this.auth.touchSession(row.session_id, now, TOUCH_EVERY_SECONDS);
    }
    return toSignedInUser(row, row.session_id);
  }

  /**
   * Creates the account. Naming an organisation only *asks* to join it: the
   * membership grants nothing until it is verified (docs/adr/0006). A
   * confirmation link goes to the address either way.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<NewSession> {
    const email = normaliseEmail(input.email);
    await this.limitSignUps(email, client);
    assertAcceptablePassword(input.password);
    const organisation = input.organisationId
      ? await this.directory.findOrganisationById(input.organisationId)
      : null;
    if (input.organisationId && !organisation)
      throw new AuthException(AuthErrorCode.UnknownOrganisation);
    if (await this.users.findByEmail(email)) throw new AuthException(AuthErrorCode.EmailTaken);
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.users.transaction((manager) =>
      this.users.insertUser(
        manager,
        { email, name: input.name.trim(), passwordHash, organisationId: organisation?.id ?? null },
        Role.MEMBER,
      ),
    );
    if (!user) throw new AuthException(AuthErrorCode.EmailTaken);
    await this.membership.afterSignUp(user);
    return this.startSession(user, client);
  }

  /**
   * Progressive delay instead of a hard lockout. Failures are counted in the
   * database (so limits hold across processes) per account and per client IP.
   * After `maxFailuresPerAccount` failures each further attempt must wait a
   * doubling, capped delay; an attempt during it is refused without checking
   * the password. A browser with a valid device cookie for the account uses its
   * own counter instead of the account's, so an attacker's failures elsewhere
   * do not lock the owner out. The per-IP counter never blocks a correct
   * password (many colleagues share one NHS proxy address): over its
   * threshold it only turns failures into "too many attempts" answers.
   * The same error is given whether or not the email exists.
   */
  async signIn(input: SignInInput, client: ClientInfo): Promise<NewSession> {
    const email = normaliseEmail(input.email);
    const accountKey = hashToken(`account:${email}`);
    const ipKey = hashToken(`ip:${client.ip}`);
    const device = verifyDeviceToken(this.config.deviceCookieSecret, email, client.deviceToken);
    const ownKey = device ? hashToken(`device:${device}:${email}`) : accountKey;

    const outcome = await this.auth.withKeyLock(accountKey, async (manager) => {
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.config.windowMinutes * 60_000);
      const stats = await this.auth.failureStats(manager, [ownKey, ipKey], since);
      const ownWait = this.waitSeconds(stats.get(ownKey), this.config.maxFailuresPerAccount, now);
      if (ownWait > 0) return { kind: 'limited' as const, wait: ownWait };
      const user = await this.users.findByEmail(email);
      const ok = user
        ? await this.hasher.verify(user.passwordHash, input.password)
        : await this.hasher.verifyAgainstDummy(input.password);
      if (!user || !ok) {
        await this.auth.recordFailure(manager, [ownKey, ipKey], now);
        const ipWait = this.waitSeconds(stats.get(ipKey), this.config.maxFailuresPerIp, now);
        return ipWait > 0
          ? { kind: 'limited' as const, wait: ipWait }
          : { kind: 'failed' as const };
      }
      await this.auth.clearFailures(manager, [ownKey]);
      return { kind: 'ok' as const, user };
    });

    if (outcome.kind === 'limited') throw AuthException.tooManyAttempts(outcome.wait);
    if (outcome.kind === 'failed') throw new AuthException(AuthErrorCode.InvalidCredentials);
    return this.startSession(outcome.user, client);
  }

  /**
   * Re-authentication before a sensitive step (deleting the account): the
   * password is checked under the account's sign-in failure counter and
   * delays, so guessing it here is no easier than at sign-in.
   */
  async reauthenticate(user: AuthUser, password: string): Promise<UserEntity> {
    const accountKey = hashToken(`account:${normaliseEmail(user.email)}`);
    const outcome = await this.auth.withKeyLock(accountKey, async (manager) => {
      const now = this.clock.now();
      const since = new Date(now.getTime() - this.config.windowMinutes * 60_000);
      const stats = await this.auth.failureStats(manager, [accountKey], since);
      const wait = this.waitSeconds(stats.get(accountKey), this.config.maxFailuresPerAccount, now);
      if (wait > 0) return { kind: 'limited' as const, wait };
      const entity = await this.users.findById(user.id);
      if (!entity || !(await this.hasher.verify(entity.passwordHash, password))) {
        await this.auth.recordFailure(manager, [accountKey], now);
        return { kind: 'failed' as const };
      }
      await this.auth.clearFailures(manager, [accountKey]);
      return { kind: 'ok' as const, user: entity };
    });
    if (outcome.kind === 'limited') throw AuthException.tooManyAttempts(outcome.wait);
    if (outcome.kind === 'failed') throw new AuthException(AuthErrorCode.WrongPassword);
    return outcome.user;
  }

  /** Seconds still to wait after `stat` failures, given `free` failures before delays start. */
  private waitSeconds(
    stat: { count: number; last: Date } | undefined,
    free: number,
    now: Date,
  ): number {
    if (!stat || stat.count < free) return 0;
    const delay = Math.min(
      this.config.maxDelaySeconds,
      BASE_DELAY_SECONDS * 2 ** Math.min(20, stat.count - free),
    );
    const remainingMs = stat.last.getTime() + delay * 1000 - now.getTime();
    return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
  }

  /** Sign-ups per IP and per email, across processes (over the limit: "too many attempts"). */
  private async limitSignUps(email: string, client: ClientInfo): Promise<void> {
    const decision = await this.rateLimit.consume([
      { bucket: 'sign-up:ip', key: client.ip, limit: 20, windowSeconds: 3600 },
      { bucket: 'sign-up:email', key: email, limit: 5, windowSeconds: 3600 },
    ]);
    if (!decision.allowed) throw AuthException.tooManyAttempts(decision.retryAfterSeconds);
  }

  async signOut(user: AuthUser): Promise<boolean> {
    await this.auth.revokeSession(user.sessionId, this.clock.now());
    return true;
  }

  /** Changes the password and revokes every other session of the user. */
  async changePassword(user: AuthUser, input: ChangePasswordInput): Promise<boolean> {
    const entity = await this.users.findById(user.id);
    if (!entity || !(await this.hasher.verify(entity.passwordHash, input.currentPassword))) {
      throw new AuthException(AuthErrorCode.WrongCurrentPassword);
    }
    assertAcceptablePassword(input.newPassword, 'newPassword');
    await this.users.updatePasswordHash(user.id, await this.hasher.hash(input.newPassword));
    await this.auth.revokeSessions(user.id, this.clock.now(), user.sessionId);
    return true;
  }

  /**
   * Starts a session (absolute expiry SESSION_TTL_DAYS, idle expiry SESSION_IDLE_HOURS).
   * Every way in (password, reset link, organisation sign-in) comes through here,
   * so a suspended account is refused here, after its credentials were proved.
   */
  async startSession(user: UserEntity, client: ClientInfo): Promise<NewSession> {
    if (user.accountSuspendedAt) throw new AuthException(AuthErrorCode.AccountSuspended);
    const accessToken = newSessionToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlDays * 86_400_000);
    const sessionId = await this.auth.createSession({
      userId: user.id,
      tokenHash: hashToken(accessToken),
      now,
      expiresAt,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ip: client.ip === 'unknown' ? null : client.ip.slice(0, 45),
    });
    const deviceToken = issueDeviceToken(this.config.deviceCookieSecret, user.email);
    return { accessToken, user, expiresAt, deviceToken, sessionId };
  }
}

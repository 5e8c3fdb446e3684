import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { membershipOf } from '../../common/auth/auth-user';
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
import { hashToken, newSessionToken } from './session-token';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface NewSession {
  accessToken: string;
  user: UserEntity;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly auth: AuthRepository,
    private readonly users: UsersRepository,
    private readonly membership: MembershipService,
    private readonly directory: DirectoryRepository,
    private readonly hasher: PasswordHasher,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** Resolves a bearer/cookie token to the signed-in user (one SQL statement). */
  async authenticate(token: string): Promise<AuthUser | null> {
    const row = await this.auth.findLiveSession(hashToken(token));
    if (!row) return null;
    return {
      id: row.user_id,
      name: row.name,
      email: row.email,
      ...membershipOf(row.organisation_id, row.membership_status),
      createdAt: new Date(row.created_at),
      sessionId: row.session_id,
      roles: row.roles ?? [],
    };
  }

  /**
   * Creates the account. Naming an organisation only *asks* to join it: the
   * membership grants nothing until it is verified (docs/adr/0006). A
   * confirmation link goes to the address either way.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<NewSession> {
    const email = normaliseEmail(input.email);
    assertAcceptablePassword(input.password);
    const organisation = input.organisationId
      ? await this.directory.findOrganisationById(input.organisationId)
      : null;
    if (input.organisationId && !organisation) throw new AuthException(AuthErrorCode.UnknownOrganisation);
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
   * Failures are counted per account and per IP in the database (so limits
   * hold across processes); the same error is given whether or not the email
   * exists.
   */
  async signIn(input: SignInInput, client: ClientInfo): Promise<NewSession> {
    const email = normaliseEmail(input.email);
    const accountKey = hashToken(`account:${email}`);
    const ipKey = hashToken(`ip:${client.ip}`);
    const since = new Date(Date.now() - this.config.windowMinutes * 60_000);

    const outcome = await this.auth.withKeyLock(accountKey, async (manager) => {
      const failures = await this.auth.countRecentFailures(manager, [accountKey, ipKey], since);
      if (
        (failures.get(accountKey) ?? 0) >= this.config.maxFailuresPerAccount ||
        (failures.get(ipKey) ?? 0) >= this.config.maxFailuresPerIp
      ) {
        return { kind: 'limited' as const };
      }
      const user = await this.users.findByEmail(email);
      const ok = user
        ? await this.hasher.verify(user.passwordHash, input.password)
        : await this.hasher.verifyAgainstDummy(input.password);
      if (!user || !ok) {
        await this.auth.recordFailure(manager, [accountKey, ipKey]);
        return { kind: 'failed' as const };
      }
      await this.auth.clearFailures(manager, accountKey);
      return { kind: 'ok' as const, user };
    });

    if (outcome.kind === 'limited') throw new AuthException(AuthErrorCode.TooManyAttempts);
    if (outcome.kind === 'failed') throw new AuthException(AuthErrorCode.InvalidCredentials);
    return this.startSession(outcome.user, client);
  }

  async signOut(user: AuthUser): Promise<boolean> {
    await this.auth.revokeSession(user.sessionId);
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
    await this.auth.revokeOtherSessions(user.id, user.sessionId);
    return true;
  }

  private async startSession(user: UserEntity, client: ClientInfo): Promise<NewSession> {
    const accessToken = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlDays * 86_400_000);
    await this.auth.createSession(
      user.id,
      hashToken(accessToken),
      expiresAt,
      client.userAgent?.slice(0, 300) ?? null,
    );
    return { accessToken, user, expiresAt };
  }
}

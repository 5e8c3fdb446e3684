import { createHash, randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/clock/clock';
import { RateLimitService } from '../../../common/rate-limit/rate-limit.service';
import { appConfig } from '../../../config/app.config';
import { AuditService } from '../../audit/audit.service';
import { DirectoryRepository } from '../../directory/directory.repository';
import { MailService } from '../../mail/mail.service';
import { MembershipStatus } from '../entities/user.entity';
import type { UserEntity, VerificationMethod } from '../entities/user.entity';
import { UsersErrorCode, UsersException } from '../users.exception';
import { UsersRepository } from '../users.repository';
import { confirmEmailMail, membershipDecisionMail } from './membership.emails';
import { adminIcsIds, canDecideMembership, emailProvesMembership } from './membership.policy';
import { MembershipRepository } from './membership.repository';
import { MembershipVerifiedHooks } from './membership-verified';
import type { PendingMemberRow } from './membership.repository';

/** Confirmation links are valid for 24 hours. */
export const CONFIRMATION_TTL_MS = 24 * 3_600_000;
/** At most this many confirmation emails per address, and per client IP, per hour (besides sign-up's own limits). */
export const CONFIRMATIONS_PER_HOUR = 3;
export const CONFIRMATIONS_PER_IP_HOUR = 20;
const PENDING_LIMIT = 200;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * Membership of an organisation is proven, never self-declared: a person
 * asks to join, and the membership is VERIFIED by a confirmed mailbox on a
 * domain the organisation owns, by a verified colleague or an ICS admin
 * vouching, or by a regional admin approving.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly repo: MembershipRepository,
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly rateLimit: RateLimitService,
    private readonly clock: Clock,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    private readonly verifiedHooks: MembershipVerifiedHooks,
  ) {}

  /** After sign-up: the confirmation link goes to the new address. */
  async afterSignUp(user: UserEntity): Promise<void> {
    await this.repo.transaction((manager) => this.sendConfirmation(manager, user));
  }

  /** Ask to join an organisation (or ask again after a decline). A second click changes nothing. */
  requestMembership(actor: AuthUser, organisationId: string): Promise<UserEntity> {
    return this.ask(actor.id, organisationId, actor.id);
  }

  private async ask(userId: string, organisationId: string, actorId: string): Promise<UserEntity> {
    const organisation = await this.directory.findOrganisationById(organisationId);
    if (!organisation) throw new UsersException(UsersErrorCode.OrganisationNotFound);
    const user = await this.mustFind(userId);
    if (user.organisationId === organisationId) {
      if (user.membershipStatus === MembershipStatus.VERIFIED) {
        throw new UsersException(UsersErrorCode.AlreadyVerified);
      }
      if (user.membershipStatus === MembershipStatus.REQUESTED) return user;
    }
    await this.repo.transaction(async (manager) => {
      await this.repo.setRequested(manager, user.id, organisationId);
      await this.audit.record(
        {
          actorId,
          action: 'membership.requested',
          targetType: 'user',
          targetId: user.id,
          details: { organisationId, previousOrganisationId: user.organisationId },
        },
        manager,
      );
      if (emailProvesMembership(user.email, organisation.emailDomains)) {
        if (user.emailConfirmedAt) {
          if (await this.repo.markVerified(manager, user.id, organisationId, 'EMAIL_DOMAIN', null)) {
            await this.verifiedHooks.verified(manager, { userId: user.id, organisationId });
          }
        } else {
          // Switching back and forth must not become a way to flood a mailbox.
          const decision = await this.rateLimit.consume(
            [{ bucket: 'email-confirmation:email', key: user.email, limit: CONFIRMATIONS_PER_HOUR, windowSeconds: 3600 }],
            manager,
          );
          if (decision.allowed) {
            await this.sendConfirmation(manager, { ...user, organisationId }, organisation.name);
          }
        }
      }
    });
    return this.mustFind(user.id);
  }

  /**
   * An organisation was created from this person's request: they now ask to
   * join it (unless they have meanwhile joined another), verified at once when
   * their confirmed address is on its domain.
   */
  async joinCreatedOrganisation(userId: string, organisationId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || (user.organisationId && user.membershipStatus !== MembershipStatus.DECLINED)) return;
    await this.ask(user.id, organisationId, user.id);
  }

  /** Sends a fresh confirmation link (limited per address and per client IP, across processes). */
  async resendConfirmation(actor: AuthUser, clientIp: string): Promise<boolean> {
    const user = await this.mustFind(actor.id);
    if (user.emailConfirmedAt) throw new UsersException(UsersErrorCode.EmailAlreadyConfirmed);
    await this.repo.transaction(async (manager) => {
      const decision = await this.rateLimit.consume(
        [
          { bucket: 'email-confirmation:email', key: user.email, limit: CONFIRMATIONS_PER_HOUR, windowSeconds: 3600 },
          { bucket: 'email-confirmation:ip', key: clientIp, limit: CONFIRMATIONS_PER_IP_HOUR, windowSeconds: 3600 },
        ],
        manager,
      );
      if (!decision.allowed) throw new UsersException(UsersErrorCode.TooManyConfirmationEmails);
      await this.sendConfirmation(manager, user);
    });
    return true;
  }

  /**
   * Uses a confirmation link once. The address is confirmed; if the person
   * asked to join an organisation that owns the address's domain, the
   * membership is verified too.
   */
  async confirmEmail(token: string): Promise<UserEntity> {
    const now = this.clock.now();
    const tokenHash = hashToken(token.trim());
    const userId = await this.repo.transaction(async (manager) => {
      const used = await this.repo.consumeConfirmation(manager, tokenHash, now);
      if (!used) return null;
      if (!(await this.repo.markEmailConfirmed(manager, used.userId, used.email))) {
        throw new UsersException(UsersErrorCode.ConfirmationForOldAddress);
      }
      const user = await this.repo.findUser(manager, used.userId);
      if (user?.organisationId && user.membershipStatus === MembershipStatus.REQUESTED) {
        const organisation = await this.directory.findOrganisationById(user.organisationId);
        if (organisation && emailProvesMembership(used.email, organisation.emailDomains)) {
          await this.verify(manager, user, 'EMAIL_DOMAIN', null, organisation.name);
        }
      }
      await this.audit.record(
        { actorId: used.userId, action: 'email.confirmed', targetType: 'user', targetId: used.userId },
        manager,
      );
      return used.userId;
    });
    if (!userId) {
      const state = await this.repo.confirmationState(tokenHash);
      throw new UsersException(
        state === 'USED'
          ? UsersErrorCode.ConfirmationUsed
          : state === 'EXPIRED'
            ? UsersErrorCode.ConfirmationExpired
            : UsersErrorCode.ConfirmationInvalid,
      );
    }
    return this.mustFind(userId);
  }

  vouch(actor: AuthUser, userId: string): Promise<UserEntity> {
    return this.decide(actor, userId, 'VOUCHED');
  }

  approve(actor: AuthUser, userId: string): Promise<UserEntity> {
    return this.decide(actor, userId, 'APPROVED');
  }

  decline(actor: AuthUser, userId: string): Promise<UserEntity> {
    return this.decide(actor, userId, 'DECLINED');
  }

  /** People waiting to join organisations the viewer may vouch for. */
  async pendingMembers(actor: AuthUser): Promise<PendingMemberRow[]> {
    return this.repo.pendingMembers(
      {
        all: hasRole(actor, Role.REGIONAL_ADMIN),
        icsIds: adminIcsIds(actor),
        organisationId: actor.organisationId,
      },
      PENDING_LIMIT,
    );
  }

  private async decide(
    actor: AuthUser,
    userId: string,
    decision: 'VOUCHED' | 'APPROVED' | 'DECLINED',
  ): Promise<UserEntity> {
    const subject = await this.users.findById(userId);
    if (!subject) throw new UsersException(UsersErrorCode.UserNotFound);
    const organisationId = subject.organisationId;
    const icsIds = organisationId ? await this.directory.icsIdsOfOrganisation(organisationId) : [];
    const allowed =
      decision === 'APPROVED'
        ? hasRole(actor, Role.REGIONAL_ADMIN) && actor.id !== subject.id
        : canDecideMembership(actor, subject, icsIds);
    if (!allowed || !organisationId) throw new UsersException(UsersErrorCode.NotAllowedToVouch);
    if (subject.membershipStatus === MembershipStatus.VERIFIED) {
      throw new UsersException(UsersErrorCode.AlreadyVerified);
    }
    if (subject.membershipStatus === MembershipStatus.DECLINED && decision !== 'APPROVED') {
      throw new UsersException(UsersErrorCode.AlreadyDeclined);
    }
    const organisation = await this.directory.findOrganisationById(organisationId);
    await this.repo.transaction(async (manager) => {
      if (decision === 'DECLINED') {
        if (!(await this.repo.markDeclined(manager, subject.id, organisationId, actor.id))) {
          throw new UsersException(UsersErrorCode.MembershipChanged);
        }
        await this.audit.record(
          {
            actorId: actor.id,
            actor,
            action: 'membership.declined',
            targetType: 'user',
            targetId: subject.id,
            details: { organisationId },
            before: { membershipStatus: subject.membershipStatus },
            after: { membershipStatus: MembershipStatus.DECLINED },
            icsIds,
          },
          manager,
        );
        await this.mail.enqueue(
          membershipDecisionMail(
            { email: subject.email, name: subject.name, userId: subject.id },
            organisation?.name ?? 'your organisation',
            'DECLINED',
            this.app.webPublicUrl,
            new Date().toISOString(),
          ),
          manager,
        );
        return;
      }
      await this.verify(manager, subject, decision, actor.id, organisation?.name ?? 'your organisation', { actor, icsIds });
    });
    return this.mustFind(subject.id);
  }

  /** Marks the request verified (once), audits it and tells the person. */
  private async verify(
    manager: EntityManager,
    subject: UserEntity,
    method: VerificationMethod,
    byUserId: string | null,
    organisationName: string,
    scope: { actor?: AuthUser; icsIds?: string[] } = {},
  ): Promise<void> {
    const organisationId = subject.organisationId as string;
    const from =
      method === 'APPROVED'
        ? [MembershipStatus.REQUESTED, MembershipStatus.DECLINED]
        : [MembershipStatus.REQUESTED];
    if (!(await this.repo.markVerified(manager, subject.id, organisationId, method, byUserId, from))) {
      throw new UsersException(UsersErrorCode.MembershipChanged);
    }
    await this.verifiedHooks.verified(manager, { userId: subject.id, organisationId });
    await this.audit.record(
      {
        actorId: byUserId ?? subject.id,
        action: method === 'VOUCHED' ? 'member.vouched' : `membership.verified`,
        targetType: 'user',
        targetId: subject.id,
        details: { organisationId, method },
        before: { membershipStatus: subject.membershipStatus },
        after: { membershipStatus: MembershipStatus.VERIFIED },
        actor: scope.actor,
        icsIds: scope.icsIds,
      },
      manager,
    );
    if (method !== 'EMAIL_DOMAIN') {
      await this.mail.enqueue(
        membershipDecisionMail(
          { email: subject.email, name: subject.name, userId: subject.id },
          organisationName,
          'VERIFIED',
          this.app.webPublicUrl,
          organisationId,
        ),
        manager,
      );
    }
  }

  private async sendConfirmation(
    manager: EntityManager,
    user: Pick<UserEntity, 'id' | 'email' | 'name' | 'organisationId'>,
    organisationName?: string,
  ): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const organisation =
      user.organisationId && !organisationName
        ? await this.directory.findOrganisationById(user.organisationId)
        : null;
    const name = organisationName ?? organisation?.name ?? null;
    const domains = organisation?.emailDomains ?? [];
    const matches = organisationName ? true : emailProvesMembership(user.email, domains);
    const confirmationId = randomBytes(8).toString('hex');
    await this.repo.createConfirmation(manager, {
      userId: user.id,
      email: user.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.now().getTime() + CONFIRMATION_TTL_MS),
    });
    await this.mail.enqueue(
      confirmEmailMail(
        { email: user.email, name: user.name },
        `${this.app.webPublicUrl}/confirm-email?token=${token}`,
        name,
        matches,
        confirmationId,
      ),
      manager,
    );
  }

  private async mustFind(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw new UsersException(UsersErrorCode.UserNotFound);
    return user;
  }
}

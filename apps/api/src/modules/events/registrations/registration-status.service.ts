import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { EventEntity } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { PLACE_HOLDING_STATUSES, RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { EventsAudit } from '../events-audit';
import { canManageEvent } from '../events.policy';
import { decidePlace } from './placement';
import { RegistrationMailer } from './registration-mailer.service';
import { RegistrationTransitions } from './registration-transitions.service';
import { RegistrationsRepository } from './registrations.repository';

/** Status changes after registering: cancelling, answering an offer, and the organiser's approval. */
@Injectable()
export class RegistrationStatusService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly mailer: RegistrationMailer,
    private readonly audit: EventsAudit,
  ) {}

  async cancel(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.transitions.load(registrationId);
    const manages = canManageEvent(user, event);
    if (found.userId !== user.id && !manages) throw new EventsException(EventsErrorCode.NotYourRegistration);
    if (!manages && event.startsAt <= new Date()) throw new EventsException(EventsErrorCode.EventStarted);
    return this.transitions.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status === RegistrationStatus.CANCELLED) return { reg };
      if (reg.status === RegistrationStatus.DECLINED) throw new EventsException(EventsErrorCode.InvalidTransition);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: RegistrationStatus.CANCELLED,
        offerExpiresAt: null,
      });
      await this.mailer.emailUser(manager, 'cancelled', locked, next);
      await this.recordStatus(manager, user, 'registration.cancelled', reg, next, locked);
      return { reg: next, freed: PLACE_HOLDING_STATUSES.includes(reg.status), reason: manages && reg.userId !== user.id ? RegistrationChangeReason.ORGANISER : RegistrationChangeReason.SELF };
    });
  }

  async acceptOffer(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found } = await this.transitions.load(registrationId);
    if (found.userId !== user.id) throw new EventsException(EventsErrorCode.NotYourRegistration);
    return this.transitions.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status === RegistrationStatus.CONFIRMED) return { reg };
      if (reg.status !== RegistrationStatus.OFFERED) throw new EventsException(EventsErrorCode.OfferNotOpen);
      if (!reg.offerExpiresAt || reg.offerExpiresAt <= new Date()) throw new EventsException(EventsErrorCode.OfferExpired);
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.CONFIRMED, offerExpiresAt: null });
      await this.mailer.emailUser(manager, 'confirmed', locked, next);
      return { reg: next, reason: RegistrationChangeReason.OFFER_ACCEPTED };
    });
  }

  async declineOffer(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found } = await this.transitions.load(registrationId);
    if (found.userId !== user.id) throw new EventsException(EventsErrorCode.NotYourRegistration);
    return this.transitions.transition(found.id, user.id, async (manager, reg) => {
      if (reg.status !== RegistrationStatus.OFFERED) throw new EventsException(EventsErrorCode.OfferNotOpen);
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.DECLINED, offerExpiresAt: null });
      return { reg: next, freed: true, reason: RegistrationChangeReason.OFFER_DECLINED };
    });
  }

  async approve(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.transitions.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    return this.transitions.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status !== RegistrationStatus.PENDING_APPROVAL) throw new EventsException(EventsErrorCode.InvalidTransition);
      const profile = { icsOdsCodes: reg.icsOdsCode ? [reg.icsOdsCode] : [], organisationTypeKey: reg.organisationTypeKey };
      // Under the event lock: a place (with its quota) or the next waiting-list position.
      const placed = decidePlace(locked, await this.repo.placeState(manager, locked.id, reg.userId), profile);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: placed.status,
        quotaId: placed.quotaId,
        waitlistPosition: placed.waitlistPosition ?? reg.waitlistPosition,
      });
      await this.mailer.emailUser(manager, next.status === RegistrationStatus.CONFIRMED ? 'confirmed' : 'waitlisted', locked, next);
      await this.recordStatus(manager, user, 'registration.approved', reg, next, locked);
      return { reg: next, reason: RegistrationChangeReason.APPROVED };
    });
  }

  async decline(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.transitions.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    return this.transitions.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status !== RegistrationStatus.PENDING_APPROVAL && reg.status !== RegistrationStatus.WAITLISTED) {
        throw new EventsException(EventsErrorCode.InvalidTransition);
      }
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.DECLINED });
      await this.mailer.emailUser(manager, 'declined', locked, next);
      await this.recordStatus(manager, user, 'registration.declined', reg, next, locked);
      return { reg: next, reason: RegistrationChangeReason.ORGANISER };
    });
  }

  /** The audit entry of a status change (ids and statuses only: never the answers). */
  private recordStatus(
    manager: EntityManager,
    user: AuthUser,
    action: string,
    before: RegistrationEntity,
    after: RegistrationEntity,
    event: EventEntity,
  ): Promise<void> {
    return this.audit.record(
      user,
      {
        action,
        targetType: 'registration',
        targetId: before.id,
        before: { status: before.status },
        after: { status: after.status },
        details: { eventId: event.id, registrantId: before.userId },
      },
      event,
      manager,
    );
  }
}

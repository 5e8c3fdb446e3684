import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { appLogger } from '../../../common/logging/json-logger';
import { EventStatus } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { ACTIVE_STATUSES, PLACE_HOLDING_STATUSES, RegistrationStatus } from '../entities/registration.entity';
import { RegistrationChangeReason } from '../entities/registration-change.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { canManageEvent } from '../events.policy';
import { EventsRepository } from '../events.repository';
import type { MoveRegistrationInput } from '../graphql/registration.input';
import { copyAnswers, decidePlace } from './placement';
import { RegistrationMailer } from './registration-mailer.service';
import { RegistrationTransitions } from './registration-transitions.service';
import { RegistrationsRepository } from './registrations.repository';

/** Moving a registration from one event to another (organisers of both). */
@Injectable()
export class RegistrationMovesService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly mailer: RegistrationMailer,
  ) {}

  /**
   * An organiser of both events (or an admin) moves an active registration to
   * another event. Both event rows are locked in id order (no deadlock between
   * opposite moves); the old registration is CANCELLED (reason MOVED, with the
   * target event in its history), its place is offered on, and a new
   * registration takes a place in the target under the usual capacity and
   * quota rules, or the next waiting-list number. Answers to questions the
   * target also asks (same id and type) are copied. Returns the new registration.
   */
  async move(user: AuthUser, input: MoveRegistrationInput): Promise<RegistrationEntity> {
    const { reg: found, event: source } = await this.transitions.load(input.registrationId);
    const target = await this.events.findEvent(input.toEventId);
    if (!target) throw new EventsException(EventsErrorCode.EventNotFound);
    if (!canManageEvent(user, source) || !canManageEvent(user, target)) {
      throw new EventsException(EventsErrorCode.NotEventOrganiser, 'Only organisers of both events can move a registration.');
    }
    if (target.id === source.id) throw new EventsException(EventsErrorCode.InvalidTransition, 'Choose a different event.', 'toEventId');
    if (found.checkedInAt) throw new EventsException(EventsErrorCode.AlreadyCheckedIn);
    return this.repo.transaction(async (manager) => {
      const locked = await this.events.lockEvents(manager, [source.id, target.id]);
      const from = locked.get(source.id);
      const to = locked.get(target.id);
      if (!from || !to) throw new EventsException(EventsErrorCode.EventNotFound);
      if (to.status !== EventStatus.PUBLISHED) throw new EventsException(EventsErrorCode.EventNotOpen, 'The event to move to is not published.', 'toEventId');
      if (to.startsAt <= new Date()) throw new EventsException(EventsErrorCode.EventStarted, 'The event to move to has already started.', 'toEventId');
      // Re-read under the locks: a concurrent change (or move) may have happened.
      const reg = (await this.repo.findRegistration(found.id, manager)) as RegistrationEntity;
      if (reg.eventId !== from.id || !ACTIVE_STATUSES.includes(reg.status)) {
        throw new EventsException(EventsErrorCode.InvalidTransition, 'Only an active registration can be moved.');
      }
      // Checked in (perhaps by a scan that raced this move): they attended this event.
      if (reg.checkedInAt) throw new EventsException(EventsErrorCode.AlreadyCheckedIn);
      const profile = { icsOdsCodes: reg.icsOdsCode ? [reg.icsOdsCode] : [], organisationTypeKey: reg.organisationTypeKey };
      const state = await this.repo.placeState(manager, to.id, reg.userId);
      if (state.existingId) {
        throw new EventsException(EventsErrorCode.AlreadyRegistered, 'This person is already registered for the event to move to.', 'toEventId');
      }
      const placed = decidePlace(to, state, profile);
      const copied = copyAnswers(from, to, reg);
      const moved = await this.repo.insertRegistrationWithChange(
        manager,
        {
          id: randomUUID(),
          eventId: to.id,
          userId: reg.userId,
          status: placed.status,
          quotaId: placed.quotaId,
          waitlistPosition: placed.waitlistPosition,
          icsOdsCode: placed.icsOdsCode ?? reg.icsOdsCode,
          organisationTypeKey: reg.organisationTypeKey,
          answers: copied.answers,
          sensitiveAnswers: Object.keys(copied.sensitive).length ? copied.sensitive : null,
        },
        user.id,
        { fromEventId: from.id, fromRegistrationId: reg.id },
      );
      await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.CANCELLED, offerExpiresAt: null });
      await this.repo.recordChange(manager, {
        registrationId: reg.id,
        fromStatus: reg.status,
        toStatus: RegistrationStatus.CANCELLED,
        actorId: user.id,
        reason: RegistrationChangeReason.MOVED,
        toEventId: to.id,
        relatedRegistrationId: moved.id,
      });
      const recipient = (await this.mailer.recipients([reg.userId], manager)).get(reg.userId);
      if (recipient) {
        await this.mailer.send(manager, 'moved', to, moved, recipient, { event: from, wasConfirmed: reg.status === RegistrationStatus.CONFIRMED });
      }
      await this.events.audit.record(
        user,
        {
          action: 'registration.moved',
          targetType: 'registration',
          targetId: reg.id,
          before: { eventId: from.id, registrationId: reg.id, status: reg.status },
          after: { eventId: to.id, registrationId: moved.id, status: moved.status },
        },
        { icsOdsCodes: [...new Set([...from.icsOdsCodes, ...to.icsOdsCodes])] },
        manager,
      );
      if (PLACE_HOLDING_STATUSES.includes(reg.status)) await this.transitions.backfill(manager, from);
      appLogger().write('info', 'event registration moved', { registrationId: reg.id, to: moved.id, toEventId: to.id, status: moved.status });
      return moved;
    });
  }
}

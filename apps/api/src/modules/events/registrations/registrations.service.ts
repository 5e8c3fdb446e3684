import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import type { EventEntity } from '../entities/event.entity';
import { EventStatus } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { EventsErrorCode, EventsException } from '../events.exception';
import { registrationWindowMessage } from '../events.format';
import { canViewRegistration, checkAnswers, registrationWindow } from '../events.policy';
import type { SplitAnswers } from '../events.policy';
import type { RegisterForEventInput } from '../graphql/registration.input';
import { RegistrationEventCache } from './registration-event-cache';
import { RegistrationNotices } from './registration-notices.service';
import { RegistrationsRepository } from './registrations.repository';

/** Shown against the consent box when it was not ticked. */
const DEFAULT_CONSENT_MESSAGE = 'You need to agree to the privacy notice to register.';

/**
 * Delegate registration: registering (the capacity and quota decision, in
 * one SQL statement) and reading one's registrations. Later changes are in
 * RegistrationStatusService and RegistrationMovesService.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly notices: RegistrationNotices,
    private readonly eventCache: RegistrationEventCache,
  ) {}

  async register(user: AuthUser, input: RegisterForEventInput): Promise<RegistrationEntity> {
    // The answers are checked against this process's copy of the event. A refusal decided on a
    // copy is confirmed on the event as it is now (it may have been published or changed since);
    // the registration statement answers STALE when the event changed after the copy was read,
    // and it is read again (the statement runs at most three times).
    const copy = this.eventCache.recent(input.eventId);
    let event = copy ?? (await this.eventCache.read(input.eventId));
    let fresh = !copy;
    for (let tries = 0; ; ) {
      let checked: SplitAnswers;
      try {
        checked = this.check(event, input);
      } catch (error) {
        if (fresh) throw error;
        event = await this.eventCache.read(input.eventId);
        fresh = true;
        continue;
      }
      const registration = await this.registerAt(user, event as EventEntity, checked);
      if (registration) return registration;
      tries += 1;
      if (tries === 3) throw new EventsException(EventsErrorCode.EventChanged, 'The event changed while you were registering. Please try again.');
      event = await this.eventCache.read(input.eventId);
      fresh = true;
    }
  }

  /** The answers checked against the event, or the reason this event refuses them now. */
  private check(event: EventEntity | null, input: RegisterForEventInput): SplitAnswers {
    if (!event || event.status === EventStatus.DRAFT) throw new EventsException(EventsErrorCode.EventNotFound);
    if (event.status !== EventStatus.PUBLISHED) throw new EventsException(EventsErrorCode.EventNotOpen);
    // After the deadline (or before opening) nothing else matters: say so, with the date.
    const window = registrationWindow(event, new Date());
    if (window !== 'OPEN') throw new EventsException(EventsErrorCode.RegistrationClosed, registrationWindowMessage(window, event));
    // Every problem at once (each missing or invalid answer, and consent), so the form can flag them all.
    const checked = checkAnswers(event.questions, input.answers ?? []);
    const problems = [...checked.errors, ...(input.consent ? [] : [{ field: 'consent', message: DEFAULT_CONSENT_MESSAGE }])];
    if (problems.length === 1 && !input.consent) {
      throw new EventsException(EventsErrorCode.ConsentRequired, undefined, 'consent');
    }
    if (problems.length) {
      throw new EventsException(EventsErrorCode.InvalidAnswers, problems.map((e) => e.message).join(' '), problems[0].field, problems);
    }
    return checked;
  }

  /** Registers against this version of the event; null when the event has changed since. */
  private async registerAt(user: AuthUser, event: EventEntity, checked: SplitAnswers): Promise<RegistrationEntity | null> {
    try {
      // Lock, version check, existing-registration check, window, place decision and insert
      // run as ONE statement (mic_register_at_event_version) in its own transaction: the event
      // row lock is held only for work inside PostgreSQL and the commit, never across a round
      // trip to this (possibly busy) process. See docs/adr/0005-registration-in-one-statement.md.
      const id = randomUUID();
      const result = await this.repo.registerInOneStatement(this.repo.manager, {
        id,
        eventId: event.id,
        eventVersion: event.version,
        userId: user.id,
        answers: checked.answers,
        sensitiveAnswers: Object.keys(checked.sensitive).length ? checked.sensitive : null,
        now: new Date(),
      });
      if (result.outcome === 'STALE') return null;
      if (result.outcome === 'NOT_OPEN') throw new EventsException(EventsErrorCode.EventNotOpen);
      if (result.outcome === 'CLOSED') {
        const now = registrationWindow(event, new Date());
        throw new EventsException(EventsErrorCode.RegistrationClosed, now === 'OPEN' ? undefined : registrationWindowMessage(now, event));
      }
      if (result.outcome === 'CREATED') await this.notices.queue(id);
      return result.registration;
    } catch (error) {
      // The partial unique index is the backstop for "one active registration per person".
      if ((error as { code?: string }).code === '23505') {
        const existing = await this.repo.findActiveRegistration(this.repo.manager, event.id, user.id);
        if (existing) return existing;
      }
      throw error;
    }
  }

  forUser(user: AuthUser): Promise<RegistrationEntity[]> {
    return this.repo.findRegistrationsForUser(user.id);
  }

  /** A registration the user may see: their own, or one at an event they manage. */
  async visible(user: AuthUser, id: string): Promise<RegistrationEntity | null> {
    const reg = await this.repo.findRegistration(id);
    if (!reg) return null;
    if (reg.userId === user.id) return reg;
    // Who may see it is decided on the event as it is now, never on a cached copy.
    const event = await this.eventCache.read(reg.eventId);
    return event && canViewRegistration(user, reg, event) ? reg : null;
  }
}

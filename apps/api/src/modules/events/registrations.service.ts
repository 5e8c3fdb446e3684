import { randomUUID } from 'node:crypto';

import { REGISTRATION_STATUS_LABELS } from '@mic/shared-util';
import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { appLogger } from '../../common/logging/json-logger';
import { appConfig } from '../../config/app.config';
import { JobsService } from '../jobs/jobs.service';
import { MailService } from '../mail/mail.service';
import type { EventEntity } from './entities/event.entity';
import { EventStatus } from './entities/event.entity';
import type { AnswerValue, RegistrationEntity } from './entities/registration.entity';
import { ACTIVE_STATUSES, PLACE_HOLDING_STATUSES, RegistrationStatus } from './entities/registration.entity';
import { RegistrationChangeReason } from './entities/registration-change.entity';
import type { EventEmailKind } from './events.emails';
import { registrationEmail } from './events.emails';
import { EventsErrorCode, EventsException } from './events.exception';
import type { DelegateProfile } from './events.policy';
import { OPEN_POOL, allocatePlace, canManageEvent, canViewRegistration, checkAnswers, registrationWindow } from './events.policy';
import { registrationWindowMessage } from './events.format';
import type { DelegateRow, PlaceState } from './events.repository';
import { EventsRepository } from './events.repository';
import type { MoveRegistrationInput, RegisterForEventInput } from './graphql/registration.input';

export const OFFER_EXPIRY_QUEUE = 'events.offer-expiry';
export const OFFER_SWEEP_QUEUE = 'events.offer-sweep';
/** Sends the confirmation / waiting-list / pending email for a new registration. */
export const REGISTRATION_NOTICE_QUEUE = 'events.registration-notice';
/** Backstop: queues first emails whose job was never queued (a crash right after the commit). */
export const REGISTRATION_NOTICE_SWEEP_QUEUE = 'events.registration-notice-sweep';
const NOTICE_SWEEP_GRACE_SECONDS = 120;

const HOUR_MS = 3_600_000;

interface Placement {
  status: RegistrationStatus;
  quotaId: string | null;
  waitlistPosition: number | null;
  /** The ICS whose quota place was taken, if any. */
  icsOdsCode: string | null;
}

/** The fair-share decision applied to the locked state. */
function decidePlace(event: EventEntity, state: PlaceState, profile: DelegateProfile): Placement {
  const slot = allocatePlace(event.capacity, state.quotas, state.usage, profile);
  if (slot === null) {
    return { status: RegistrationStatus.WAITLISTED, quotaId: null, waitlistPosition: state.nextPosition, icsOdsCode: null };
  }
  const quota = state.quotas.find((q) => q.id === slot);
  return {
    status: RegistrationStatus.CONFIRMED,
    quotaId: slot === OPEN_POOL ? null : slot,
    waitlistPosition: null,
    icsOdsCode: quota?.kind === 'ICS' ? quota.key : null,
  };
}

/**
 * Answers to carry over on a move: those to questions the target event asks
 * with the same id and type, still valid against its options (sensitive ones
 * follow the target question's flag). Missing required answers do not block.
 */
function copyAnswers(from: EventEntity, to: EventEntity, reg: RegistrationEntity): { answers: Record<string, AnswerValue>; sensitive: Record<string, AnswerValue> } {
  const old = { ...reg.answers, ...(reg.sensitiveAnswers ?? {}) };
  const given = to.questions
    .filter((q) => from.questions.some((f) => f.id === q.id && f.type === q.type) && old[q.id] !== undefined)
    .map((q) => {
      const v = old[q.id];
      return Array.isArray(v) ? { questionId: q.id, values: v } : { questionId: q.id, value: v };
    });
  const checked = checkAnswers(to.questions, given);
  return { answers: checked.answers, sensitive: checked.sensitive };
}

export interface CheckInOutcome {
  registration: RegistrationEntity;
  alreadyCheckedIn: boolean;
  /** Who was checked in (name, organisation), for the desk to say so. */
  delegate: DelegateRow;
}

/**
 * Delegate registration: the capacity and quota decision, the waiting list
 * and offers. Every decision about places runs in one transaction holding
 * the event row lock (SELECT … FOR UPDATE), so concurrent requests in any
 * number of API processes are serialised per event and can never oversell.
 */
/** Shown against the consent box when it was not ticked. */
const DEFAULT_CONSENT_MESSAGE = 'You need to agree to the privacy notice to register.';

@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    private readonly repo: EventsRepository,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ registrationId: string }>(OFFER_EXPIRY_QUEUE, async ({ registrationId }) => {
      await this.expireOffer(registrationId);
    });
    this.jobs.register<{ registrationId: string }>(REGISTRATION_NOTICE_QUEUE, async ({ registrationId }) => {
      await this.sendRegistrationNotice(registrationId);
    });
    this.jobs.register(REGISTRATION_NOTICE_SWEEP_QUEUE, async () => {
      await this.queueMissingNotices();
    }, '* * * * *');
    this.jobs.register(OFFER_SWEEP_QUEUE, async () => {
      await this.expireDueOffers();
    }, '*/5 * * * *');
  }

  async register(user: AuthUser, input: RegisterForEventInput): Promise<RegistrationEntity> {
    const event = await this.repo.findEvent(input.eventId);
    if (!event || event.status === EventStatus.DRAFT) throw new EventsException(EventsErrorCode.EventNotFound);
    if (event.status !== EventStatus.PUBLISHED) throw new EventsException(EventsErrorCode.EventNotOpen);
    // After the deadline (or before opening) nothing else matters: say so, with the date.
    const window = registrationWindow(event, new Date());
    if (window !== 'OPEN') throw new EventsException(EventsErrorCode.RegistrationClosed, registrationWindowMessage(window, event));
    // Every problem at once (each missing or invalid answer, and consent), so the form can flag them all.
    const checked = checkAnswers(event.questions, input.answers ?? []);
    const problems = [
      ...checked.errors,
      ...(input.consent ? [] : [{ field: 'consent', message: DEFAULT_CONSENT_MESSAGE }]),
    ];
    if (problems.length === 1 && !input.consent) {
      throw new EventsException(EventsErrorCode.ConsentRequired, undefined, 'consent');
    }
    if (problems.length) {
      throw new EventsException(
        EventsErrorCode.InvalidAnswers,
        problems.map((e) => e.message).join(' '),
        problems[0].field,
        problems,
      );
    }
    try {
      // Lock, existing-registration check, window, place decision and insert run as ONE
      // statement (mic_register_for_event) in its own transaction: the event row lock is
      // held only for work inside PostgreSQL and the commit, never across a round trip
      // to this (possibly busy) process. See docs/adr/0005-registration-in-one-statement.md.
      const id = randomUUID();
      const result = await this.repo.registerInOneStatement(this.repo.manager, {
        id,
        eventId: event.id,
        userId: user.id,
        answers: checked.answers,
        sensitiveAnswers: Object.keys(checked.sensitive).length ? checked.sensitive : null,
        now: new Date(),
      });
      if (result.outcome === 'NOT_OPEN') throw new EventsException(EventsErrorCode.EventNotOpen);
      if (result.outcome === 'CLOSED') {
        const now = registrationWindow(event, new Date());
        throw new EventsException(EventsErrorCode.RegistrationClosed, now === 'OPEN' ? undefined : registrationWindowMessage(now, event));
      }
      if (result.outcome === 'CREATED') await this.queueNotice(id);
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

  /**
   * Queues the first email for a committed registration. Best effort: if this
   * fails (or the process dies first) the sweep job queues it a minute later,
   * so the registration is never lost and the email is never skipped.
   */
  private async queueNotice(registrationId: string): Promise<void> {
    try {
      await this.jobs.send(REGISTRATION_NOTICE_QUEUE, { registrationId }, { singletonKey: registrationId });
    } catch (error) {
      appLogger().write('warn', 'registration notice not queued; the sweep will queue it', {
        registrationId,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /**
   * Cron backstop for queueNotice: registrations from the last day, at least
   * NOTICE_SWEEP_GRACE old, still active, not created by a move (those get the
   * "moved" email), and without their first email in the outbox.
   */
  async queueMissingNotices(): Promise<number> {
    const ids = await this.repo.findRegistrationsWithoutNotice(NOTICE_SWEEP_GRACE_SECONDS, 500);
    for (const id of ids) await this.queueNotice(id);
    if (ids.length) appLogger().write('info', 'registration notices queued by the sweep', { count: ids.length });
    return ids.length;
  }

  /** Under the event lock: a place (with its quota) or the next waiting-list position. */
  private async place(manager: EntityManager, event: EventEntity, userId: string, profile: DelegateProfile): Promise<Placement> {
    return decidePlace(event, await this.repo.placeState(manager, event.id, userId), profile);
  }

  async cancel(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.load(registrationId);
    const manages = canManageEvent(user, event);
    if (found.userId !== user.id && !manages) throw new EventsException(EventsErrorCode.NotYourRegistration);
    if (!manages && event.startsAt <= new Date()) throw new EventsException(EventsErrorCode.EventStarted);
    return this.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status === RegistrationStatus.CANCELLED) return { reg };
      if (reg.status === RegistrationStatus.DECLINED) throw new EventsException(EventsErrorCode.InvalidTransition);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: RegistrationStatus.CANCELLED,
        offerExpiresAt: null,
      });
      await this.emailUser(manager, 'cancelled', locked, next);
      return { reg: next, freed: PLACE_HOLDING_STATUSES.includes(reg.status), reason: manages && reg.userId !== user.id ? RegistrationChangeReason.ORGANISER : RegistrationChangeReason.SELF };
    });
  }

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
    const { reg: found, event: source } = await this.load(input.registrationId);
    const target = await this.repo.findEvent(input.toEventId);
    if (!target) throw new EventsException(EventsErrorCode.EventNotFound);
    if (!canManageEvent(user, source) || !canManageEvent(user, target)) {
      throw new EventsException(EventsErrorCode.NotEventOrganiser, 'Only organisers of both events can move a registration.');
    }
    if (target.id === source.id) throw new EventsException(EventsErrorCode.InvalidTransition, 'Choose a different event.', 'toEventId');
    if (found.checkedInAt) throw new EventsException(EventsErrorCode.AlreadyCheckedIn);
    return this.repo.transaction(async (manager) => {
      const locked = await this.repo.lockEvents(manager, [source.id, target.id]);
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
      const recipient = (await this.repo.usersByIds([reg.userId], manager)).get(reg.userId);
      if (recipient) {
        const mail = registrationEmail(
          'moved',
          to,
          moved,
          recipient,
          this.app.webPublicUrl,
          { event: from, wasConfirmed: reg.status === RegistrationStatus.CONFIRMED },
          await this.livePlace(manager, moved),
        );
        await this.mail.enqueue(mail, manager);
      }
      if (PLACE_HOLDING_STATUSES.includes(reg.status)) await this.backfill(manager, from);
      appLogger().write('info', 'event registration moved', { registrationId: reg.id, to: moved.id, toEventId: to.id, status: moved.status });
      return moved;
    });
  }

  async acceptOffer(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found } = await this.load(registrationId);
    if (found.userId !== user.id) throw new EventsException(EventsErrorCode.NotYourRegistration);
    return this.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status === RegistrationStatus.CONFIRMED) return { reg };
      if (reg.status !== RegistrationStatus.OFFERED) throw new EventsException(EventsErrorCode.OfferNotOpen);
      if (!reg.offerExpiresAt || reg.offerExpiresAt <= new Date()) throw new EventsException(EventsErrorCode.OfferExpired);
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.CONFIRMED, offerExpiresAt: null });
      await this.emailUser(manager, 'confirmed', locked, next);
      return { reg: next, reason: RegistrationChangeReason.OFFER_ACCEPTED };
    });
  }

  async declineOffer(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found } = await this.load(registrationId);
    if (found.userId !== user.id) throw new EventsException(EventsErrorCode.NotYourRegistration);
    return this.transition(found.id, user.id, async (manager, reg) => {
      if (reg.status !== RegistrationStatus.OFFERED) throw new EventsException(EventsErrorCode.OfferNotOpen);
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.DECLINED, offerExpiresAt: null });
      return { reg: next, freed: true, reason: RegistrationChangeReason.OFFER_DECLINED };
    });
  }

  async approve(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    return this.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status !== RegistrationStatus.PENDING_APPROVAL) throw new EventsException(EventsErrorCode.InvalidTransition);
      const profile = { icsOdsCodes: reg.icsOdsCode ? [reg.icsOdsCode] : [], organisationTypeKey: reg.organisationTypeKey };
      const placed = await this.place(manager, locked, reg.userId, profile);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: placed.status,
        quotaId: placed.quotaId,
        waitlistPosition: placed.waitlistPosition ?? reg.waitlistPosition,
      });
      await this.emailUser(manager, next.status === RegistrationStatus.CONFIRMED ? 'confirmed' : 'waitlisted', locked, next);
      return { reg: next, reason: RegistrationChangeReason.APPROVED };
    });
  }

  async decline(user: AuthUser, registrationId: string): Promise<RegistrationEntity> {
    const { reg: found, event } = await this.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    return this.transition(found.id, user.id, async (manager, reg, locked) => {
      if (reg.status !== RegistrationStatus.PENDING_APPROVAL && reg.status !== RegistrationStatus.WAITLISTED) {
        throw new EventsException(EventsErrorCode.InvalidTransition);
      }
      const next = await this.repo.updateRegistration(manager, reg.id, { status: RegistrationStatus.DECLINED });
      await this.emailUser(manager, 'declined', locked, next);
      return { reg: next, reason: RegistrationChangeReason.ORGANISER };
    });
  }

  /**
   * Checks a confirmed delegate in (once: a second scan reports when they were).
   * With `deskEventId` (the event whose check-in desk scanned the ticket), a
   * ticket for another event is refused rather than checked in there.
   */
  async checkIn(user: AuthUser, registrationId: string, deskEventId?: string | null): Promise<CheckInOutcome> {
    const { reg, event } = await this.load(registrationId);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    if (deskEventId && deskEventId !== reg.eventId) {
      throw new EventsException(EventsErrorCode.TicketForAnotherEvent, `This ticket is for another event: ${event.title}.`, 'registrationId');
    }
    const [[delegate]] = await this.repo.findDelegates(reg.eventId, { registrationId: reg.id });
    if (reg.status !== RegistrationStatus.CONFIRMED) {
      throw new EventsException(
        EventsErrorCode.InvalidTransition,
        `${delegate.name} (${delegate.organisationName}) cannot be checked in: their registration is “${REGISTRATION_STATUS_LABELS[reg.status]}”, not a confirmed place.`,
        'registrationId',
      );
    }
    const done = await this.repo.checkIn(reg.id, user.id);
    const fresh = (await this.repo.findRegistration(reg.id)) as RegistrationEntity;
    return { registration: fresh, alreadyCheckedIn: !done, delegate: { ...delegate, registration: fresh } };
  }

  forUser(user: AuthUser): Promise<RegistrationEntity[]> {
    return this.repo.findRegistrationsForUser(user.id);
  }

  /** A registration the user may see: their own, or one at an event they manage. */
  async visible(user: AuthUser, id: string): Promise<RegistrationEntity | null> {
    const reg = await this.repo.findRegistration(id);
    if (!reg) return null;
    if (reg.userId === user.id) return reg;
    const event = await this.repo.findEvent(reg.eventId);
    return event && canViewRegistration(user, reg, event) ? reg : null;
  }

  /**
   * Job handler: the first email for a new registration, describing the
   * registration as it is now (not as it was created: a delegate waitlisted
   * and then offered a place before this job ran gets the offer, never "you
   * are on the waiting list"). When a later change already queued the same
   * email, the idempotency key makes this a no-op. Cancelled or declined
   * registrations get no first notice.
   */
  async sendRegistrationNotice(registrationId: string): Promise<boolean> {
    const reg = await this.repo.findRegistration(registrationId);
    if (!reg || reg.status === RegistrationStatus.CANCELLED || reg.status === RegistrationStatus.DECLINED) return false;
    const first = (await this.repo.findChanges(reg.id))[0];
    // A registration created by a move gets the "moved" email instead.
    if (first?.reason === RegistrationChangeReason.MOVED) return false;
    const kind: EventEmailKind =
      reg.status === RegistrationStatus.CONFIRMED
        ? 'confirmed'
        : reg.status === RegistrationStatus.WAITLISTED
          ? 'waitlisted'
          : reg.status === RegistrationStatus.OFFERED
            ? 'offer'
            : 'pending';
    const event = await this.repo.findEvent(reg.eventId);
    const to = (await this.repo.usersByIds([reg.userId])).get(reg.userId);
    if (!event || !to) return false;
    await this.mail.enqueue(registrationEmail(kind, event, reg, to, this.app.webPublicUrl, undefined, await this.livePlace(this.repo.manager, reg)));
    return true;
  }

  /** Job handler: expires one offer if it is still open and due, then offers the place on. */
  async expireOffer(registrationId: string): Promise<boolean> {
    const reg = await this.repo.findRegistration(registrationId);
    if (!reg || reg.status !== RegistrationStatus.OFFERED) return false;
    let expired = false;
    await this.transition(reg.id, null, async (manager, current, locked) => {
      if (current.status !== RegistrationStatus.OFFERED || !current.offerExpiresAt || current.offerExpiresAt > new Date()) {
        return { reg: current, unchanged: true };
      }
      const next = await this.repo.updateRegistration(manager, current.id, { status: RegistrationStatus.DECLINED, offerExpiresAt: null });
      await this.emailUser(manager, 'offer-expired', locked, { ...next, offerCount: current.offerCount });
      expired = true;
      return { reg: next, freed: true, reason: RegistrationChangeReason.OFFER_EXPIRED };
    });
    if (expired) appLogger().write('info', 'event offer expired', { registrationId });
    return expired;
  }

  /** Cron backstop: expires any due offer whose job was lost. */
  async expireDueOffers(): Promise<number> {
    let n = 0;
    for (const id of await this.repo.findDueOfferIds(500)) if (await this.expireOffer(id)) n += 1;
    return n;
  }

  /**
   * Offers free places to the waiting list in queue order, skipping people
   * whose quota and the open pool are both full. Call under the event lock.
   */
  async backfill(manager: EntityManager, event: EventEntity): Promise<number> {
    if (event.status !== EventStatus.PUBLISHED || event.startsAt <= new Date()) return 0;
    const waiting = await this.repo.findWaitlist(manager, event.id);
    if (!waiting.length) return 0;
    const quotas = await this.repo.findQuotas(manager, event.id);
    const usage = await this.repo.placeUsage(manager, event.id);
    const offered: RegistrationEntity[] = [];
    for (const reg of waiting) {
      const profile = { icsOdsCodes: reg.icsOdsCode ? [reg.icsOdsCode] : [], organisationTypeKey: reg.organisationTypeKey };
      const slot = allocatePlace(event.capacity, quotas, usage, profile);
      if (slot === null) {
        let held = 0;
        for (const n of usage.values()) held += n;
        if (held >= event.capacity) break;
        continue;
      }
      usage.set(slot, (usage.get(slot) ?? 0) + 1);
      const expiresAt = new Date(Date.now() + event.offerHours * HOUR_MS);
      const next = await this.repo.updateRegistration(manager, reg.id, {
        status: RegistrationStatus.OFFERED,
        quotaId: slot === OPEN_POOL ? null : slot,
        offerExpiresAt: expiresAt,
        offerCount: reg.offerCount + 1,
      });
      await this.repo.recordChange(manager, { registrationId: reg.id, fromStatus: reg.status, toStatus: next.status, actorId: null, reason: RegistrationChangeReason.PLACE_FREED });
      await this.jobs.send(OFFER_EXPIRY_QUEUE, { registrationId: reg.id }, { manager, startAfter: expiresAt, singletonKey: `${reg.id}:${next.offerCount}` });
      offered.push(next);
    }
    const users = await this.repo.usersByIds(offered.map((r) => r.userId), manager);
    for (const reg of offered) {
      const to = users.get(reg.userId);
      if (to) await this.mail.enqueue(registrationEmail('offer', event, reg, to, this.app.webPublicUrl), manager);
    }
    return offered.length;
  }

  private async load(registrationId: string): Promise<{ reg: RegistrationEntity; event: EventEntity }> {
    const reg = await this.repo.findRegistration(registrationId);
    if (!reg) throw new EventsException(EventsErrorCode.RegistrationNotFound);
    const event = await this.repo.findEvent(reg.eventId);
    if (!event) throw new EventsException(EventsErrorCode.EventNotFound);
    return { reg, event };
  }

  /** Runs a status change under the event lock, records it, and backfills freed places. */
  private async transition(
    registrationId: string,
    actorId: string | null,
    change: (
      manager: EntityManager,
      reg: RegistrationEntity,
      event: EventEntity,
    ) => Promise<{ reg: RegistrationEntity; freed?: boolean; reason?: RegistrationChangeReason; unchanged?: boolean }>,
  ): Promise<RegistrationEntity> {
    return this.repo.transaction(async (manager) => {
      const before = await this.repo.findRegistration(registrationId, manager);
      if (!before) throw new EventsException(EventsErrorCode.RegistrationNotFound);
      const event = await this.repo.lockEvent(manager, before.eventId);
      if (!event) throw new EventsException(EventsErrorCode.EventNotFound);
      // Re-read under the lock: another process may have changed it meanwhile.
      const reg = (await this.repo.findRegistration(registrationId, manager)) as RegistrationEntity;
      const result = await change(manager, reg, event);
      if (!result.unchanged && result.reg.status !== reg.status) {
        await this.repo.recordChange(manager, {
          registrationId: reg.id,
          fromStatus: reg.status,
          toStatus: result.reg.status,
          actorId,
          reason: result.reason ?? null,
        });
      }
      if (result.freed) await this.backfill(manager, event);
      return result.reg;
    });
  }

  private async email(
    manager: EntityManager,
    kind: EventEmailKind,
    event: EventEntity,
    reg: RegistrationEntity,
    to: { email: string; name: string },
  ): Promise<void> {
    await this.mail.enqueue(registrationEmail(kind, event, reg, to, this.app.webPublicUrl, undefined, await this.livePlace(manager, reg)), manager);
  }

  /** A waiting registration's place in the queue now (for emails); null when not waiting. */
  private async livePlace(manager: EntityManager, reg: RegistrationEntity): Promise<number | null> {
    if (reg.status !== RegistrationStatus.WAITLISTED) return null;
    return (await this.repo.waitlistPlaces([reg.id], manager))[0]?.place ?? null;
  }

  private async emailUser(manager: EntityManager, kind: EventEmailKind, event: EventEntity, reg: RegistrationEntity): Promise<void> {
    const to = (await this.repo.usersByIds([reg.userId], manager)).get(reg.userId);
    if (to) await this.email(manager, kind, event, reg, to);
  }
}

import { Injectable } from '@nestjs/common';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { hasRole } from '../../common/auth/auth-user';
import type { Connection } from '../../common/graphql/pagination';
import { pageRequest, toConnection } from '../../common/graphql/pagination';
import { appLogger } from '../../common/logging/json-logger';
import { NotificationsService } from '../notifications/notifications.service';
import type { EventQuestion } from './entities/event.entity';
import { EventEntity, EventStatus } from './entities/event.entity';
import { RegistrationStatus } from './entities/registration.entity';
import { EventsErrorCode, EventsException } from './events.exception';
import { canCreateEvent, canManageEvent, canViewEvent, quotaProblems } from './events.policy';
import { EventsRepository } from './events.repository';
import type { CreateEventInput, EventsArgs, QuestionInput, QuotaInput, UpdateEventInput } from './graphql/event.input';
import { EventRemindersService } from './jobs/event-reminders.service';
import { RegistrationTransitions } from './registrations/registration-transitions.service';

/**
 * Events: reading, and the organiser's life cycle of one event (create,
 * update, publish, cancel, complete). Registrations, organiser tools,
 * calendars, feedback and jobs live in their own folders.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly repo: EventsRepository,
    private readonly transitions: RegistrationTransitions,
    private readonly reminders: EventRemindersService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Marks published events that ended before `now` as COMPLETED; returns their ids. */
  async completeEndedEvents(now: Date): Promise<string[]> {
    const ids = await this.repo.completeEndedEvents(now);
    if (ids.length) appLogger().write('info', 'events completed', { count: ids.length, eventIds: ids });
    return ids;
  }

  /** An organiser marks a published event completed once it has started (feedback opens). */
  async complete(user: AuthUser, id: string): Promise<EventEntity> {
    await this.managedEvent(user, id);
    return this.repo.transaction(async (manager) => {
      const event = (await this.repo.lockEvent(manager, id)) as EventEntity;
      if (event.status === EventStatus.COMPLETED) return event;
      if (event.status !== EventStatus.PUBLISHED) throw new EventsException(EventsErrorCode.InvalidTransition, 'Only a published event can be completed.');
      if (event.startsAt > new Date()) throw new EventsException(EventsErrorCode.InvalidTransition, 'An event can be completed once it has started.');
      await manager.update(EventEntity, { id }, { status: EventStatus.COMPLETED, version: event.version + 1 });
      return manager.getRepository(EventEntity).findOneByOrFail({ id });
    });
  }

  // ---- reading -------------------------------------------------------------

  async events(user: AuthUser | null, args: EventsArgs): Promise<Connection<EventEntity>> {
    const page = pageRequest(args);
    const f = args.filter ?? {};
    const [rows, total] = await this.repo.findEventsPage(
      {
        from: f.from ?? undefined,
        to: f.to ?? undefined,
        icsOdsCode: f.icsOdsCode ?? undefined,
        theme: f.theme ?? undefined,
        status: f.status ?? undefined,
        viewerId: user?.id ?? null,
        viewerSeesAllDrafts: hasRole(user, Role.REGIONAL_ADMIN),
      },
      page,
    );
    return toConnection(rows, total, page, (e) => e);
  }

  async event(user: AuthUser | null, id: string): Promise<EventEntity | null> {
    const event = await this.repo.findEvent(id);
    return event && canViewEvent(user, event) ? event : null;
  }

  async managedEvent(user: AuthUser | null, id: string): Promise<EventEntity> {
    const event = await this.repo.findEvent(id);
    if (!event || !canViewEvent(user, event)) throw new EventsException(EventsErrorCode.EventNotFound);
    if (!canManageEvent(user, event)) throw new EventsException(EventsErrorCode.NotEventOrganiser);
    return event;
  }

  // ---- organising ----------------------------------------------------------

  async create(user: AuthUser, input: CreateEventInput): Promise<EventEntity> {
    if (!canCreateEvent(user)) throw new EventsException(EventsErrorCode.NotEventOrganiser, 'Only event organisers can create events.');
    const quotas = input.quotas ?? [];
    this.validate(input.startsAt, input.endsAt, input.capacity, quotas, input.registrationClosesAt ?? null);
    return this.repo.transaction(async (manager) => {
      const event = await manager.save(
        manager.create(EventEntity, {
          title: input.title.trim(),
          description: input.description ?? '',
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          venueName: input.venueName ?? null,
          venueAddress: input.venueAddress ?? null,
          onlineUrl: input.onlineUrl ?? null,
          organiserOrganisationId: user.organisationId,
          organiserUserIds: [user.id],
          themes: input.themes ?? [],
          icsOdsCodes: input.icsOdsCodes ?? [],
          caseStudyIds: input.caseStudyIds ?? [],
          toolkitIds: input.toolkitIds ?? [],
          status: EventStatus.DRAFT,
          capacity: input.capacity,
          registrationOpensAt: input.registrationOpensAt ?? null,
          registrationClosesAt: input.registrationClosesAt ?? null,
          requiresApproval: input.requiresApproval ?? false,
          questions: toQuestions(input.questions ?? []),
          offerHours: input.offerHours ?? 48,
          reminderDays: input.reminderDays ?? 2,
          retentionDays: input.retentionDays ?? 30,
          createdById: user.id,
        }),
      );
      await this.repo.replaceQuotas(manager, event.id, quotas);
      return event;
    });
  }

  async update(user: AuthUser, input: UpdateEventInput): Promise<EventEntity> {
    await this.managedEvent(user, input.id);
    return this.repo.transaction(async (manager) => {
      const event = (await this.repo.lockEvent(manager, input.id)) as EventEntity;
      if (event.status === EventStatus.CANCELLED) throw new EventsException(EventsErrorCode.InvalidTransition, 'A cancelled event cannot be changed.');
      // Checked under the row lock: of two saves from the same version, the second sees the first's.
      if (input.expectedVersion != null && input.expectedVersion !== event.version) throw new EventsException(EventsErrorCode.EventChanged, undefined, 'expectedVersion');
      const quotas = input.quotas ?? (await this.repo.findQuotas(manager, event.id));
      const startsAt = input.startsAt ?? event.startsAt;
      const endsAt = input.endsAt ?? event.endsAt;
      const capacity = input.capacity ?? event.capacity;
      this.validate(startsAt, endsAt, capacity, quotas, input.registrationClosesAt !== undefined ? input.registrationClosesAt : event.registrationClosesAt);
      const timeOrPlaceChanged =
        startsAt.getTime() !== event.startsAt.getTime() ||
        endsAt.getTime() !== event.endsAt.getTime() ||
        (input.venueName !== undefined && input.venueName !== event.venueName) ||
        (input.venueAddress !== undefined && input.venueAddress !== event.venueAddress) ||
        (input.onlineUrl !== undefined && input.onlineUrl !== event.onlineUrl);
      const changes: Partial<EventEntity> = { startsAt, endsAt, capacity, version: event.version + 1 };
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description;
      if (input.venueName !== undefined) changes.venueName = input.venueName;
      if (input.venueAddress !== undefined) changes.venueAddress = input.venueAddress;
      if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl;
      if (input.themes !== undefined) changes.themes = input.themes;
      if (input.icsOdsCodes !== undefined) changes.icsOdsCodes = input.icsOdsCodes;
      if (input.caseStudyIds !== undefined) changes.caseStudyIds = input.caseStudyIds;
      if (input.toolkitIds !== undefined) changes.toolkitIds = input.toolkitIds;
      if (input.registrationOpensAt !== undefined) changes.registrationOpensAt = input.registrationOpensAt;
      if (input.registrationClosesAt !== undefined) changes.registrationClosesAt = input.registrationClosesAt;
      if (input.requiresApproval !== undefined) changes.requiresApproval = input.requiresApproval;
      if (input.questions !== undefined) changes.questions = toQuestions(input.questions);
      if (input.offerHours !== undefined) changes.offerHours = input.offerHours;
      if (input.reminderDays !== undefined) changes.reminderDays = input.reminderDays;
      if (input.retentionDays !== undefined) changes.retentionDays = input.retentionDays;
      if (timeOrPlaceChanged) changes.sequence = event.sequence + 1;
      await manager.update(EventEntity, { id: event.id }, changes);
      if (input.quotas) await this.repo.replaceQuotas(manager, event.id, input.quotas);
      const next = await manager.getRepository(EventEntity).findOneByOrFail({ id: event.id });
      if (timeOrPlaceChanged && next.status === EventStatus.PUBLISHED) {
        await this.reminders.emailRegistrants(manager, next, 'event-changed', [RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED]);
        await this.reminders.scheduleReminder(manager, next);
      }
      // More capacity or different quotas may free places for the waiting list.
      await this.transitions.backfill(manager, next);
      return next;
    });
  }

  async publish(user: AuthUser, id: string): Promise<EventEntity> {
    await this.managedEvent(user, id);
    return this.repo.transaction(async (manager) => {
      const event = (await this.repo.lockEvent(manager, id)) as EventEntity;
      if (event.status === EventStatus.PUBLISHED) return event;
      if (event.status !== EventStatus.DRAFT) throw new EventsException(EventsErrorCode.InvalidTransition, 'Only a draft can be published.');
      await manager.update(EventEntity, { id }, { status: EventStatus.PUBLISHED, version: event.version + 1 });
      const next = await manager.getRepository(EventEntity).findOneByOrFail({ id });
      await this.reminders.scheduleReminder(manager, next);
      return next;
    });
  }

  async cancel(user: AuthUser, id: string): Promise<EventEntity> {
    await this.managedEvent(user, id);
    return this.repo.transaction(async (manager) => {
      const event = (await this.repo.lockEvent(manager, id)) as EventEntity;
      if (event.status === EventStatus.CANCELLED) return event;
      if (event.status === EventStatus.COMPLETED) throw new EventsException(EventsErrorCode.InvalidTransition, 'A completed event cannot be cancelled.');
      await manager.update(EventEntity, { id }, { status: EventStatus.CANCELLED, sequence: event.sequence + 1, version: event.version + 1 });
      const next = await manager.getRepository(EventEntity).findOneByOrFail({ id });
      await this.repo.audit.record(
        user,
        { action: 'event.cancelled', targetType: 'event', targetId: id, before: { status: event.status }, after: { status: next.status } },
        next,
        manager,
      );
      const regs = await this.reminders.emailRegistrants(manager, next, 'event-cancelled', [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.OFFERED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.PENDING_APPROVAL,
      ]);
      await this.notifications.notify(
        {
          userIds: regs.map((r) => r.userId),
          kind: 'event.cancelled',
          title: `Event cancelled: ${next.title}`,
          link: `/events/${next.id}`,
          subjectType: 'event',
          subjectId: next.id,
          actorId: user.id,
        },
        manager,
      );
      return next;
    });
  }

  private validate(
    startsAt: Date,
    endsAt: Date,
    capacity: number,
    quotas: Pick<QuotaInput, 'kind' | 'key' | 'places'>[],
    registrationClosesAt: Date | null,
  ): void {
    if (endsAt <= startsAt) throw new EventsException(EventsErrorCode.InvalidEvent, 'The event must end after it starts.', 'endsAt');
    if (registrationClosesAt && registrationClosesAt > startsAt) {
      throw new EventsException(EventsErrorCode.InvalidEvent, 'The registration deadline must be before the event starts.', 'registrationClosesAt');
    }
    const problems = quotaProblems(capacity, quotas);
    if (problems.length) throw new EventsException(EventsErrorCode.InvalidEvent, problems.join(' '), 'quotas');
  }
}

function toQuestions(input: QuestionInput[]): EventQuestion[] {
  const seen = new Set<string>();
  return input.map((q, index) => {
    let id = q.id ?? `q${index + 1}`;
    while (seen.has(id)) id = `${id}-${index + 1}`;
    seen.add(id);
    if ((q.type === 'CHOICE' || q.type === 'MULTI_CHOICE') && !(q.options ?? []).length) {
      throw new EventsException(EventsErrorCode.InvalidEvent, `The question "${q.label}" needs options.`, 'questions');
    }
    return {
      id,
      label: q.label,
      type: q.type,
      required: q.required ?? false,
      sensitive: q.sensitive ?? false,
      options: q.type === 'YES_NO' ? ['YES', 'NO'] : (q.options ?? []),
    };
  });
}

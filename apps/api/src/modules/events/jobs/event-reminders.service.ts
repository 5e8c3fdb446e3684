import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { JobsService } from '../../jobs/jobs.service';
import type { EventEntity } from '../entities/event.entity';
import { EventStatus } from '../entities/event.entity';
import type { RegistrationEntity } from '../entities/registration.entity';
import { RegistrationStatus } from '../entities/registration.entity';
import { EventsRepository } from '../events.repository';
import { RegistrationMailer } from '../registrations/registration-mailer.service';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { REMINDER_QUEUE } from './event-queues';

const DAY_MS = 86_400_000;

/** Event-wide emails to registrants: the scheduled reminder, and news of a change or cancellation. */
@Injectable()
export class EventRemindersService {
  constructor(
    private readonly events: EventsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly jobs: JobsService,
    private readonly mailer: RegistrationMailer,
  ) {}

  /** Schedules the reminder for the event's current time (one job per event and sequence). */
  async scheduleReminder(manager: EntityManager, event: EventEntity): Promise<void> {
    const at = new Date(event.startsAt.getTime() - event.reminderDays * DAY_MS);
    if (at <= new Date()) return;
    await this.jobs.send(
      REMINDER_QUEUE,
      { eventId: event.id, sequence: event.sequence },
      { manager, startAfter: at, singletonKey: `${event.id}:${event.sequence}` },
    );
  }

  /** Job handler: reminds confirmed delegates, unless the event changed (new sequence) or is no longer published. */
  async sendReminders(eventId: string, sequence: number): Promise<number> {
    const event = await this.events.findEvent(eventId);
    if (!event || event.status !== EventStatus.PUBLISHED || event.sequence !== sequence) return 0;
    const regs = await this.events.transaction((manager) => this.emailRegistrants(manager, event, 'reminder', [RegistrationStatus.CONFIRMED]));
    return regs.length;
  }

  /** Emails every active registration in `statuses`; returns them. */
  async emailRegistrants(
    manager: EntityManager,
    event: EventEntity,
    kind: 'event-changed' | 'event-cancelled' | 'reminder',
    statuses: RegistrationStatus[],
  ): Promise<RegistrationEntity[]> {
    const regs = (await this.registrations.findActiveRegistrations(manager, event.id)).filter((r) => statuses.includes(r.status));
    await this.mailer.sendEach(manager, kind, event, regs);
    return regs;
  }
}

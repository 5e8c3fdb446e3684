import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { JobsService } from '../../jobs/jobs.service';
import { EventsService } from '../events.service';
import { EventPurgesService } from './event-purges.service';
import { EventRemindersService } from './event-reminders.service';
import { COMPLETE_QUEUE, REMINDER_QUEUE, RETENTION_QUEUE } from './event-queues';

/** Registers the event jobs: reminders, the retention purge and completing ended events. */
@Injectable()
export class EventJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly events: EventsService,
    private readonly reminders: EventRemindersService,
    private readonly purges: EventPurgesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ eventId: string; sequence: number }>(REMINDER_QUEUE, async (data) => {
      await this.reminders.sendReminders(data.eventId, data.sequence);
    });
    this.jobs.register(RETENTION_QUEUE, async () => {
      await this.purges.purgeSensitiveAnswers(new Date());
    }, '30 3 * * *');
    this.jobs.register(COMPLETE_QUEUE, async () => {
      await this.events.completeEndedEvents(new Date());
    }, '5 * * * *');
  }
}

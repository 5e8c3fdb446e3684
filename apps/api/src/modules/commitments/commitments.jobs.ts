import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { JobsService } from '../jobs/jobs.service';
import {
  COMMITMENT_OVERDUE_QUEUE,
  CommitmentRemindersService,
} from './commitment-reminders.service';

/** Registers the daily overdue-update reminder (07:15, Europe/London). */
@Injectable()
export class CommitmentJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: CommitmentRemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      COMMITMENT_OVERDUE_QUEUE,
      async () => {
        await this.reminders.sendOverdueReminders();
      },
      '15 7 * * *',
    );
  }
}

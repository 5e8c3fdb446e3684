import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { JobsService } from '../jobs/jobs.service';
import { AccountAnonymiser } from './account-anonymiser';
import { DataExportBuilder } from './data-export.builder';

export const DATA_EXPORT_QUEUE = 'privacy.build-export';
export const DATA_EXPORT_PURGE_QUEUE = 'privacy.purge-exports';
export const ACCOUNT_ANONYMISE_QUEUE = 'privacy.anonymise-due';

/** The privacy jobs: build an export, purge expired exports (hourly), anonymise accounts whose grace ended (hourly). */
@Injectable()
export class PrivacyJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly builder: DataExportBuilder,
    private readonly anonymiser: AccountAnonymiser,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ exportId: string }>(DATA_EXPORT_QUEUE, ({ exportId }) =>
      this.builder.build(exportId),
    );
    this.jobs.register(
      DATA_EXPORT_PURGE_QUEUE,
      async () => {
        await this.builder.purgeExpired();
      },
      '17 * * * *',
    );
    this.jobs.register(
      ACCOUNT_ANONYMISE_QUEUE,
      async () => {
        await this.anonymiser.anonymiseDue();
      },
      '23 * * * *',
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../../common/clock/clock';
import { privacyConfig } from '../../config/app.config';
import { updateReturning } from '../../database/returned-rows';
import { JobsService } from '../jobs/jobs.service';

export const MAIL_RETENTION_QUEUE = 'mail.purge-sent-bodies';
const DAY_MS = 86_400_000;

/**
 * Retention: a daily job empties the body and attachments of emails sent more
 * than RETENTION_SENT_MAIL_DAYS ago; the row (who, subject, when) stays as the
 * delivery record and for idempotency.
 */
@Injectable()
export class MailRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(privacyConfig.KEY) private readonly config: ConfigType<typeof privacyConfig>,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      MAIL_RETENTION_QUEUE,
      async () => {
        await this.purge();
      },
      '47 3 * * *',
    );
  }

  /** Empties the bodies past retention; returns how many. */
  async purge(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.sentMailDays * DAY_MS);
    const rows = await updateReturning<unknown>(
      this.db,
      `UPDATE mail_message SET text_body = '', html_body = NULL, attachments = '[]'::jsonb
          WHERE status = 'SENT' AND sent_at < $1 AND (text_body <> '' OR html_body IS NOT NULL OR attachments <> '[]'::jsonb)
         RETURNING id`,
      [before],
    );
    return rows.length;
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Clock } from '../../common/clock/clock';
import { privacyConfig } from '../../config/app.config';
import { updateReturning } from '../../database/returned-rows';
import { JobsService } from '../jobs/jobs.service';

export const AUTH_RETENTION_QUEUE = 'auth.purge-ended';
const DAY_MS = 86_400_000;

/**
 * Retention (the privacy notice's periods, from config): a daily job deletes
 * sessions that ended (expired or signed out) more than
 * RETENTION_ENDED_SESSION_DAYS ago and password-reset links used or expired
 * more than RETENTION_RESET_TOKEN_DAYS ago.
 */
@Injectable()
export class AuthRetention implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
    @Inject(privacyConfig.KEY) private readonly config: ConfigType<typeof privacyConfig>,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      AUTH_RETENTION_QUEUE,
      async () => {
        await this.purge();
      },
      '41 3 * * *',
    );
  }

  /** Deletes what is past its retention; returns how many of each. */
  async purge(): Promise<{ sessions: number; resetTokens: number }> {
    const now = this.clock.now().getTime();
    const sessionsBefore = new Date(now - this.config.endedSessionDays * DAY_MS);
    const tokensBefore = new Date(now - this.config.resetTokenDays * DAY_MS);
    const sessions = await updateReturning<unknown>(
      this.db,
      `DELETE FROM session WHERE LEAST(expires_at, COALESCE(revoked_at, expires_at)) < $1 RETURNING id`,
      [sessionsBefore],
    );
    const tokens = await updateReturning<unknown>(
      this.db,
      `DELETE FROM password_reset_token WHERE LEAST(expires_at, COALESCE(used_at, expires_at)) < $1 RETURNING id`,
      [tokensBefore],
    );
    return { sessions: sessions.length, resetTokens: tokens.length };
  }
}

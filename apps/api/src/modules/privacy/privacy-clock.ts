import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import { Clock } from '../../common/clock/clock';
import { privacyConfig } from '../../config/app.config';

const DAY_MS = 86_400_000;

/** The time, and the privacy windows (deletion grace, export expiry) from config. */
@Injectable()
export class PrivacyClock {
  constructor(
    private readonly clock: Clock,
    @Inject(privacyConfig.KEY) readonly config: ConfigType<typeof privacyConfig>,
  ) {}

  now(): Date {
    return this.clock.now();
  }

  exportExpiresAt(now: Date): Date {
    return new Date(now.getTime() + this.config.exportTtlDays * DAY_MS);
  }

  deletionDueAt(now: Date): Date {
    return new Date(now.getTime() + this.config.deletionGraceDays * DAY_MS);
  }
}

import { randomBytes } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';

import type { AuthUser } from '../../../common/auth/auth-user';
import { appConfig } from '../../../config/app.config';
import { EventStatus } from '../entities/event.entity';
import { EventsRepository } from '../events.repository';
import { CalendarRepository } from './calendar.repository';
import { buildCalendar } from './events.calendar';

/** iCalendar files: one public event, and each member's personal feed behind a secret URL. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly events: EventsRepository,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  async publicCalendar(id: string): Promise<string | null> {
    const event = await this.events.findEvent(id);
    if (!event || (event.status !== EventStatus.PUBLISHED && event.status !== EventStatus.COMPLETED && event.status !== EventStatus.CANCELLED)) return null;
    return buildCalendar([event], this.app.webPublicUrl);
  }

  async calendarFeedUrl(user: AuthUser, reset: boolean): Promise<string> {
    const token = await this.repo.calendarFeedToken(user.id, randomBytes(24).toString('base64url'), reset);
    return `${this.app.publicApiUrl}/calendar/${token}.ics`;
  }

  async personalCalendar(token: string): Promise<string | null> {
    if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
    const userId = await this.repo.userIdByFeedToken(token);
    if (!userId) return null;
    const events = await this.repo.findEventsForFeed(userId);
    return buildCalendar(events, this.app.webPublicUrl, { calName: 'My Midlands Improvement Commons events' });
  }
}

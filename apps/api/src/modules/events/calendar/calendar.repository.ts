import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CalendarFeedEntity } from '../entities/calendar-feed.entity';
import { EventEntity } from '../entities/event.entity';

/** SQL for the personal calendar feed: its secret token and the events in it. */
@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async calendarFeedToken(userId: string, fresh: string, reset: boolean): Promise<string> {
    const rows: { token: string }[] = await this.db.query(
      reset
        ? `INSERT INTO event_calendar_feed (user_id, token) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = now() RETURNING token`
        : `INSERT INTO event_calendar_feed (user_id, token) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET token = event_calendar_feed.token RETURNING token`,
      [userId, fresh],
    );
    return rows[0].token;
  }

  async userIdByFeedToken(token: string): Promise<string | null> {
    const row = await this.db.getRepository(CalendarFeedEntity).findOneBy({ token });
    return row?.userId ?? null;
  }

  /** Events a user holds or is offered a place at (personal feed). */
  findEventsForFeed(userId: string): Promise<EventEntity[]> {
    return this.db
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where(`e.id IN (SELECT event_id FROM event_registration WHERE user_id = :userId AND status IN ('CONFIRMED', 'OFFERED'))`, { userId })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
  }
}

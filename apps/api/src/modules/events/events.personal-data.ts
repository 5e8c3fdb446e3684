import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Their event registrations with their answers, feedback, calendar feed and
 * events they organise. Anonymising keeps registrations (attendance figures)
 * but purges every answer, removes the free text of their feedback, their
 * calendar feed and their place among an event's organisers.
 */
@PersonalDataSource({
  feature: 'events',
  tables: [
    'event',
    'event_registration',
    'event_registration_change',
    'event_feedback',
    'event_calendar_feed',
  ],
})
@Injectable()
export class EventsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const registrations = await this.db.query(
      `SELECT id, event_id AS "eventId", status, answers, sensitive_answers AS "sensitiveAnswers", consent_at AS "consentAt", checked_in_at AS "checkedInAt", created_at AS "createdAt", updated_at AS "updatedAt" FROM event_registration WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    const changes = await this.db.query(
      `SELECT c.id, c.registration_id AS "registrationId", c.from_status AS "fromStatus", c.to_status AS "toStatus", c.reason, c.created_at AS "createdAt" FROM event_registration_change c JOIN event_registration r ON r.id = c.registration_id WHERE r.user_id = $1 ORDER BY c.created_at`,
      [id],
    );
    const feedback = await this.db.query(
      `SELECT id, event_id AS "eventId", rating, useful, created_at AS "createdAt" FROM event_feedback WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    const organised = await this.db.query(
      `SELECT id, title, starts_at AS "startsAt", status FROM event WHERE created_by_id = $1 OR $1 = ANY(organiser_user_ids) ORDER BY starts_at`,
      [id],
    );
    const feeds = await this.db.query(
      `SELECT created_at AS "createdAt" FROM event_calendar_feed WHERE user_id = $1`,
      [id],
    );
    return [
      {
        file: 'registrations.json',
        data: { registrations, changes, feedback, calendarFeeds: feeds },
      },
      { file: 'events-organised.json', data: organised },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(
      `UPDATE event_registration SET answers = '{}'::jsonb, sensitive_answers = NULL, sensitive_purged_at = now(), tags = '{}' WHERE user_id = $1`,
      [id],
    );
    await manager.query(
      `UPDATE event_registration SET checked_in_by_id = NULL WHERE checked_in_by_id = $1`,
      [id],
    );
    await manager.query(
      `UPDATE event_registration_change SET actor_id = NULL WHERE actor_id = $1`,
      [id],
    );
    await manager.query(`UPDATE event_feedback SET useful = '' WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM event_calendar_feed WHERE user_id = $1`, [id]);
    await manager.query(
      `UPDATE event SET organiser_user_ids = array_remove(organiser_user_ids, $1::uuid) WHERE $1 = ANY(organiser_user_ids)`,
      [id],
    );
    await manager.query(`UPDATE event SET created_by_id = NULL WHERE created_by_id = $1`, [id]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { scrubParams, scrubText } from '../../common/privacy/personal-data-sql';
import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Their notifications (removed with the account), and others' notifications
 * about something they did (their name replaced by "Former member").
 */
@PersonalDataSource({ feature: 'notifications', tables: ['notification'] })
@Injectable()
export class NotificationsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const notifications = await this.db.query(
      `SELECT id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt", emailed_at AS "emailedAt" FROM notification WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'notifications.json', data: notifications }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    const [name, email] = scrubParams(subject);
    await manager.query(`DELETE FROM notification WHERE user_id = $1`, [id]);
    await manager.query(
      `UPDATE notification SET title = ${scrubText('title', 2)}, body = ${scrubText('body', 2)} WHERE actor_id = $1 OR title LIKE '%' || $2 || '%' OR body LIKE '%' || $2 || '%'`,
      [id, name, email],
    );
    await manager.query(`UPDATE notification SET actor_id = NULL WHERE actor_id = $1`, [id]);
  }
}

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
 * What they follow, their notification settings and last home-page visit;
 * all removed with the account.
 */
@PersonalDataSource({
  feature: 'follows',
  tables: ['follow', 'home_visit', 'notification_preference'],
})
@Injectable()
export class FollowsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const follows = await this.db.query(
      `SELECT target_type AS "targetType", target_id AS "targetId", level, created_at AS "createdAt" FROM follow WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    const preferences = await this.db.query(
      `SELECT digest_frequency AS "digestFrequency", email_opt_outs AS "emailOptOuts", last_digest_at AS "lastDigestAt" FROM notification_preference WHERE user_id = $1`,
      [id],
    );
    const visits = await this.db.query(
      `SELECT last_visit_at AS "lastVisitAt", previous_visit_at AS "previousVisitAt" FROM home_visit WHERE user_id = $1`,
      [id],
    );
    return [
      {
        file: 'follows.json',
        data: {
          follows,
          notificationPreferences: preferences[0] ?? null,
          homeVisits: visits[0] ?? null,
        },
      },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(`DELETE FROM follow WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM notification_preference WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM home_visit WHERE user_id = $1`, [id]);
  }
}

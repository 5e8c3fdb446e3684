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
 * Comments they flagged for moderators. Flags are kept for the moderation
 * record (ids only), without the note they wrote.
 */
@PersonalDataSource({ feature: 'moderation', tables: ['comment_flag'] })
@Injectable()
export class ModerationPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const flags = await this.db.query(
      `SELECT id, comment_id AS "commentId", reason, note, created_at AS "createdAt", resolved_at AS "resolvedAt" FROM comment_flag WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'flags.json', data: flags }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(`UPDATE comment_flag SET note = NULL WHERE user_id = $1`, [id]);
  }
}

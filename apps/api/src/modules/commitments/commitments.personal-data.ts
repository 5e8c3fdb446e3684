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
 * Commitments they own or made and progress updates they wrote. Commitments
 * are their organisations'; they stay, owned by the anonymised account
 * (shown as "Former member") until an admin reassigns them.
 */
@PersonalDataSource({ feature: 'commitments', tables: ['commitment', 'commitment_update'] })
@Injectable()
export class CommitmentsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const commitments = await this.db.query(
      `SELECT * FROM commitment WHERE owner_id = $1 OR created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const updates = await this.db.query(
      `SELECT * FROM commitment_update WHERE created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'commitments.json', data: { commitments, updates } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(`UPDATE commitment SET created_by_id = NULL WHERE created_by_id = $1`, [
      id,
    ]);
    await manager.query(
      `UPDATE commitment_update SET created_by_id = NULL WHERE created_by_id = $1`,
      [id],
    );
  }
}

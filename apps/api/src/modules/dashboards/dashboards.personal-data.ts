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
 * Board packs they asked for (figures about the region, not about them):
 * listed in the export, deleted with the account.
 */
@PersonalDataSource({ feature: 'dashboards', tables: ['board_pack'] })
@Injectable()
export class DashboardsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const packs = await this.db.query(
      `SELECT id, ics_ods_code AS "icsOdsCode", financial_year AS "financialYear", quarter, format, status, created_at AS "createdAt" FROM board_pack WHERE requested_by_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'board-packs.json', data: packs }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(`DELETE FROM board_pack WHERE requested_by_id = $1`, [id]);
  }
}

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
 * Outcome figures they recorded, corrected or removed. The figures stay (they
 * are the organisation's evidence); the links to the person are removed.
 */
@PersonalDataSource({ feature: 'metrics', tables: ['outcome_measurement', 'outcome_import'] })
@Injectable()
export class MetricsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const recorded = await this.db.query(
      `SELECT * FROM outcome_measurement WHERE created_by_id = $1 OR removed_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const imports = await this.db.query(
      `SELECT id, case_study_id AS "caseStudyId", adoption_id AS "adoptionId", file_name AS "fileName",
              status, total_rows AS "totalRows", saved_count AS "savedCount", created_at AS "createdAt",
              saved_at AS "savedAt"
         FROM outcome_import WHERE created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'outcome-figures.json', data: { recordedOrRemoved: recorded, imports } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    // Their imports (saved figures are already in outcome_measurement).
    await manager.query(`DELETE FROM outcome_import WHERE created_by_id = $1`, [id]);
    await manager.query(
      `UPDATE outcome_measurement SET created_by_id = NULL WHERE created_by_id = $1`,
      [id],
    );
    await manager.query(
      `UPDATE outcome_measurement SET removed_by_id = NULL WHERE removed_by_id = $1`,
      [id],
    );
  }
}

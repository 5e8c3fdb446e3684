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
 * Their self-assessments (deleted with the account) and toolkits they
 * created or published (kept, without the link to them).
 */
@PersonalDataSource({
  feature: 'toolkits',
  tables: ['toolkit', 'toolkit_version', 'assessment', 'assessment_link'],
})
@Injectable()
export class ToolkitsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const assessments = await this.db.query(
      `SELECT id, toolkit_version_id AS "toolkitVersionId", answers, status, created_at AS "createdAt", submitted_at AS "submittedAt" FROM assessment WHERE user_id = $1 ORDER BY created_at`,
      [id],
    );
    const links = await this.db.query(
      `SELECT id, assessment_id AS "assessmentId", case_study_id AS "caseStudyId", adoption_id AS "adoptionId", created_at AS "createdAt" FROM assessment_link WHERE linked_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const toolkits = await this.db.query(
      `SELECT id, slug, title, created_at AS "createdAt" FROM toolkit WHERE created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const versions = await this.db.query(
      `SELECT id, toolkit_id AS "toolkitId", number, published_at AS "publishedAt" FROM toolkit_version WHERE published_by_id = $1 ORDER BY published_at`,
      [id],
    );
    return [
      {
        file: 'toolkits.json',
        data: {
          assessments,
          assessmentLinks: links,
          toolkitsCreated: toolkits,
          versionsPublished: versions,
        },
      },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    await manager.query(
      `DELETE FROM assessment_link WHERE assessment_id IN (SELECT id FROM assessment WHERE user_id = $1)`,
      [id],
    );
    await manager.query(`DELETE FROM assessment WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM assessment_link WHERE linked_by_id = $1`, [id]);
    await manager.query(`UPDATE toolkit SET created_by_id = NULL WHERE created_by_id = $1`, [id]);
    await manager.query(
      `UPDATE toolkit_version SET published_by_id = NULL WHERE published_by_id = $1`,
      [id],
    );
  }
}

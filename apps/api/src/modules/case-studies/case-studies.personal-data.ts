import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { scrubJson, scrubParams } from '../../common/privacy/personal-data-sql';
import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Case studies they authored, their versions and reviews. Anonymising keeps
 * the case studies with their organisation (published practice belongs to it)
 * and removes the author link; a contact who was this person is cleared.
 */
@PersonalDataSource({
  feature: 'case-studies',
  tables: ['case_study', 'case_study_version', 'case_study_review'],
})
@Injectable()
export class CaseStudiesPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const authored = await this.db.query(
      `SELECT * FROM case_study WHERE author_id = $1 ORDER BY created_at`,
      [id],
    );
    const versions = await this.db.query(
      `SELECT id, case_study_id AS "caseStudyId", number, kind, changed_fields AS "changedFields", change_note AS "changeNote", created_at AS "createdAt" FROM case_study_version WHERE created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const reviews = await this.db.query(
      `SELECT id, case_study_id AS "caseStudyId", decision, comments, version, created_at AS "createdAt" FROM case_study_review WHERE reviewer_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'case-studies.json', data: { authored, versionsSaved: versions, reviews } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    const [name, email] = scrubParams(subject);
    await manager.query(
      `UPDATE case_study SET contact_name = NULL, contact_email = NULL, contact_role = NULL WHERE lower(contact_email) = lower($1) OR author_id = $2 AND contact_name = $3`,
      [email, id, name],
    );
    await manager.query(`UPDATE case_study SET author_id = NULL WHERE author_id = $1`, [id]);
    await manager.query(`UPDATE case_study SET reviewed_by_id = NULL WHERE reviewed_by_id = $1`, [
      id,
    ]);
    await manager.query(
      `UPDATE case_study_version SET created_by_id = NULL WHERE created_by_id = $1`,
      [id],
    );
    await manager.query(
      `UPDATE case_study_version SET snapshot = ${scrubJson('snapshot', 1)} WHERE snapshot::text LIKE '%' || $1 || '%' OR snapshot::text LIKE '%' || $2 || '%'`,
      [name, email],
    );
    await manager.query(`UPDATE case_study_review SET reviewer_id = NULL WHERE reviewer_id = $1`, [
      id,
    ]);
  }
}

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
 * Adoptions they declared, adaptations and stage changes they recorded. These
 * stay with the adopting organisation; the links to the person are removed
 * and contacts naming them are cleared.
 */
@PersonalDataSource({
  feature: 'adoptions',
  tables: ['adoption', 'adoption_adaptation', 'adoption_stage_change'],
})
@Injectable()
export class AdoptionsPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    const adoptions = await this.db.query(
      `SELECT * FROM adoption WHERE declared_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const adaptations = await this.db.query(
      `SELECT * FROM adoption_adaptation WHERE created_by_id = $1 ORDER BY created_at`,
      [id],
    );
    const stageChanges = await this.db.query(
      `SELECT * FROM adoption_stage_change WHERE changed_by_id = $1 ORDER BY created_at`,
      [id],
    );
    return [{ file: 'adoptions.json', data: { declared: adoptions, adaptations, stageChanges } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    const [name, email] = scrubParams(subject);
    await manager.query(
      `UPDATE adoption SET contacts = ${scrubJson('contacts', 1)} WHERE contacts::text LIKE '%' || $1 || '%' OR contacts::text LIKE '%' || $2 || '%'`,
      [name, email],
    );
    await manager.query(`UPDATE adoption SET declared_by_id = NULL WHERE declared_by_id = $1`, [
      id,
    ]);
    await manager.query(
      `UPDATE adoption_adaptation SET created_by_id = NULL WHERE created_by_id = $1`,
      [id],
    );
    await manager.query(
      `UPDATE adoption_stage_change SET changed_by_id = NULL WHERE changed_by_id = $1`,
      [id],
    );
  }
}

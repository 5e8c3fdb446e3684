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
 * Organisation merges an administrator made. The record of the merge stays
 * (old links still lead to the survivor); the link to the person goes.
 */
@PersonalDataSource({ feature: 'directory', tables: ['organisation_merge'] })
@Injectable()
export class DirectoryPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const merges = await this.db.query(
      `SELECT duplicate_id AS "duplicateId", survivor_id AS "survivorId", merged_at AS "mergedAt"
         FROM organisation_merge WHERE merged_by_id = $1 ORDER BY merged_at`,
      [subject.userId],
    );
    return [{ file: 'organisation-merges.json', data: { mergesYouMade: merges } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE organisation_merge SET merged_by_id = NULL WHERE merged_by_id = $1`,
      [subject.userId],
    );
  }
}

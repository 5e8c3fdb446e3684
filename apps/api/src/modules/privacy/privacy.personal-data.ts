import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';
import { PrivacyRepository } from './privacy.repository';

/**
 * Privacy's own rows: past exports (deleted with the account; their ZIPs are
 * the files module's, deleted there) and deletion requests (kept: ids and
 * dates only, the record that the request was carried out).
 */
@PersonalDataSource({ feature: 'privacy', tables: ['data_export', 'account_deletion'] })
@Injectable()
export class PrivacyPersonalData implements PersonalDataSourceProvider {
  constructor(private readonly repo: PrivacyRepository) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const exports = await this.repo.exportsOf(subject.userId);
    const deletions = await this.repo.deletionsOf(subject.userId);
    return [
      {
        file: 'privacy-requests.json',
        data: {
          dataExports: exports.map((e) => ({
            id: e.id,
            status: e.status,
            requestedAt: e.createdAt,
            completedAt: e.completedAt,
            expiresAt: e.expiresAt,
          })),
          accountDeletions: deletions.map((d) => ({
            id: d.id,
            status: d.status,
            requestedAt: d.requestedAt,
            scheduledFor: d.scheduledFor,
            cancelledAt: d.cancelledAt,
          })),
        },
      },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    await this.repo.deleteExportsOf(subject.userId, manager);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  AnonymiseOutcome,
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
  PersonalDataUpload,
} from '../../common/privacy/personal-data-source';
import { GeneratedFilesService } from './generated-files.service';
import { FilesRepository } from './files.repository';

/** Owner type of generated files that are the person's own (data exports). */
const OWN_GENERATED = ['DATA_EXPORT'];

/**
 * Files someone uploaded. Their private uploads (not attached to anything)
 * and their exports are deleted with the account; files attached to shared
 * content (a case study, a toolkit) stay with that content.
 */
@PersonalDataSource({ feature: 'files', tables: ['stored_file', 'file_download'] })
@Injectable()
export class FilesPersonalData implements PersonalDataSourceProvider {
  constructor(
    private readonly repo: FilesRepository,
    private readonly generated: GeneratedFilesService,
  ) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const files = (await this.repo.uploadedBy(subject.userId)).filter(
      (f) => !f.ownerType || !OWN_GENERATED.includes(f.ownerType),
    );
    return [
      {
        file: 'files.json',
        data: {
          uploaded: files.map((f) => ({
            id: f.id,
            name: f.originalName,
            contentType: f.contentType,
            sizeBytes: f.sizeBytes,
            altText: f.altText,
            attachedTo: f.ownerType ? { type: f.ownerType, id: f.ownerId } : null,
            uploadedAt: f.createdAt,
            inThisExport: `uploads/${f.id}-${f.originalName}`,
          })),
          downloaded: await this.repo.downloadsBy(subject.userId),
        },
      },
    ];
  }

  async uploadsOf(subject: PersonalDataSubject): Promise<PersonalDataUpload[]> {
    const files = (await this.repo.uploadedBy(subject.userId)).filter(
      (f) => !f.ownerType || !OWN_GENERATED.includes(f.ownerType),
    );
    return files.map((f) => ({
      name: `${f.id}-${f.originalName}`,
      open: () => this.generated.openSync(f.storageKey),
    }));
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<AnonymiseOutcome> {
    await this.repo.forgetDownloadsBy(subject.userId, manager);
    const own = (await this.repo.uploadedBy(subject.userId)).filter(
      (f) => !f.ownerType || OWN_GENERATED.includes(f.ownerType),
    );
    const keys = await this.repo.deleteByIds(
      own.map((f) => f.id),
      manager,
    );
    return { afterCommit: () => this.generated.removeKeys(keys) };
  }
}

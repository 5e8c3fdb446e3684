import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';

import type { AuthUser } from '../../common/auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import type { DataExportEntity } from './entities/data-export.entity';
import { PrivacyErrorCode, PrivacyException } from './privacy.exception';
import { canDownloadExport } from './privacy.policy';
import { PrivacyClock } from './privacy-clock';
import { DATA_EXPORT_QUEUE } from './privacy.jobs';
import { PrivacyRepository } from './privacy.repository';

/** "Export my data": request (one pending at a time), status, download by its owner while it lasts. */
@Injectable()
export class DataExportsService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly jobs: JobsService,
    private readonly clock: PrivacyClock,
    private readonly audit: AuditService,
  ) {}

  /** Queues an export; while one is queued or running, that one is returned (a second click starts nothing). */
  request(user: AuthUser): Promise<DataExportEntity> {
    return this.repo.createExport(user.id, async (saved, manager) => {
      await this.jobs.send(DATA_EXPORT_QUEUE, { exportId: saved.id }, { manager, retryLimit: 1 });
      await this.audit.record(
        {
          actorId: user.id,
          action: 'privacy.export-requested',
          targetType: 'user',
          targetId: user.id,
          details: { exportId: saved.id },
        },
        manager,
      );
    });
  }

  /** The person's current export (pending, ready and unexpired, or failed), if any. */
  current(user: AuthUser): Promise<DataExportEntity | null> {
    return this.repo.currentExport(user.id, this.clock.now());
  }

  isDownloadable(entity: DataExportEntity): boolean {
    return entity.status === 'READY' && !!entity.expiresAt && entity.expiresAt > this.clock.now();
  }

  /** The ZIP for its owner while it lasts; NOT_FOUND for anyone else, and once expired. */
  async download(
    user: AuthUser,
    id: string,
    open: (fileId: string) => Promise<{ stream: Readable; file: { sizeBytes: number } } | null>,
  ): Promise<{ stream: Readable; sizeBytes: number; fileName: string }> {
    const entity = await this.repo.findExport(id);
    if (!entity || !canDownloadExport(user, entity, this.clock.now()) || !entity.fileId) {
      throw new PrivacyException(PrivacyErrorCode.ExportNotFound);
    }
    const opened = await open(entity.fileId);
    if (!opened) throw new PrivacyException(PrivacyErrorCode.ExportNotFound);
    return {
      stream: opened.stream,
      sizeBytes: opened.file.sizeBytes,
      fileName: `my-data-${entity.createdAt.toISOString().slice(0, 10)}.zip`,
    };
  }
}

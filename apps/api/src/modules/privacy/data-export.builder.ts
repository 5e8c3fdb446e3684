import { Injectable } from '@nestjs/common';

import { appLogger } from '../../common/logging/json-logger';
import { ExportArchive } from './export-archive';
import { PrivacyClock } from './privacy-clock';
import { PrivacyEmails } from './privacy.emails';
import { PrivacyRepository } from './privacy.repository';

/** The export job: builds the ZIP, stores it, marks the export ready and emails its owner. */
@Injectable()
export class DataExportBuilder {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly archive: ExportArchive,
    private readonly emails: PrivacyEmails,
    private readonly clock: PrivacyClock,
  ) {}

  async build(exportId: string): Promise<void> {
    const claimed = await this.repo.claimExport(exportId);
    if (!claimed) return;
    try {
      const subject = await this.archive.subject(claimed.userId);
      const { fileId, byteSize } = await this.archive.build(exportId, subject, (percent) =>
        this.repo.setProgress(exportId, percent),
      );
      const now = this.clock.now();
      const expiresAt = this.clock.exportExpiresAt(now);
      await this.repo.transaction(async (manager) => {
        await this.repo.markReady(exportId, { fileId, byteSize, now, expiresAt }, manager);
        if (subject.email)
          await this.emails.exportReady(subject.email, { exportId, expiresAt }, manager);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      appLogger().write('error', 'data export failed', { exportId, error: message });
      await this.repo.markFailed(
        exportId,
        'The export could not be built. Please ask again.',
        this.clock.now(),
      );
    }
  }

  /** Deletes exports whose download window has closed (file and bytes); returns how many. */
  async purgeExpired(): Promise<number> {
    const expired = await this.repo.expiredExports(this.clock.now());
    for (const row of expired) {
      await this.repo.transaction(async (manager) => {
        await this.repo.markExpired(row.id, manager);
        if (row.file_id) await this.archive.remove([row.file_id], manager);
      });
    }
    return expired.length;
  }
}

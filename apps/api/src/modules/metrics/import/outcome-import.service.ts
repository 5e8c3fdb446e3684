import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { badInput, conflict, notFound } from '../../../common/errors/domain.exception';
import { FilesService } from '../../files/files.service';
import { JobsService } from '../../jobs/jobs.service';
import { MetricsException, MetricsErrorCode as Code } from '../metrics.exception';
import { MetricsService } from '../metrics.service';
import type { OutcomeImportEntity } from './entities/outcome-import.entity';
import { MAX_IMPORT_ROWS } from './import-rows';
import { OUTCOME_IMPORT_CHECK_QUEUE } from './outcome-import.checker';
import { canSeeImport } from './outcome-import.policy';
import { OutcomeImportRepository } from './outcome-import.repository';
import type { StoredImportRow } from './outcome-import.repository';
import { errorReportCsv, importFormatOf } from './spreadsheet';

export interface StartImport {
  caseStudyId?: string | null;
  adoptionId?: string | null;
  fileId: string;
}

/**
 * Bulk import of outcome figures: an editor uploads a CSV or XLSX file
 * (through the files module, which checks type, size and malware), a job
 * checks every row, the editor previews the result and confirms; only then
 * are the figures saved, all at once.
 */
@Injectable()
export class OutcomeImportService {
  constructor(
    private readonly repo: OutcomeImportRepository,
    private readonly metrics: MetricsService,
    private readonly files: FilesService,
    private readonly jobs: JobsService,
  ) {}

  async start(actor: AuthUser, input: StartImport): Promise<OutcomeImportEntity> {
    if (!!input.caseStudyId === !!input.adoptionId) throw new MetricsException(Code.OneTarget);
    const target = { caseStudyId: input.caseStudyId ?? null, adoptionId: input.adoptionId ?? null };
    await this.metrics.assertCanEdit(actor, target);
    const { file, content } = await this.readUpload(actor, input.fileId);
    const format = importFormatOf(file.contentType);
    if (!format)
      throw badInput(
        'Upload the figures as a CSV or XLSX file (download the template to start).',
        'fileId',
      );
    return this.repo.create(
      { ...target, fileName: file.originalName, format, content, createdById: actor.id },
      async (saved, manager) => {
        await this.jobs.send(
          OUTCOME_IMPORT_CHECK_QUEUE,
          { importId: saved.id },
          { manager, retryLimit: 2 },
        );
      },
    );
  }

  /** The import, for its uploader (and regional admins); NOT_FOUND for anyone else. */
  async get(actor: AuthUser, id: string): Promise<OutcomeImportEntity> {
    const imp = await this.repo.findById(id);
    if (!imp || !canSeeImport(actor, imp)) throw notFound('The import');
    return imp;
  }

  async confirm(actor: AuthUser, id: string): Promise<OutcomeImportEntity> {
    const imp = await this.get(actor, id);
    this.assertConfirmable(imp);
    await this.metrics.assertCanEdit(actor, imp);
    if ((await this.repo.confirm(id, actor)) === null)
      throw conflict('This import has already been saved or cancelled.');
    return this.get(actor, id);
  }

  async cancel(actor: AuthUser, id: string): Promise<OutcomeImportEntity> {
    const imp = await this.get(actor, id);
    if (imp.status === 'SAVED')
      throw conflict(
        'This import has already been saved: correct or remove the figures on the outcomes page.',
      );
    if (imp.status !== 'CANCELLED' && !(await this.repo.cancel(id)))
      throw conflict('This import has already been saved.');
    return this.get(actor, id);
  }

  async errors(actor: AuthUser, id: string, limit: number): Promise<StoredImportRow[]> {
    await this.get(actor, id);
    return this.repo.errorRows(id, limit);
  }

  async preview(actor: AuthUser, id: string, limit: number): Promise<StoredImportRow[]> {
    await this.get(actor, id);
    return this.repo.previewRows(id, limit);
  }

  /** Every row with errors as CSV, for fixing the file. */
  async errorReport(actor: AuthUser, id: string): Promise<{ fileName: string; csv: string }> {
    const imp = await this.get(actor, id);
    const base = imp.fileName.replace(/\.[a-z0-9]+$/i, '');
    return {
      fileName: `${base || 'import'}-errors.csv`,
      csv: errorReportCsv(await this.repo.errorRows(id, MAX_IMPORT_ROWS)),
    };
  }

  private assertConfirmable(imp: OutcomeImportEntity): void {
    if (imp.status === 'SAVED' || imp.status === 'CANCELLED')
      throw conflict(
        imp.status === 'SAVED'
          ? 'This import has already been saved.'
          : 'This import was cancelled: upload the file again.',
      );
    if (imp.status === 'VALIDATING')
      throw conflict('The file is still being checked: wait until every row has been checked.');
    if (imp.status === 'FAILED')
      throw badInput(imp.failureReason ?? 'The file could not be read.', 'fileId');
    if (imp.validRows === 0)
      throw badInput(
        'No row can be saved: fix the errors in the file and upload it again.',
        'fileId',
      );
  }

  private async readUpload(
    actor: AuthUser,
    fileId: string,
  ): Promise<{ file: { originalName: string; contentType: string }; content: Buffer }> {
    const { file, stream } = await this.files.download(actor, fileId);
    if (file.uploadedById !== actor.id) {
      stream.destroy();
      throw notFound('The uploaded file');
    }
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { file, content: Buffer.concat(chunks) };
  }
}

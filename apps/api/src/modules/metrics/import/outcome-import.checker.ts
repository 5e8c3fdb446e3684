import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { appLogger } from '../../../common/logging/json-logger';
import { JobsService } from '../../jobs/jobs.service';
import { checkRow, dataRows, ImportFileError, readHeader } from './import-rows';
import { OutcomeImportRepository } from './outcome-import.repository';
import { readSpreadsheet } from './spreadsheet';

export const OUTCOME_IMPORT_CHECK_QUEUE = 'outcome-import.check';
export const OUTCOME_IMPORT_PURGE_QUEUE = 'outcome-import.purge';

/** Rows checked (and stored, with the progress) per transaction. */
export const CHECK_CHUNK = 250;
const KEEP_DAYS = 7;

/**
 * The background check of an uploaded import: reads the file, checks every
 * row against the metric dictionary and the practice's current figures, and
 * stores the result chunk by chunk so the page can show progress. Saves no
 * figure: that waits for the editor's confirmation.
 */
@Injectable()
export class OutcomeImportChecker implements OnModuleInit {
  constructor(
    private readonly repo: OutcomeImportRepository,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ importId: string }>(OUTCOME_IMPORT_CHECK_QUEUE, ({ importId }) =>
      this.check(importId),
    );
    this.jobs.register(
      OUTCOME_IMPORT_PURGE_QUEUE,
      async () => {
        await this.repo.purge(new Date(this.clock.now().getTime() - KEEP_DAYS * 86_400_000));
      },
      '40 3 * * *',
    );
  }

  async check(importId: string): Promise<void> {
    const imp = await this.repo.findById(importId);
    if (!imp || imp.status !== 'VALIDATING') return;
    try {
      const content = await this.repo.content(importId);
      if (!content)
        throw new ImportFileError('The uploaded file is no longer available. Upload it again.');
      const { header, body } = dataRows(await readSpreadsheet(imp.format, content));
      const columns = readHeader(header);
      await this.repo.begin(importId, body.length);
      const target = { caseStudyId: imp.caseStudyId, adoptionId: imp.adoptionId };
      const ctx = {
        metricKeys: await this.repo.metricKeys(),
        existing: await this.repo.existingFigureKeys(target),
        today: this.clock.now().toISOString().slice(0, 10),
      };
      const seen = new Map<string, number>();
      for (let i = 0; i < body.length; i += CHECK_CHUNK) {
        const chunk = body
          .slice(i, i + CHECK_CHUNK)
          .map((r) => checkRow(r.rowNumber, columns, r.cells, ctx, seen));
        // Cancelled meanwhile: stop quietly.
        if (!(await this.repo.addRows(importId, chunk))) return;
      }
      await this.repo.finish(importId);
    } catch (error) {
      if (error instanceof ImportFileError) {
        await this.repo.fail(importId, error.message);
        return;
      }
      appLogger().write('error', 'outcome import check failed', {
        importId,
        error: error instanceof Error ? error.message : String(error),
      });
      await this.repo.fail(
        importId,
        'The file could not be checked. Upload it again, or save it as CSV and try that.',
      );
    }
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../../common/auth/auth-user';
import { isUuid } from '../../../common/ids/uuid';
import { updateReturning } from '../../../database/returned-rows';
import { AuditService } from '../../audit/audit.service';
import { figureKey } from './import-rows';
import type { CheckedRow, ImportFigure } from './import-rows';
import { OutcomeImportEntity } from './entities/outcome-import.entity';
import type { ImportFormat } from './spreadsheet';

export interface ImportTarget {
  caseStudyId: string | null;
  adoptionId: string | null;
}

export interface StoredImportRow {
  rowNumber: number;
  cells: Record<string, string>;
  figure: ImportFigure | null;
  errors: { column: string; message: string }[];
}

const ROW_COLUMNS = `row_number AS "rowNumber", cells, figure, errors`;

/** The outcome_import and outcome_import_row tables (and the save into outcome_measurement). */
@Injectable()
export class OutcomeImportRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Creates a VALIDATING import holding the file and runs `then` (enqueue its job) in the same transaction. */
  create(
    fields: ImportTarget & {
      fileName: string;
      format: ImportFormat;
      content: Buffer;
      createdById: string;
    },
    then: (saved: OutcomeImportEntity, manager: EntityManager) => Promise<void>,
  ): Promise<OutcomeImportEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(OutcomeImportEntity);
      const saved = await repo.save(repo.create({ ...fields, status: 'VALIDATING' }));
      await then(saved, manager);
      return saved;
    });
  }

  findById(id: string): Promise<OutcomeImportEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.db.getRepository(OutcomeImportEntity).findOneBy({ id });
  }

  async content(id: string): Promise<Buffer | null> {
    const rows: { content: Buffer | null }[] = await this.db.query(
      'SELECT content FROM outcome_import WHERE id = $1',
      [id],
    );
    return rows[0]?.content ?? null;
  }

  /** Starts (or restarts, after a retried job) the check: no rows yet, the total known. */
  async begin(id: string, totalRows: number): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query('DELETE FROM outcome_import_row WHERE import_id = $1', [id]);
      await m.query(
        `UPDATE outcome_import SET total_rows = $2, processed_rows = 0, valid_rows = 0, error_rows = 0, updated_at = now()
          WHERE id = $1 AND status = 'VALIDATING'`,
        [id, totalRows],
      );
    });
  }

  /**
   * Stores a chunk of checked rows and moves the progress on, in one
   * transaction. False when the import is no longer being checked (cancelled).
   */
  async addRows(id: string, rows: CheckedRow[]): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const updated = await updateReturning(
        m,
        `UPDATE outcome_import
            SET processed_rows = processed_rows + $2, valid_rows = valid_rows + $3,
                error_rows = error_rows + $4, updated_at = now()
          WHERE id = $1 AND status = 'VALIDATING' RETURNING id`,
        [
          id,
          rows.length,
          rows.filter((r) => !r.errors.length).length,
          rows.filter((r) => r.errors.length).length,
        ],
      );
      if (!updated.length) return false;
      await m.query(
        `INSERT INTO outcome_import_row (import_id, row_number, cells, figure, errors)
         SELECT $1, r.row_number, r.cells, r.figure, r.errors
           FROM jsonb_to_recordset($2::jsonb) AS r(row_number int, cells jsonb, figure jsonb, errors jsonb)`,
        [
          id,
          JSON.stringify(
            rows.map((r) => ({
              row_number: r.rowNumber,
              cells: r.cells,
              figure: r.figure,
              errors: r.errors,
            })),
          ),
        ],
      );
      return true;
    });
  }

  /** Checked: ready for the editor to preview and confirm; the uploaded bytes are dropped. */
  async finish(id: string): Promise<void> {
    await this.db.query(
      `UPDATE outcome_import SET status = 'READY', content = NULL, updated_at = now()
        WHERE id = $1 AND status = 'VALIDATING'`,
      [id],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.query('DELETE FROM outcome_import_row WHERE import_id = $1', [id]);
      await m.query(
        `UPDATE outcome_import SET status = 'FAILED', failure_reason = $2, content = NULL, updated_at = now()
          WHERE id = $1 AND status = 'VALIDATING'`,
        [id, reason],
      );
    });
  }

  /** figureKey()s of the practice's current figures (to refuse repeats). */
  async existingFigureKeys(target: ImportTarget): Promise<Set<string>> {
    const rows: {
      metricKey: string;
      measuredOn: string;
      periodStart: string | null;
      cumulative: boolean;
    }[] = await this.db.query(
      `SELECT metric_key AS "metricKey", measured_on::text AS "measuredOn",
              period_start::text AS "periodStart", cumulative
         FROM outcome_measurement
        WHERE superseded_at IS NULL AND removed_at IS NULL
          AND (case_study_id = $1 OR adoption_id = $2)`,
      [target.caseStudyId, target.adoptionId],
    );
    return new Set(rows.map(figureKey));
  }

  async metricKeys(): Promise<Set<string>> {
    const rows: { key: string }[] = await this.db.query('SELECT key FROM metric');
    return new Set(rows.map((r) => r.key));
  }

  /** Rows with errors (first `limit`, in file order). */
  errorRows(id: string, limit: number): Promise<StoredImportRow[]> {
    return this.db.query(
      `SELECT ${ROW_COLUMNS} FROM outcome_import_row
        WHERE import_id = $1 AND jsonb_array_length(errors) > 0
        ORDER BY row_number LIMIT $2`,
      [id, limit],
    );
  }

  /** Rows that would be saved (first `limit`, in file order). */
  previewRows(id: string, limit: number): Promise<StoredImportRow[]> {
    return this.db.query(
      `SELECT ${ROW_COLUMNS} FROM outcome_import_row
        WHERE import_id = $1 AND figure IS NOT NULL
        ORDER BY row_number LIMIT $2`,
      [id, limit],
    );
  }

  /**
   * Saves every valid row as a current figure entered by `actorId`, in one
   * transaction that first claims the import (READY → SAVED), so a second
   * click or a parallel confirm saves nothing. A row repeating a figure
   * recorded since the check is skipped. Null when the import was not READY.
   */
  async confirm(id: string, actor: AuthUser): Promise<number | null> {
    const actorId = actor.id;
    return this.db.transaction(async (m) => {
      const claimed = await updateReturning(
        m,
        `UPDATE outcome_import SET status = 'SAVED', saved_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'READY' RETURNING id`,
        [id],
      );
      if (!claimed.length) return null;
      const inserted = await updateReturning(
        m,
        `INSERT INTO outcome_measurement
           (case_study_id, adoption_id, metric_key, value, qualifier, period_start, measured_on,
            cumulative, baseline, source_title, source_url, note, created_by_id)
         SELECT i.case_study_id, i.adoption_id, n.metric_key, f.value, f.qualifier, n.period_start::date,
                n.measured_on::date, f.cumulative, f.baseline, n.source_title, n.source_url, f.note, $2
           FROM outcome_import i
           JOIN outcome_import_row r ON r.import_id = i.id
           CROSS JOIN LATERAL jsonb_to_record(r.figure) AS f(
             "metricKey" text, value numeric, qualifier text, "periodStart" text, "measuredOn" text,
             cumulative boolean, baseline numeric, "sourceTitle" text, "sourceUrl" text, note text)
           CROSS JOIN LATERAL (SELECT f."metricKey" AS metric_key, f."periodStart" AS period_start,
             f."measuredOn" AS measured_on, f."sourceTitle" AS source_title, f."sourceUrl" AS source_url) AS n
          WHERE i.id = $1 AND r.figure IS NOT NULL
            AND EXISTS (SELECT 1 FROM metric WHERE metric.key = n.metric_key)
            AND NOT EXISTS (
              SELECT 1 FROM outcome_measurement o
               WHERE o.superseded_at IS NULL AND o.removed_at IS NULL
                 AND o.case_study_id IS NOT DISTINCT FROM i.case_study_id
                 AND o.adoption_id IS NOT DISTINCT FROM i.adoption_id
                 AND o.metric_key = n.metric_key AND o.measured_on = n.measured_on::date
                 AND o.period_start IS NOT DISTINCT FROM n.period_start::date
                 AND o.cumulative = f.cumulative)
          ORDER BY r.row_number
         RETURNING id`,
        [id, actorId],
      );
      await m.query('UPDATE outcome_import SET saved_count = $2 WHERE id = $1', [
        id,
        inserted.length,
      ]);
      const [imp] = (await m.query(
        'SELECT case_study_id AS "caseStudyId", adoption_id AS "adoptionId", total_rows AS "totalRows" FROM outcome_import WHERE id = $1',
        [id],
      )) as { caseStudyId: string | null; adoptionId: string | null; totalRows: number }[];
      await this.audit.record(
        {
          actorId,
          actor,
          action: 'outcome_import.saved',
          targetType: 'outcome_import',
          targetId: id,
          details: { ...imp, savedCount: inserted.length },
        },
        m,
      );
      return inserted.length;
    });
  }

  /** Cancels an import not yet saved; its rows go. False when it was already saved or cancelled. */
  async cancel(id: string): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const rows = await updateReturning(
        m,
        `UPDATE outcome_import SET status = 'CANCELLED', content = NULL, updated_at = now()
          WHERE id = $1 AND status IN ('VALIDATING', 'READY', 'FAILED') RETURNING id`,
        [id],
      );
      if (!rows.length) return false;
      await m.query('DELETE FROM outcome_import_row WHERE import_id = $1', [id]);
      return true;
    });
  }

  /** Drops imports never saved after `days`, and the checked rows of saved ones. */
  async purge(before: Date): Promise<number> {
    const removed = await updateReturning(
      this.db,
      `DELETE FROM outcome_import WHERE status <> 'SAVED' AND created_at < $1 RETURNING id`,
      [before],
    );
    await this.db.query(
      `DELETE FROM outcome_import_row r USING outcome_import i
        WHERE r.import_id = i.id AND i.status = 'SAVED' AND i.saved_at < $1`,
      [before],
    );
    return removed.length;
  }
}

import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { DomainException } from '../../../common/errors/domain.exception';
import { appLogger } from '../../../common/logging/json-logger';
import { REGION } from '../../directory/directory.service';
import { DashboardsService } from '../dashboards.service';
import { icsPackDocument, regionPackDocument } from './board-pack-document';
import type { BoardPackDocument, PackProgress } from './board-pack-document';
import { BoardPackAccess } from './board-pack-access';
import { boardPackPdf } from './board-pack-pdf';
import { boardPackCsv, boardPackXlsx } from './board-pack-sheets';
import type { BoardPackEntity, BoardPackFormat } from './entities/board-pack.entity';
import { BoardPacksRepository } from './board-packs.repository';
import { periodChoiceOfPack } from './board-pack-period';

export const CONTENT_TYPES: Record<BoardPackFormat, string> = {
  PDF: 'application/pdf',
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The job's work: renders a pack, storing progress as each part is drawn. */
@Injectable()
export class BoardPackGenerator {
  constructor(
    private readonly repo: BoardPacksRepository,
    private readonly dashboards: DashboardsService,
    private readonly access: BoardPackAccess,
  ) {}

  async generate(packId: string): Promise<void> {
    const pack = await this.repo.findById(packId);
    if (!pack || pack.status === 'DONE' || pack.status === 'FAILED') return;
    let shown = -1;
    const setProgress = async (p: number) => {
      const value = Math.max(0, Math.min(99, Math.round(p)));
      if (value === shown) return;
      shown = value;
      await this.repo.progress(packId, value);
    };
    const entry = (action: string, details: Record<string, unknown>) => ({
      actorId: pack.requestedById,
      action,
      targetType: 'board_pack',
      targetId: packId,
      details,
    });
    try {
      await setProgress(5);
      const document = await this.documentOf(pack);
      await setProgress(30);
      const progress: PackProgress = (f) => setProgress(30 + f * 65);
      const content =
        pack.format === 'PDF'
          ? await boardPackPdf(document, progress)
          : pack.format === 'XLSX'
            ? await boardPackXlsx(document, progress)
            : await boardPackCsv(document, progress);
      const sha256 = createHash('sha256').update(content).digest('hex');
      await this.repo.done(
        packId,
        { content, contentType: CONTENT_TYPES[pack.format], sha256 },
        entry('board_pack.generated', { format: pack.format, byteSize: content.length, sha256 }),
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      appLogger().write('warn', 'board pack failed', { packId, error: message });
      const human =
        error instanceof DomainException
          ? message
          : 'The board pack could not be generated. Please try again; if it fails again, tell the Commons team.';
      await this.repo.failed(
        packId,
        human,
        entry('board_pack.failed', { error: message.slice(0, 500) }),
      );
    }
  }

  private async documentOf(pack: BoardPackEntity): Promise<BoardPackDocument> {
    const filters = { period: periodChoiceOfPack(pack), themeKey: pack.themeKey };
    const themeLabel = await this.access.themeLabel(pack.themeKey);
    if (pack.icsOdsCode) {
      return icsPackDocument(
        await this.dashboards.ics(pack.icsOdsCode, filters, { sources: true }),
        themeLabel,
      );
    }
    return regionPackDocument(
      await this.dashboards.region(filters, null, { sources: true }),
      `${REGION.name} region`,
      themeLabel,
    );
  }
}

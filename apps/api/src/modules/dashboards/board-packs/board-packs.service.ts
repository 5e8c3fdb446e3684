import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { AuthUser } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/clock/clock';
import { periodChoiceError, periodLabel } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import {
  DomainException,
  badInput,
  forbidden,
  notFound,
} from '../../../common/errors/domain.exception';
import { isUuid } from '../../../common/ids/uuid';
import { appLogger } from '../../../common/logging/json-logger';
import { AuditService } from '../../audit/audit.service';
import { DirectoryRepository } from '../../directory/directory.repository';
import { DirectoryService, REGION } from '../../directory/directory.service';
import { JobsService } from '../../jobs/jobs.service';
import { DashboardsService } from '../dashboards.service';
import { icsPackDocument, packFileName, regionPackDocument } from './board-pack-document';
import type { BoardPackDocument, PackProgress } from './board-pack-document';
import { boardPackPdf } from './board-pack-pdf';
import { boardPackCsv, boardPackXlsx } from './board-pack-sheets';
import { BoardPackEntity } from './entities/board-pack.entity';
import type { BoardPackFormat } from './entities/board-pack.entity';
import { canReadPack, canRequestIcsPack, canRequestRegionPack } from './board-packs.policy';

export const BOARD_PACK_QUEUE = 'board-pack.generate';

export const CONTENT_TYPES: Record<BoardPackFormat, string> = {
  PDF: 'application/pdf',
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface BoardPackRequest {
  odsCode: string | null;
  period: PeriodChoice | null;
  format: BoardPackFormat;
  themeKey: string | null;
}

/** A pack with the names it is shown with. */
export interface BoardPackView {
  pack: BoardPackEntity;
  areaName: string;
  periodLabel: string;
  fileName: string;
}

/**
 * Board packs: a dashboard (one ICS or the region) rendered by a pg-boss job
 * as a PDF, CSV or XLSX, with progress stored on the row as it renders.
 */
@Injectable()
export class BoardPacksService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dashboards: DashboardsService,
    private readonly directory: DirectoryService,
    private readonly directoryRepo: DirectoryRepository,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ packId: string }>(BOARD_PACK_QUEUE, ({ packId }) => this.generate(packId));
  }

  private get repo() {
    return this.db.getRepository(BoardPackEntity);
  }

  /** Whether the person may have this ICS's pack (or the region's, for null); NOT_FOUND for an unknown ICS. */
  async canRequest(user: AuthUser, rawOdsCode: string | null): Promise<boolean> {
    const odsCode = rawOdsCode?.trim().toUpperCase() || null;
    if (!odsCode) return canRequestRegionPack(user);
    const ics = await this.directory.ics(odsCode);
    if (!ics) throw notFound('ICS');
    const links = user.organisationId
      ? await this.directoryRepo.findIcsLinks([user.organisationId])
      : [];
    return canRequestIcsPack(
      user,
      ics.id,
      links.map((l) => l.icsId),
    );
  }

  async request(user: AuthUser, input: BoardPackRequest): Promise<BoardPackView> {
    const odsCode = input.odsCode?.trim().toUpperCase() || null;
    if (!(await this.canRequest(user, odsCode))) {
      throw forbidden(
        odsCode
          ? 'You cannot download board packs for this ICS.'
          : 'Only regional admins and ICS admins can download the region’s board pack.',
      );
    }
    if (input.period) {
      const error = periodChoiceError(input.period, this.clock.now());
      if (error) throw badInput(error, 'period');
    }
    if (input.themeKey && !(await this.directory.themes()).some((t) => t.key === input.themeKey)) {
      throw badInput(`There is no theme "${input.themeKey}".`, 'themeKey');
    }
    const pack = await this.db.transaction(async (manager) => {
      const saved = await manager.getRepository(BoardPackEntity).save(
        manager.getRepository(BoardPackEntity).create({
          icsOdsCode: odsCode,
          financialYear: input.period?.financialYear ?? null,
          quarter: input.period ? input.period.quarter : null,
          themeKey: input.themeKey,
          format: input.format,
          status: 'QUEUED',
          progress: 0,
          requestedById: user.id,
        }),
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'board_pack.requested',
          targetType: 'board_pack',
          targetId: saved.id,
          details: {
            odsCode,
            financialYear: saved.financialYear,
            quarter: saved.quarter,
            themeKey: saved.themeKey,
            format: saved.format,
          },
        },
        manager,
      );
      await this.jobs.send(BOARD_PACK_QUEUE, { packId: saved.id }, { manager, retryLimit: 0 });
      return saved;
    });
    return this.view(pack);
  }

  /** A pack its requester (or a regional admin) may see; NOT_FOUND for anyone else. */
  async get(user: AuthUser, id: string): Promise<BoardPackView> {
    if (!isUuid(id)) throw notFound('Board pack');
    const pack = await this.repo.findOne({ where: { id } });
    if (!pack || !canReadPack(user, pack)) throw notFound('Board pack');
    return this.view(pack);
  }

  /** The finished file, for the download controller. */
  async content(user: AuthUser, id: string): Promise<{ view: BoardPackView; content: Buffer }> {
    const view = await this.get(user, id);
    if (view.pack.status !== 'DONE') throw notFound('Board pack');
    const row = await this.repo
      .createQueryBuilder('p')
      .addSelect('p.content')
      .where('p.id = :id', { id })
      .getOne();
    if (!row?.content) throw notFound('Board pack');
    return { view, content: row.content };
  }

  async view(pack: BoardPackEntity): Promise<BoardPackView> {
    const ics = pack.icsOdsCode ? await this.directory.ics(pack.icsOdsCode) : null;
    const choice = periodChoiceOfPack(pack);
    return {
      pack,
      areaName: ics?.name ?? `${REGION.name} region`,
      periodLabel: periodLabel(choice),
      fileName: packFileName(
        ics?.shortName ?? REGION.name,
        pack.financialYear,
        pack.quarter,
        pack.format,
      ),
    };
  }

  /** The job: renders the pack, storing progress as each part is drawn. */
  async generate(packId: string): Promise<void> {
    const pack = await this.repo.findOne({ where: { id: packId } });
    if (!pack || pack.status === 'DONE' || pack.status === 'FAILED') return;
    let shown = -1;
    const setProgress = async (p: number) => {
      const value = Math.max(0, Math.min(99, Math.round(p)));
      if (value === shown) return;
      shown = value;
      await this.repo.update({ id: packId }, { status: 'RUNNING', progress: value });
    };
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
      await this.db.transaction(async (manager) => {
        await manager.getRepository(BoardPackEntity).update(
          { id: packId },
          {
            status: 'DONE',
            progress: 100,
            content,
            contentType: CONTENT_TYPES[pack.format],
            byteSize: content.length,
            sha256,
            error: null,
            completedAt: this.clock.now(),
          },
        );
        await this.audit.record(
          {
            actorId: pack.requestedById,
            action: 'board_pack.generated',
            targetType: 'board_pack',
            targetId: packId,
            details: { format: pack.format, byteSize: content.length, sha256 },
          },
          manager,
        );
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      appLogger().write('warn', 'board pack failed', { packId, error: message });
      const human = isHuman(error)
        ? message
        : 'The board pack could not be generated. Please try again; if it fails again, tell the Commons team.';
      await this.repo.update(
        { id: packId },
        { status: 'FAILED', error: human, completedAt: this.clock.now() },
      );
      await this.audit.record({
        actorId: pack.requestedById,
        action: 'board_pack.failed',
        targetType: 'board_pack',
        targetId: packId,
        details: { error: message.slice(0, 500) },
      });
    }
  }

  private async documentOf(pack: BoardPackEntity): Promise<BoardPackDocument> {
    const filters = { period: periodChoiceOfPack(pack), themeKey: pack.themeKey };
    const themeLabel = pack.themeKey
      ? ((await this.directory.themes()).find((t) => t.key === pack.themeKey)?.label ??
        pack.themeKey)
      : null;
    if (pack.icsOdsCode) {
      return icsPackDocument(await this.dashboards.ics(pack.icsOdsCode, filters), themeLabel);
    }
    return regionPackDocument(
      await this.dashboards.region(filters, null),
      `${REGION.name} region`,
      themeLabel,
    );
  }
}

export function periodChoiceOfPack(
  pack: Pick<BoardPackEntity, 'financialYear' | 'quarter'>,
): PeriodChoice | null {
  return pack.financialYear === null
    ? null
    : { financialYear: pack.financialYear, quarter: pack.quarter };
}

function isHuman(error: unknown): boolean {
  return error instanceof DomainException;
}

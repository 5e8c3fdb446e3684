import { Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { periodLabel } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import { notFound } from '../../../common/errors/domain.exception';
import { JobsService } from '../../jobs/jobs.service';
import { BoardPackAccess } from './board-pack-access';
import { BoardPackGenerator } from './board-pack-generator';
import { periodChoiceOfPack } from './board-pack-period';
import type { BoardPackEntity, BoardPackFormat } from './entities/board-pack.entity';
import { canReadPack } from './board-packs.policy';
import { BoardPacksRepository } from './board-packs.repository';

export { CONTENT_TYPES } from './board-pack-generator';

export const BOARD_PACK_QUEUE = 'board-pack.generate';

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
 * (BoardPackGenerator) as a PDF, CSV or XLSX, with progress stored on the row.
 */
@Injectable()
export class BoardPacksService implements OnModuleInit {
  constructor(
    private readonly repo: BoardPacksRepository,
    private readonly access: BoardPackAccess,
    private readonly generator: BoardPackGenerator,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ packId: string }>(BOARD_PACK_QUEUE, ({ packId }) =>
      this.generator.generate(packId),
    );
  }

  canRequest(user: AuthUser, odsCode: string | null): Promise<boolean> {
    return this.access.canRequest(user, odsCode);
  }

  async request(user: AuthUser, input: BoardPackRequest): Promise<BoardPackView> {
    const odsCode = input.odsCode?.trim().toUpperCase() || null;
    await this.access.check(user, odsCode, input.period, input.themeKey);
    const pack = await this.repo.create(
      {
        icsOdsCode: odsCode,
        financialYear: input.period?.financialYear ?? null,
        quarter: input.period ? input.period.quarter : null,
        themeKey: input.themeKey,
        format: input.format,
        requestedById: user.id,
      },
      async (saved, manager) => {
        await this.jobs.send(BOARD_PACK_QUEUE, { packId: saved.id }, { manager, retryLimit: 0 });
      },
    );
    return this.view(pack);
  }

  /** A pack its requester (or a regional admin) may see; NOT_FOUND for anyone else. */
  async get(user: AuthUser, id: string): Promise<BoardPackView> {
    const pack = await this.repo.findById(id);
    if (!pack || !canReadPack(user, pack)) throw notFound('Board pack');
    return this.view(pack);
  }

  /** The finished file, for the download controller. */
  async content(user: AuthUser, id: string): Promise<{ view: BoardPackView; content: Buffer }> {
    const view = await this.get(user, id);
    if (view.pack.status !== 'DONE') throw notFound('Board pack');
    const content = await this.repo.content(id);
    if (!content) throw notFound('Board pack');
    return { view, content };
  }

  private async view(pack: BoardPackEntity): Promise<BoardPackView> {
    return {
      pack,
      periodLabel: periodLabel(periodChoiceOfPack(pack)),
      ...(await this.access.names(pack)),
    };
  }
}

import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { Clock } from '../../../common/clock/clock';
import { periodChoiceError } from '../../../common/dashboards/period';
import type { PeriodChoice } from '../../../common/dashboards/period';
import { badInput, forbidden, notFound } from '../../../common/errors/domain.exception';
import { DirectoryRepository } from '../../directory/directory.repository';
import { DirectoryService, REGION } from '../../directory/directory.service';
import { packFileName } from './board-pack-document';
import type { BoardPackEntity } from './entities/board-pack.entity';
import { canRequestIcsPack, canRequestRegionPack } from './board-packs.policy';

/** What a board pack request is checked against: who may ask, and whether the ICS, period and theme exist. */
@Injectable()
export class BoardPackAccess {
  constructor(
    private readonly directory: DirectoryService,
    private readonly directoryRepo: DirectoryRepository,
    private readonly clock: Clock,
  ) {}

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

  /** Throws FORBIDDEN, NOT_FOUND or BAD_USER_INPUT for a request that cannot be made. */
  async check(
    user: AuthUser,
    odsCode: string | null,
    period: PeriodChoice | null,
    themeKey: string | null,
  ): Promise<void> {
    if (!(await this.canRequest(user, odsCode))) {
      throw forbidden(
        odsCode
          ? 'You cannot download board packs for this ICS.'
          : 'Only regional admins and ICS admins can download the region’s board pack.',
      );
    }
    if (period) {
      const error = periodChoiceError(period, this.clock.now());
      if (error) throw badInput(error, 'period');
    }
    if (themeKey && !(await this.directory.themes()).some((t) => t.key === themeKey)) {
      throw badInput(`There is no theme "${themeKey}".`, 'themeKey');
    }
  }

  /** The names a pack is shown with: its area and file name. */
  async names(pack: BoardPackEntity): Promise<{ areaName: string; fileName: string }> {
    const ics = pack.icsOdsCode ? await this.directory.ics(pack.icsOdsCode) : null;
    return {
      areaName: ics?.name ?? `${REGION.name} region`,
      fileName: packFileName(
        ics?.shortName ?? REGION.name,
        pack.financialYear,
        pack.quarter,
        pack.format,
      ),
    };
  }

  async themeLabel(themeKey: string | null): Promise<string | null> {
    if (!themeKey) return null;
    return (await this.directory.themes()).find((t) => t.key === themeKey)?.label ?? themeKey;
  }
}

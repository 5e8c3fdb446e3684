import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Policy } from '../../../common/auth/roles.decorator';
import { periodChoiceOf } from '../../../common/dashboards/period.input';
import { BoardPackModel, RequestBoardPackInput } from './graphql/board-pack.models';
import type { BoardPackFormatEnum, BoardPackStatusEnum } from './graphql/board-pack.models';
import { BoardPacksService } from './board-packs.service';
import type { BoardPackView } from './board-packs.service';

export function toBoardPackModel(v: BoardPackView): BoardPackModel {
  const p = v.pack;
  const done = p.status === 'DONE';
  return {
    id: p.id,
    status: p.status as BoardPackStatusEnum,
    progress: p.progress,
    format: p.format as BoardPackFormatEnum,
    odsCode: p.icsOdsCode,
    areaName: v.areaName,
    financialYear: p.financialYear,
    quarter: p.quarter,
    periodLabel: v.periodLabel,
    themeKey: p.themeKey,
    downloadUrl: done ? `/board-packs/${p.id}/download` : null,
    fileName: done ? v.fileName : null,
    byteSize: p.byteSize,
    error: p.status === 'FAILED' ? p.error : null,
    createdAt: p.createdAt,
    completedAt: p.completedAt,
  };
}

@Resolver(() => BoardPackModel)
export class BoardPacksResolver {
  constructor(private readonly packs: BoardPacksService) {}

  @Policy(
    "an ICS pack: regional admins, that ICS's admins and VERIFIED members of an organisation in the ICS; the region's pack: regional admins and ICS admins",
  )
  @Mutation(() => BoardPackModel, {
    description:
      "Ask for a board pack (PDF, CSV or XLSX) of an ICS's dashboard, or of the region's when odsCode is omitted. A job generates it; poll boardPack(id) for progress.",
  })
  async requestBoardPack(
    @CurrentUser() user: AuthUser,
    @Args('input') input: RequestBoardPackInput,
  ): Promise<BoardPackModel> {
    return toBoardPackModel(
      await this.packs.request(user, {
        odsCode: input.odsCode ?? null,
        period: periodChoiceOf(input.period),
        format: input.format,
        themeKey: input.themeKey ?? null,
      }),
    );
  }

  @Query(() => Boolean, {
    description:
      "Whether you may ask for this ICS's board pack (omit odsCode: the region's). NOT_FOUND for an unknown ICS.",
  })
  canRequestBoardPack(
    @CurrentUser() user: AuthUser,
    @Args('odsCode', { type: () => String, nullable: true }) odsCode?: string | null,
  ): Promise<boolean> {
    return this.packs.canRequest(user, odsCode ?? null);
  }

  @Query(() => BoardPackModel, {
    description: 'A board pack you asked for (regional admins: any), with its progress.',
  })
  async boardPack(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<BoardPackModel> {
    return toBoardPackModel(await this.packs.get(user, id));
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { notFound } from '../../common/errors/domain.exception';
import type { FollowEntity } from './entities/follow.entity';
import { FollowTargetsService, targetKey } from './follow-targets.service';
import type { FollowTargetInfo } from './follow-targets.service';
import type { DigestFrequency, EmailKind } from './follows.constants';
import { FollowLevel, FollowTargetType } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import type {
  FollowInput,
  NotificationSettingsModel,
  UnfollowInput,
  UpdateNotificationSettingsInput,
} from './graphql/follow.models';

/** Follows and email preferences. Other modules use `watch` and `followers`. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly repo: FollowsRepository,
    private readonly targets: FollowTargetsService,
  ) {}

  /**
   * Only things that exist (and members may see) can be followed: a
   * malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND. ICSs are
   * stored by ODS code.
   */
  async follow(user: AuthUser, input: FollowInput): Promise<FollowEntity> {
    const targetId = await this.targets.canonicalId(input.targetType, input.targetId);
    await this.repo.upsertFollow(user.id, input.targetType, targetId, input.level);
    return {
      userId: user.id,
      targetType: input.targetType,
      targetId,
      level: input.level,
    } as FollowEntity;
  }

  /** Stops following; NOT_FOUND when not following it. */
  async unfollow(user: AuthUser, input: UnfollowInput): Promise<boolean> {
    const id =
      input.targetType === FollowTargetType.ICS
        ? input.targetId.trim().toUpperCase()
        : input.targetId.trim();
    if (!(await this.repo.deleteFollow(user.id, input.targetType, id))) {
      throw notFound('That follow');
    }
    return true;
  }

  /** Your follows with each target's name and page (null when it has gone or is hidden). */
  async myFollowsDescribed(
    user: AuthUser,
  ): Promise<{ follow: FollowEntity; target: FollowTargetInfo | null }[]> {
    const rows = await this.repo.findFollowsOf(user.id);
    const info = await this.targets.describe(
      rows.map((r) => ({ type: r.targetType, id: r.targetId })),
    );
    return rows.map((follow) => ({
      follow,
      target: info.get(targetKey(follow.targetType, follow.targetId)) ?? null,
    }));
  }

  /**
   * A newly verified member follows their own ICS(s) at NORMAL, inside the
   * verification's transaction; a level they already chose is kept.
   */
  followOwnIcs(
    manager: EntityManager,
    userId: string,
    icsOdsCodes: readonly string[],
  ): Promise<void> {
    return this.repo.followIfNew(
      manager,
      userId,
      FollowTargetType.ICS,
      icsOdsCodes,
      FollowLevel.NORMAL,
    );
  }

  myFollows(user: AuthUser): Promise<FollowEntity[]> {
    return this.repo.findFollowsOf(user.id);
  }

  /** Starting or replying to a thread watches it (unless a level was already chosen). */
  watch(
    manager: EntityManager,
    userId: string,
    targetType: string,
    targetId: string,
  ): Promise<void> {
    return this.repo.watchIfNew(manager, userId, targetType, targetId);
  }

  /** Follow levels on a target, by user id. */
  async followers(
    manager: EntityManager,
    targetType: string,
    targetId: string,
  ): Promise<Map<string, FollowLevel>> {
    const rows = await this.repo.findFollowers(manager, targetType, targetId);
    return new Map(rows.map((r) => [r.userId, r.level as FollowLevel]));
  }

  async settings(user: AuthUser): Promise<NotificationSettingsModel> {
    const prefs = await this.repo.preferences(user.id);
    return {
      digestFrequency: prefs.digestFrequency as DigestFrequency,
      emailOptOuts: prefs.emailOptOuts as EmailKind[],
    };
  }

  async updateSettings(
    user: AuthUser,
    input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettingsModel> {
    await this.repo.preferences(user.id);
    await this.repo.updatePreferences(user.id, {
      ...(input.digestFrequency ? { digestFrequency: input.digestFrequency } : {}),
      ...(input.emailOptOuts ? { emailOptOuts: [...new Set(input.emailOptOuts)] } : {}),
    });
    return this.settings(user);
  }

  optOut(token: string, kind: string): Promise<boolean> {
    return this.repo.optOutByToken(token, kind);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import type { FollowEntity } from './entities/follow.entity';
import type { DigestFrequency, EmailKind, FollowLevel } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import type {
  FollowInput,
  NotificationSettingsModel,
  UpdateNotificationSettingsInput,
} from './graphql/follow.models';

/** Follows and email preferences. Other modules use `watch` and `followers`. */
@Injectable()
export class FollowsService {
  constructor(private readonly repo: FollowsRepository) {}

  /** Only things that exist (and are visible to members) can be followed. */
  async follow(user: AuthUser, input: FollowInput): Promise<FollowEntity> {
    if (!(await this.repo.targetExists(input.targetType, input.targetId))) {
      throw badInput('There is nothing to follow with that id.', 'targetId');
    }
    await this.repo.upsertFollow(user.id, input.targetType, input.targetId, input.level);
    return {
      userId: user.id,
      targetType: input.targetType,
      targetId: input.targetId,
      level: input.level,
    } as FollowEntity;
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

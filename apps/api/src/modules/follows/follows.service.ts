import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import { DirectoryRepository } from '../directory/directory.repository';
import type { ThreadSubjectType } from '../discussions/discussions.constants';
import { DiscussionsRepository } from '../discussions/discussions.repository';
import { SubjectRegistry } from '../discussions/subjects/subject-registry';
import type { FollowEntity } from './entities/follow.entity';
import type { DigestFrequency, EmailKind, FollowLevel } from './follows.constants';
import { FollowTargetType } from './follows.constants';
import { FollowsRepository } from './follows.repository';
import type {
  FollowInput,
  NotificationSettingsModel,
  UpdateNotificationSettingsInput,
} from './graphql/follow.models';

/** Follows and email preferences. Other modules use `watch` and `followers`. */
@Injectable()
export class FollowsService {
  constructor(
    private readonly repo: FollowsRepository,
    private readonly subjects: SubjectRegistry,
    private readonly threads: DiscussionsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  /** Only things that exist (and are visible to members) can be followed. */
  async follow(user: AuthUser, input: FollowInput): Promise<FollowEntity> {
    if (!(await this.targetExists(input.targetType, input.targetId))) {
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

  /**
   * Whether a followable target exists and members may see it, asked of its
   * owner: threads of discussions, ICSs of the directory, and everything
   * discussable (case studies, events, toolkits, themes) of its subject provider.
   * The id must be the stored one exactly (follows are matched by text).
   */
  private async targetExists(targetType: FollowTargetType, targetId: string): Promise<boolean> {
    if (targetType === FollowTargetType.THREAD) return this.threads.threadExists(targetId);
    if (targetType === FollowTargetType.ICS) return this.directory.icsExists(targetId);
    const type = targetType as string as ThreadSubjectType;
    if (!this.subjects.supports(type)) return false;
    return (await this.subjects.resolve(type, targetId))?.id === targetId;
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

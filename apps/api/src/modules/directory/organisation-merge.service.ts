import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput, conflict, forbidden, notFound } from '../../common/errors/domain.exception';
import { OrganisationMergeRegistry } from '../../common/organisation-merge/organisation-merge';
import { SearchIndexChanges } from '../../common/search/search-index-changes';
import { AuditService } from '../audit/audit.service';
import { canMergeOrganisations } from './directory.policy';
import type { OrganisationEntity } from './entities/organisation.entity';
import { OrganisationAdminRepository } from './organisation-admin.repository';

export interface MergePreview {
  survivor: OrganisationEntity;
  duplicate: OrganisationEntity;
  counts: Record<string, number>;
}

export interface MergeOutcome {
  survivor: OrganisationEntity;
  duplicateId: string;
  moved: Record<string, number>;
}

/**
 * Merges a duplicate organisation into a survivor: every module moves its
 * own rows (the `@OrganisationMergeParticipant` contributions), in one
 * transaction with both organisation rows locked; the duplicate is then
 * removed and its id redirects to the survivor. Audited with both ids and
 * the counts before and after.
 */
@Injectable()
export class OrganisationMergeService {
  constructor(
    private readonly repo: OrganisationAdminRepository,
    private readonly participants: OrganisationMergeRegistry,
    private readonly audit: AuditService,
    private readonly search: SearchIndexChanges,
  ) {}

  /** What a merge would move (for the confirm page). */
  async preview(actor: AuthUser, survivorId: string, duplicateId: string): Promise<MergePreview> {
    return this.repo.transaction(async (manager) => {
      const { survivor, duplicate } = await this.checked(actor, survivorId, duplicateId, manager);
      return { survivor, duplicate, counts: await this.participants.count(duplicate.id, manager) };
    });
  }

  async merge(actor: AuthUser, survivorId: string, duplicateId: string): Promise<MergeOutcome> {
    const outcome = await this.repo.transaction(async (manager) => {
      const locked = await this.repo.lockOrganisations(manager, [survivorId, duplicateId]);
      if (
        survivorId !== duplicateId &&
        !locked.includes(duplicateId) &&
        (await this.repo.mergedInto(duplicateId))
      ) {
        throw conflict('That organisation has already been merged.');
      }
      const { survivor, duplicate } = await this.checked(actor, survivorId, duplicateId, manager);
      const before = {
        survivor: await this.participants.count(survivor.id, manager),
        duplicate: await this.participants.count(duplicate.id, manager),
      };
      const { moved, searchChanged } = await this.participants.move(
        duplicate.id,
        survivor.id,
        manager,
      );
      await this.repo.completeMerge(manager, {
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        mergedById: actor.id,
        emailDomains: [...new Set([...survivor.emailDomains, ...duplicate.emailDomains])],
      });
      const after = { survivor: await this.participants.count(survivor.id, manager) };
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation.merged',
          targetType: 'organisation',
          targetId: survivor.id,
          details: { survivorId: survivor.id, duplicateId: duplicate.id, before, after, moved },
        },
        manager,
      );
      const merged = await this.repo.findOrganisation(survivor.id, manager);
      return { survivor: merged ?? survivor, duplicateId: duplicate.id, moved, searchChanged };
    });
    // After commit: the index follows the moved content (the sweep catches up any failure).
    await this.search.changed('ORGANISATION', [outcome.survivor.id, outcome.duplicateId]);
    for (const [type, ids] of Object.entries(outcome.searchChanged))
      await this.search.changed(type, ids);
    return { survivor: outcome.survivor, duplicateId: outcome.duplicateId, moved: outcome.moved };
  }

  private async checked(
    actor: AuthUser,
    survivorId: string,
    duplicateId: string,
    manager: EntityManager,
  ): Promise<{ survivor: OrganisationEntity; duplicate: OrganisationEntity }> {
    if (survivorId === duplicateId) {
      throw badInput(
        'Choose two different organisations: one cannot be merged into itself.',
        'duplicateId',
      );
    }
    const survivor = await this.repo.findOrganisation(survivorId, manager);
    const duplicate = await this.repo.findOrganisation(duplicateId, manager);
    if (!survivor) throw notFound('The organisation that stays');
    if (!duplicate) throw notFound('The duplicate organisation');
    const survivorIcss = await this.repo.icsIdsOf(survivor.id, manager);
    const duplicateIcss = await this.repo.icsIdsOf(duplicate.id, manager);
    if (!canMergeOrganisations(actor, survivorIcss, duplicateIcss)) {
      throw forbidden('You can only merge organisations in the ICSs you administer.');
    }
    return { survivor, duplicate };
  }
}

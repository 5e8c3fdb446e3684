import { Injectable } from '@nestjs/common';

import type { EntityManager } from 'typeorm';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import { isUuid } from '../../common/ids/uuid';
import { AuditService } from '../audit/audit.service';
import { DirectoryRepository } from '../directory/directory.repository';
import { canChangeRole, canSuspend, removesLastRegionalAdmin } from './admin/admin-people.policy';
import type { AdministeredPerson } from './admin/admin-people.policy';
import type { UserEntity } from './entities/user.entity';
import { PEOPLE_MAX_RESULTS } from './graphql/people.args';
import type { GrantRoleInput, RevokeRoleInput } from './graphql/users.inputs';
import { UsersErrorCode, UsersException } from './users.exception';
import { canViewProfile } from './users.policy';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditService,
  ) {}

  async me(viewer: AuthUser | null): Promise<UserEntity | null> {
    return viewer ? this.users.findById(viewer.id) : null;
  }

  /** Verified people for @mention autocomplete (search is trimmed; at most PEOPLE_MAX_RESULTS). */
  async people(
    search: string,
    first: number,
  ): Promise<{ id: string; name: string; organisationName: string }[]> {
    const term = search.trim();
    if (term.length < 2) throw badInput('Type at least 2 characters of a name.', 'search');
    return this.users.searchVerifiedPeople(term, Math.min(Math.max(first, 1), PEOPLE_MAX_RESULTS));
  }

  /** A verified member's profile; NOT_FOUND when unknown, malformed or not visible (users.policy canViewProfile). */
  async profile(viewer: AuthUser, id: string): Promise<UserEntity> {
    const user = isUuid(id) ? await this.users.findById(id) : null;
    if (!user || !canViewProfile(viewer, user)) {
      throw new UsersException(UsersErrorCode.UserNotFound);
    }
    return user;
  }

  async grantRole(actor: AuthUser, input: GrantRoleInput): Promise<UserEntity> {
    return this.changeRole(actor, input, 'grant');
  }

  async revokeRole(actor: AuthUser, input: RevokeRoleInput): Promise<UserEntity> {
    return this.changeRole(actor, input, 'revoke');
  }

  private async changeRole(
    actor: AuthUser,
    input: GrantRoleInput,
    kind: 'grant' | 'revoke',
  ): Promise<UserEntity> {
    const { user: subject, person } = await this.administeredPerson(input.userId);
    const icsId = await this.roleScope(input);
    if (!canChangeRole(actor, person, input.role, icsId)) {
      throw new UsersException(UsersErrorCode.NotAllowedToGrant);
    }
    await this.users.transaction(async (manager) => {
      if (kind === 'revoke' && input.role === Role.REGIONAL_ADMIN) {
        const active = await this.users.lockAndCountActiveRegionalAdmins(manager);
        const holds = person.roles.some((r) => r.role === Role.REGIONAL_ADMIN);
        if (holds && removesLastRegionalAdmin(input.role, active)) {
          throw new UsersException(UsersErrorCode.LastRegionalAdmin);
        }
      }
      const changed =
        kind === 'grant'
          ? await this.users.addRole(manager, subject.id, input.role, icsId, actor.id)
          : await this.users.removeRole(manager, subject.id, input.role, icsId);
      if (changed) {
        await this.audit.record(
          {
            actorId: actor.id,
            actor,
            action: kind === 'grant' ? 'role.granted' : 'role.revoked',
            targetType: 'user',
            targetId: subject.id,
            details: { role: input.role, icsOdsCode: input.icsOdsCode ?? null },
            before: { hasRole: kind !== 'grant' },
            after: { hasRole: kind === 'grant' },
            icsIds: [...person.icsIds, icsId],
          },
          manager,
        );
      }
    });
    return subject;
  }

  /**
   * The person an admin acts on, with their roles and their organisation's
   * ICSs (for admin-people.policy); NOT_FOUND when unknown.
   */
  async administeredPerson(userId: string): Promise<{ user: UserEntity; person: AdministeredPerson }> {
    const user = isUuid(userId) ? await this.users.findById(userId) : null;
    if (!user) throw new UsersException(UsersErrorCode.UserNotFound);
    const [roles, icsIds] = await Promise.all([
      this.users.findRolesByUserIds([user.id]),
      user.organisationId ? this.directory.icsIdsOfOrganisation(user.organisationId) : [],
    ]);
    return {
      user,
      person: { id: user.id, roles: roles.map((r) => ({ role: r.role, icsId: r.icsId })), icsIds },
    };
  }

  /**
   * Suspends or restores a whole account (admin-people.policy canSuspend), in
   * one transaction with `alongside` (auth revokes the sessions there), audited
   * with the reason only. A second click is CONFLICT.
   */
  async setAccountSuspension(
    actor: AuthUser,
    change: { userId: string; suspend: true; reason: string; at: Date } | { userId: string; suspend: false },
    alongside: (manager: EntityManager, userId: string) => Promise<void>,
  ): Promise<UserEntity> {
    const reason = change.suspend ? change.reason.trim() : '';
    if (change.suspend && (!reason || reason.length > 500)) {
      throw new UsersException(UsersErrorCode.SuspensionReasonRequired);
    }
    const { user, person } = await this.administeredPerson(change.userId);
    const decision = canSuspend(actor, person);
    if (decision === 'self') throw new UsersException(UsersErrorCode.CannotSuspendSelf);
    if (decision === 'forbidden') throw new UsersException(UsersErrorCode.NotAllowedToAdminister);
    await this.users.transaction(async (manager) => {
      const changed = change.suspend
        ? await this.users.markAccountSuspended(manager, user.id, { by: actor.id, reason, at: change.at })
        : await this.users.markAccountRestored(manager, user.id);
      if (!changed) {
        throw new UsersException(change.suspend ? UsersErrorCode.AlreadySuspended : UsersErrorCode.NotSuspended);
      }
      await alongside(manager, user.id);
      await this.audit.record(
        {
          actorId: actor.id,
          action: change.suspend ? 'user.suspended' : 'user.restored',
          targetType: 'user',
          targetId: user.id,
          details: change.suspend ? { reason } : {},
        },
        manager,
      );
    });
    return (await this.users.findById(user.id)) ?? user;
  }

  private async roleScope(input: GrantRoleInput): Promise<string | null> {
    if (input.role !== Role.ICS_ADMIN) {
      if (input.icsOdsCode) throw new UsersException(UsersErrorCode.IcsNotAllowed);
      return null;
    }
    if (!input.icsOdsCode) throw new UsersException(UsersErrorCode.IcsRequired);
    const ics = await this.directory.findIcsByOdsCode(input.icsOdsCode);
    if (!ics) throw new UsersException(UsersErrorCode.IcsNotFound);
    return ics.id;
  }

}

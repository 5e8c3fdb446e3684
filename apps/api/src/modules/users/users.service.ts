import { Injectable } from '@nestjs/common';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import { badInput } from '../../common/errors/domain.exception';
import { isUuid } from '../../common/ids/uuid';
import { AuditService } from '../audit/audit.service';
import { DirectoryRepository } from '../directory/directory.repository';
import type { UserEntity } from './entities/user.entity';
import { PEOPLE_MAX_RESULTS } from './graphql/people.args';
import type { GrantRoleInput, RevokeRoleInput } from './graphql/users.inputs';
import { UsersErrorCode, UsersException } from './users.exception';
import { canGrantRole, canViewProfile } from './users.policy';
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
    const subject = await this.users.findById(input.userId);
    if (!subject) throw new UsersException(UsersErrorCode.UserNotFound);
    const subjectIcsIds = subject.organisationId
      ? await this.users.icsIdsOfOrganisation(subject.organisationId)
      : [];
    if (!canGrantRole(actor, input.role, subjectIcsIds)) {
      throw new UsersException(UsersErrorCode.NotAllowedToGrant);
    }
    const icsId = await this.roleScope(input);
    await this.users.transaction(async (manager) => {
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
            icsIds: [...subjectIcsIds, icsId],
          },
          manager,
        );
      }
    });
    return subject;
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

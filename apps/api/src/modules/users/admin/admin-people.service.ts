import { Injectable } from '@nestjs/common';

import type { AuthUser } from '../../../common/auth/auth-user';
import { forbidden } from '../../../common/errors/domain.exception';
import { pageRequest, toConnection } from '../../../common/graphql/pagination';
import type { Connection } from '../../../common/graphql/pagination';
import { DirectoryRepository } from '../../directory/directory.repository';
import type { UserEntity } from '../entities/user.entity';
import type { UserModel } from '../graphql/user.model';
import { toUserModel } from '../users.mapper';
import { UsersErrorCode, UsersException } from '../users.exception';
import { UsersService } from '../users.service';
import type { AdminPeopleArgs } from './admin-people.models';
import { adminScope, canAdministerPerson, scopedIcsFilter } from './admin-people.policy';
import { AdminPeopleRepository } from './admin-people.repository';

/** The admin people pages: search within the admin's scope, and one person. */
@Injectable()
export class AdminPeopleService {
  constructor(
    private readonly repo: AdminPeopleRepository,
    private readonly users: UsersService,
    private readonly directory: DirectoryRepository,
  ) {}

  async search(actor: AuthUser, args: AdminPeopleArgs): Promise<Connection<UserModel>> {
    const scope = adminScope(actor);
    if (!scope) throw forbidden();
    const filter = args.filter ?? {};
    let requestedIcsId: string | null = null;
    if (filter.icsOdsCode) {
      const ics = await this.directory.findIcsByOdsCode(filter.icsOdsCode);
      if (!ics) throw new UsersException(UsersErrorCode.IcsNotFound);
      requestedIcsId = ics.id;
    }
    const icsIds = scopedIcsFilter(scope, requestedIcsId);
    let organisationIds = icsIds ? await this.directory.organisationIdsInIcss(icsIds) : null;
    if (filter.organisationId) {
      organisationIds =
        !organisationIds || organisationIds.includes(filter.organisationId)
          ? [filter.organisationId]
          : [];
    }
    const page = pageRequest(args);
    const [rows, total] = await this.repo.findPage(
      {
        search: filter.search?.trim() || null,
        organisationIds,
        role: filter.role ?? null,
        status: filter.status ?? null,
      },
      page,
    );
    return toConnection(rows, total, page, toUserModel);
  }

  /** One person for an admin: NOT_FOUND when unknown, FORBIDDEN outside an ICS admin's ICSs. */
  async person(actor: AuthUser, id: string): Promise<UserEntity> {
    const { user, person } = await this.users.administeredPerson(id);
    if (!canAdministerPerson(actor, person))
      throw new UsersException(UsersErrorCode.NotAllowedToAdminister);
    return user;
  }
}

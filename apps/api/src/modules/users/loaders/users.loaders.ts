import DataLoader from 'dataloader';

import { byKey, groupBy } from '../../../common/loaders/loader-utils';
import type { RoleAssignmentEntity } from '../entities/role-assignment.entity';
import type { UserEntity } from '../entities/user.entity';
import type { UsersRepository } from '../users.repository';

export const userByIdLoader = (repo: UsersRepository) =>
  new DataLoader<string, UserEntity | null>(async (ids) =>
    byKey(ids, await repo.findByIds(ids), (row) => row.id),
  );

export const rolesByUserIdLoader = (repo: UsersRepository) =>
  new DataLoader<string, RoleAssignmentEntity[]>(async (ids) =>
    groupBy(ids, await repo.findRolesByUserIds(ids), (row) => row.userId),
  );

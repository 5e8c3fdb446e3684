import { defineLoaders } from '../../../common/loaders/request-loaders';
import { UsersRepository } from '../users.repository';
import { rolesByUserIdLoader, userByIdLoader } from './users.loaders';

/** Users' DataLoaders, fresh for each request. */
const usersLoaders = (repo: UsersRepository) => ({
  userById: userByIdLoader(repo),
  rolesByUserId: rolesByUserIdLoader(repo),
});

type UsersLoaders = ReturnType<typeof usersLoaders>;

declare module '../../../common/loaders/request-loaders' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the users loaders to the bag
  interface RequestLoaders extends UsersLoaders {}
}

/** Contributes the users loaders to `ctx.loaders` (see common/loaders/request-loaders.ts). */
export const UsersLoadersContribution = defineLoaders('users', [UsersRepository], usersLoaders);

import type { UserEntity } from './entities/user.entity';
import type { UserModel } from './graphql/user.model';

export const toUserModel = (e: UserEntity): UserModel => ({
  id: e.id,
  name: e.name,
  email: e.email,
  organisationId: e.organisationId,
  verified: e.verifiedAt !== null,
  verificationMethod: e.verificationMethod,
  createdAt: e.createdAt,
});

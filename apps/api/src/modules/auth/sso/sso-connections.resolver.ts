import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Public } from '../../../common/auth/public.decorator';
import { Roles } from '../../../common/auth/roles.decorator';
import {
  CreateSsoConnectionInput,
  SsoConnectionModel,
  SsoConnectionOptionModel,
  UpdateSsoConnectionInput,
} from './graphql/sso.models';
import { SsoConnectionsService } from './sso-connections.service';
import type { SsoConnectionRow } from './sso-connections.repository';

/** Organisation sign-in connections: regional admins manage them; anyone may ask which one serves an address. */
@Resolver(() => SsoConnectionModel)
export class SsoConnectionsResolver {
  constructor(private readonly connections: SsoConnectionsService) {}

  @Roles(Role.REGIONAL_ADMIN)
  @Query(() => [SsoConnectionModel], {
    description: 'Organisation sign-in connections (regional admins).',
  })
  async ssoConnections(): Promise<SsoConnectionModel[]> {
    return (await this.connections.list()).map((c) => this.toModel(c));
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Query(() => SsoConnectionModel, { description: 'One connection (regional admins).' })
  async ssoConnection(@Args('id', { type: () => ID }) id: string): Promise<SsoConnectionModel> {
    return this.toModel(await this.connections.get(id));
  }

  @Public()
  @Query(() => SsoConnectionOptionModel, {
    nullable: true,
    description:
      'The organisation sign-in that serves this address’s domain, or null (then sign in with a password).',
  })
  async ssoConnectionForEmail(
    @Args('email', { type: () => String }) email: string,
  ): Promise<SsoConnectionOptionModel | null> {
    const found = email.length <= 320 ? await this.connections.forEmail(email) : null;
    return found ? { displayName: found.displayName } : null;
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => SsoConnectionModel, {
    description:
      'Add an organisation sign-in connection (regional admins). Audited without the secret.',
  })
  async createSsoConnection(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateSsoConnectionInput,
  ): Promise<SsoConnectionModel> {
    return this.toModel(await this.connections.create(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => SsoConnectionModel, {
    description: 'Change a connection (regional admins). Audited without the secret.',
  })
  async updateSsoConnection(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateSsoConnectionInput,
  ): Promise<SsoConnectionModel> {
    return this.toModel(await this.connections.update(actor, input));
  }

  @Roles(Role.REGIONAL_ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Delete a connection and its linked identities; the accounts stay (regional admins). Audited.',
  })
  deleteSsoConnection(
    @CurrentUser() actor: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    return this.connections.delete(actor, id);
  }

  private toModel(c: SsoConnectionRow): SsoConnectionModel {
    return {
      id: c.id,
      displayName: c.displayName,
      issuer: c.issuer,
      clientId: c.clientId,
      emailDomains: c.emailDomains,
      verifiesMembership: c.verifiesMembership,
      redirectUrl: this.connections.redirectUrl,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

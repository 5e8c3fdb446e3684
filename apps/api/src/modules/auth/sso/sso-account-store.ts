import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { Role } from '@mic/shared-util';

import { AuditService } from '../../audit/audit.service';
import type { AuditEntry } from '../../audit/audit.service';
import { DirectoryRepository } from '../../directory/directory.repository';
import type { UserEntity } from '../../users/entities/user.entity';
import { UsersRepository } from '../../users/users.repository';
import { SsoFlowsRepository } from './sso-flows.repository';
import { emailDomainOf } from './sso.policy';

/** The users, directory and audit sides of organisation sign-in, through their owners' exported services. */
@Injectable()
export class SsoAccountStore {
  constructor(
    private readonly users: UsersRepository,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditService,
    private readonly flows: SsoFlowsRepository,
  ) {}

  findUser(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email);
  }

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.record(entry, manager);
  }

  /**
   * Creates the account from verified claims, with a membership of the one
   * organisation that lists the address's domain (none when no organisation
   * or several do), and links the provider account. Null when the email was
   * taken meanwhile.
   */
  async createFromClaims(
    claims: {
      email: string;
      name: string;
      subject: string;
      connectionId: string;
      verifiesMembership: boolean;
    },
    now: Date,
  ): Promise<UserEntity | null> {
    const domain = emailDomainOf(claims.email) ?? '';
    const organisations = await this.directory.organisationIdsWithEmailDomain(domain);
    const organisationId = organisations.length === 1 ? organisations[0] : null;
    return this.flows.transaction(async (manager) => {
      const user = await this.users.insertUserFromOrganisationSignIn(
        manager,
        {
          email: claims.email,
          name: claims.name,
          organisationId,
          verified: claims.verifiesMembership,
        },
        Role.MEMBER,
      );
      if (!user) return null;
      await this.flows.insertIdentity(
        manager,
        { userId: user.id, connectionId: claims.connectionId, subject: claims.subject },
        now,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'sso.account_created',
          targetType: 'user',
          targetId: user.id,
          details: {
            connectionId: claims.connectionId,
            organisationId,
            membershipStatus: user.membershipStatus,
          },
        },
        manager,
      );
      return user;
    });
  }
}

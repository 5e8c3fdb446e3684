import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { DirectoryModule } from '../directory/directory.module';
import { MembershipFieldsResolver, MembershipResolver } from './membership/membership.resolver';
import { MembershipRepository } from './membership/membership.repository';
import { MembershipService } from './membership/membership.service';
import { MembershipVerifiedHooks } from './membership/membership-verified';
import { OrganisationRequestsResolver } from './membership/organisation-requests.resolver';
import { OrganisationRequestsService } from './membership/organisation-requests.service';
import { PeopleProfileResolver } from './people-profile.resolver';
import { PeopleResolver } from './people.resolver';
import { RoleAssignmentResolver, UsersResolver } from './users.resolver';
import { PeopleSearchSource } from './users.search-source';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';
import { UsersLoadersContribution } from './loaders/users.loaders.contribution';
import { UsersAuditActions } from './users.audit-actions';
import { AdminPeopleRepository } from './admin/admin-people.repository';
import { AdminPeopleResolver } from './admin/admin-people.resolver';
import { AdminPeopleService } from './admin/admin-people.service';
import { UsersOrganisationReferences } from './users.organisation-references';
import { UsersPersonalData } from './users.personal-data';
import { UsersAuditScope } from './users.audit-scope';

@Module({
  imports: [DiscoveryModule, DirectoryModule],
  providers: [
    UsersOrganisationReferences,
    PeopleSearchSource,
    UsersAuditActions,
    UsersLoadersContribution,
    UsersRepository,
    UsersService,
    UsersResolver,
    RoleAssignmentResolver,
    PeopleResolver,
    PeopleProfileResolver,
    MembershipRepository,
    MembershipService,
    MembershipVerifiedHooks,
    MembershipResolver,
    MembershipFieldsResolver,
    OrganisationRequestsService,
    OrganisationRequestsResolver,
    AdminPeopleRepository,
    AdminPeopleService,
    AdminPeopleResolver,
    UsersPersonalData,
    UsersAuditScope,
  ],
  exports: [UsersService, UsersRepository, MembershipService],
})
export class UsersModule {}

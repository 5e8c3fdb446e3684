import { Injectable } from '@nestjs/common';

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { hasRole } from '../../../common/auth/auth-user';
import { AuditService } from '../../audit/audit.service';
import { DirectoryRepository } from '../../directory/directory.repository';
import { DirectoryService } from '../../directory/directory.service';
import {
  OrganisationRequestStatus,
  type OrganisationRequestEntity,
} from '../entities/organisation-request.entity';
import { notFound } from '../../../common/errors/domain.exception';
import type {
  CreateRequestedOrganisationInput,
  MatchOrganisationRequestInput,
  RejectOrganisationRequestInput,
  RequestOrganisationInput,
} from '../graphql/membership.inputs';
import { UsersErrorCode, UsersException } from '../users.exception';
import { adminIcsIds, canDecideOrganisationRequest, PUBLIC_EMAIL_DOMAINS } from './membership.policy';
import { MembershipRepository } from './membership.repository';
import { MembershipService } from './membership.service';

const LIST_LIMIT = 200;

/**
 * "My organisation is not listed": a person asks for it; a regional admin or
 * an ICS admin of the named ICS creates it (the requester is then asked to
 * join it, and verified at once if their confirmed work email is on its
 * domain) or rejects the request with a reason.
 */
@Injectable()
export class OrganisationRequestsService {
  constructor(
    private readonly repo: MembershipRepository,
    private readonly directory: DirectoryRepository,
    private readonly directoryService: DirectoryService,
    private readonly membership: MembershipService,
    private readonly audit: AuditService,
  ) {}

  async request(actor: AuthUser, input: RequestOrganisationInput): Promise<OrganisationRequestEntity> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (await this.directory.findOrganisationByName(name)) {
      throw new UsersException(UsersErrorCode.OrganisationAlreadyListed);
    }
    const types = await this.directory.findOrganisationTypes();
    if (!types.some((t) => t.key === input.typeKey)) {
      throw new UsersException(UsersErrorCode.UnknownOrganisationType);
    }
    const ics = await this.directory.findIcsByOdsCode(input.icsOdsCode);
    if (!ics) throw new UsersException(UsersErrorCode.IcsNotFound);
    const emailDomain = input.emailDomain?.trim().toLowerCase().replace(/^@/, '') || null;
    if (emailDomain && PUBLIC_EMAIL_DOMAINS.has(emailDomain)) {
      throw new UsersException(UsersErrorCode.PublicEmailDomain);
    }
    if (await this.repo.openRequestOf(actor.id)) {
      throw new UsersException(UsersErrorCode.OrganisationRequestOpen);
    }
    try {
      return await this.repo.transaction(async (manager) => {
        const request = await this.repo.insertOrganisationRequest(manager, {
          requestedById: actor.id,
          name,
          typeKey: input.typeKey,
          icsId: ics.id,
          website: input.website?.trim() || null,
          emailDomain,
        });
        await this.audit.record(
          {
            actorId: actor.id,
            action: 'organisation.requested',
            targetType: 'organisation_request',
            targetId: request.id,
            details: { name, icsOdsCode: ics.odsCode },
          },
          manager,
        );
        return request;
      });
    } catch (error) {
      // Two clicks at once: the partial unique index keeps one open request per person.
      if ((error as { code?: string }).code === '23505') {
        throw new UsersException(UsersErrorCode.OrganisationRequestOpen);
      }
      throw error;
    }
  }

  mine(actor: AuthUser): Promise<OrganisationRequestEntity[]> {
    return this.repo.requestsOf(actor.id);
  }

  list(actor: AuthUser, status: OrganisationRequestStatus): Promise<OrganisationRequestEntity[]> {
    return this.repo.organisationRequests(
      status,
      { all: hasRole(actor, Role.REGIONAL_ADMIN), icsIds: adminIcsIds(actor) },
      LIST_LIMIT,
    );
  }

  /** Creates the organisation (as the admin may edit it first) and asks the requester to join it. */
  async create(actor: AuthUser, input: CreateRequestedOrganisationInput): Promise<OrganisationRequestEntity> {
    const request = await this.decidable(actor, input.requestId);
    // Claim the request first so two admins cannot both create it.
    const claimed = await this.repo.transaction((manager) =>
      this.repo.decideOrganisationRequest(manager, request.id, {
        status: OrganisationRequestStatus.CREATED,
        organisationId: null,
        decidedById: actor.id,
        decisionNote: null,
      }),
    );
    if (!claimed) throw new UsersException(UsersErrorCode.OrganisationRequestDecided);
    const ics = (await this.directory.findIcssByIds([request.icsId]))[0];
    const emailDomain = input.emailDomain?.trim().toLowerCase().replace(/^@/, '') ?? request.emailDomain;
    let organisationId: string;
    try {
      const organisation = await this.directoryService.createOrganisation(actor, {
        name: (input.name ?? request.name).trim(),
        type: input.typeKey ?? request.typeKey,
        icsOdsCodes: [ics.odsCode],
        website: input.website ?? request.website ?? undefined,
        emailDomains: emailDomain ? [emailDomain] : [],
      });
      organisationId = organisation.id;
    } catch (error) {
      await this.repo.reopenOrganisationRequest(request.id);
      throw error;
    }
    await this.repo.transaction(async (manager) => {
      await this.repo.setRequestOrganisation(manager, request.id, organisationId);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation_request.created',
          targetType: 'organisation_request',
          targetId: request.id,
          details: { organisationId },
        },
        manager,
      );
    });
    await this.membership.joinCreatedOrganisation(request.requestedById, organisationId);
    return (await this.repo.findOrganisationRequest(request.id)) as OrganisationRequestEntity;
  }

  /** Approves a request by pointing it at an organisation already listed; the requester is asked to join it. */
  async match(actor: AuthUser, input: MatchOrganisationRequestInput): Promise<OrganisationRequestEntity> {
    const request = await this.decidable(actor, input.requestId);
    const organisation = await this.directoryService.organisation(input.organisationId);
    if (!organisation) throw notFound('The organisation');
    await this.repo.transaction(async (manager) => {
      const done = await this.repo.decideOrganisationRequest(manager, request.id, {
        status: OrganisationRequestStatus.CREATED,
        organisationId: organisation.id,
        decidedById: actor.id,
        decisionNote: 'Already listed: matched to an existing organisation.',
      });
      if (!done) throw new UsersException(UsersErrorCode.OrganisationRequestDecided);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation_request.matched',
          targetType: 'organisation_request',
          targetId: request.id,
          details: { organisationId: organisation.id },
        },
        manager,
      );
    });
    await this.membership.joinCreatedOrganisation(request.requestedById, organisation.id);
    return (await this.repo.findOrganisationRequest(request.id)) as OrganisationRequestEntity;
  }

  async reject(actor: AuthUser, input: RejectOrganisationRequestInput): Promise<OrganisationRequestEntity> {
    const request = await this.decidable(actor, input.requestId);
    await this.repo.transaction(async (manager) => {
      const done = await this.repo.decideOrganisationRequest(manager, request.id, {
        status: OrganisationRequestStatus.REJECTED,
        organisationId: null,
        decidedById: actor.id,
        decisionNote: input.reason.trim(),
      });
      if (!done) throw new UsersException(UsersErrorCode.OrganisationRequestDecided);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'organisation_request.rejected',
          targetType: 'organisation_request',
          targetId: request.id,
          details: { reason: input.reason.trim() },
        },
        manager,
      );
    });
    return (await this.repo.findOrganisationRequest(request.id)) as OrganisationRequestEntity;
  }

  private async decidable(actor: AuthUser, id: string): Promise<OrganisationRequestEntity> {
    const request = await this.repo.findOrganisationRequest(id);
    if (!request) throw new UsersException(UsersErrorCode.OrganisationRequestNotFound);
    if (!canDecideOrganisationRequest(actor, request)) {
      throw new UsersException(UsersErrorCode.NotAllowedToDecideRequest);
    }
    if (request.status !== OrganisationRequestStatus.REQUESTED) {
      throw new UsersException(UsersErrorCode.OrganisationRequestDecided);
    }
    return request;
  }
}

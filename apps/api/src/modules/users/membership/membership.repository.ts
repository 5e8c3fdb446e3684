import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { updateReturning } from '../../../database/returned-rows';
import { directoryReadModel } from '../../directory/directory.read-model';
import { EmailConfirmationEntity } from '../entities/email-confirmation.entity';
import {
  OrganisationRequestEntity,
  OrganisationRequestStatus,
} from '../entities/organisation-request.entity';
import { MembershipStatus, UserEntity } from '../entities/user.entity';
import type { VerificationMethod } from '../entities/user.entity';

/** Who sees which pending memberships: every one, those of some ICSs, or of one organisation. */
export interface PendingScope {
  all: boolean;
  icsIds: string[];
  organisationId: string | null;
}

export interface PendingMemberRow {
  userId: string;
  email: string;
  organisationId: string;
  requestedAt: Date;
  emailConfirmed: boolean;
  emailDomainMatches: boolean;
}

/** SQL for memberships, email confirmations and organisation requests; no business rules. */
@Injectable()
export class MembershipRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Asks to join: any earlier verification is dropped (it was for another organisation or was declined). */
  async setRequested(
    manager: EntityManager,
    userId: string,
    organisationId: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE app_user
          SET organisation_id = $2, membership_status = 'REQUESTED', membership_requested_at = now(),
              verified_at = NULL, verification_method = NULL, verified_by_id = NULL,
              membership_declined_at = NULL, membership_declined_by_id = NULL, updated_at = now()
        WHERE id = $1`,
      [userId, organisationId],
    );
  }

  /**
   * Verifies the membership only if it is still a request for `organisationId`
   * (a concurrent change of organisation or a second click changes nothing).
   */
  async markVerified(
    manager: EntityManager,
    userId: string,
    organisationId: string,
    method: VerificationMethod,
    byUserId: string | null,
    fromStatuses: MembershipStatus[] = [MembershipStatus.REQUESTED],
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE app_user
          SET membership_status = 'VERIFIED', verified_at = now(), verification_method = $3,
              verified_by_id = $4, membership_declined_at = NULL, membership_declined_by_id = NULL,
              updated_at = now()
        WHERE id = $1 AND organisation_id = $2 AND membership_status = ANY($5::membership_status[])
        RETURNING id`,
      [userId, organisationId, method, byUserId, fromStatuses],
    );
    return rows.length > 0;
  }

  async markDeclined(
    manager: EntityManager,
    userId: string,
    organisationId: string,
    byUserId: string,
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE app_user
          SET membership_status = 'DECLINED', membership_declined_at = now(),
              membership_declined_by_id = $3, updated_at = now()
        WHERE id = $1 AND organisation_id = $2 AND membership_status = 'REQUESTED'
        RETURNING id`,
      [userId, organisationId, byUserId],
    );
    return rows.length > 0;
  }

  async createConfirmation(
    manager: EntityManager,
    values: { userId: string; email: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await manager.insert(EmailConfirmationEntity, { ...values, usedAt: null });
  }

  /** Uses the token once: returns the person and the address it proves, or null. */
  async consumeConfirmation(
    manager: EntityManager,
    tokenHash: string,
    now: Date,
  ): Promise<{ userId: string; email: string } | null> {
    const rows = await updateReturning<{ user_id: string; email: string }>(
      manager,
      `UPDATE email_confirmation SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING user_id, email`,
      [tokenHash, now],
    );
    return rows[0] ? { userId: rows[0].user_id, email: rows[0].email } : null;
  }

  /** Whether the token exists but was used already (for a kinder message on a second click). */
  async confirmationState(tokenHash: string): Promise<'USED' | 'EXPIRED' | 'UNKNOWN'> {
    const row = await this.db.getRepository(EmailConfirmationEntity).findOneBy({ tokenHash });
    if (!row) return 'UNKNOWN';
    return row.usedAt ? 'USED' : 'EXPIRED';
  }

  async markEmailConfirmed(
    manager: EntityManager,
    userId: string,
    email: string,
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE app_user SET email_confirmed_at = coalesce(email_confirmed_at, now()), updated_at = now()
        WHERE id = $1 AND email = $2 RETURNING id`,
      [userId, email],
    );
    return rows.length > 0;
  }

  findUser(manager: EntityManager, userId: string): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id: userId });
  }

  /** People waiting to join, oldest first, within the scope. */
  async pendingMembers(scope: PendingScope, limit: number): Promise<PendingMemberRow[]> {
    if (!scope.all && !scope.icsIds.length && !scope.organisationId) return [];
    const rows: {
      id: string;
      email: string;
      organisation_id: string;
      membership_requested_at: Date;
      email_confirmed: boolean;
      domain_matches: boolean;
    }[] = await this.db.query(
      `SELECT u.id, u.email, u.organisation_id, u.membership_requested_at,
              u.email_confirmed_at IS NOT NULL AS email_confirmed,
              split_part(u.email, '@', 2) = ANY(o.email_domains) AS domain_matches
         FROM app_user u JOIN ${directoryReadModel.organisations} o ON o.id = u.organisation_id
        WHERE u.membership_status = 'REQUESTED'
          AND ($1::boolean
               OR u.organisation_id = $2::uuid
               OR ${directoryReadModel.organisationInAnyIcs('u.organisation_id', '$3::uuid[]')})
        ORDER BY u.membership_requested_at, u.id
        LIMIT $4`,
      [scope.all, scope.organisationId, scope.icsIds, limit],
    );
    return rows.map((r) => ({
      userId: r.id,
      email: r.email,
      organisationId: r.organisation_id,
      requestedAt: r.membership_requested_at,
      emailConfirmed: r.email_confirmed,
      emailDomainMatches: r.domain_matches,
    }));
  }

  // Organisation requests ("my organisation is not listed")

  insertOrganisationRequest(
    manager: EntityManager,
    values: Pick<
      OrganisationRequestEntity,
      'requestedById' | 'name' | 'typeKey' | 'icsId' | 'website' | 'emailDomain'
    >,
  ): Promise<OrganisationRequestEntity> {
    const repo = manager.getRepository(OrganisationRequestEntity);
    return repo.save(
      repo.create({
        ...values,
        status: OrganisationRequestStatus.REQUESTED,
        organisationId: null,
        decidedById: null,
        decidedAt: null,
        decisionNote: null,
      }),
    );
  }

  findOrganisationRequest(id: string): Promise<OrganisationRequestEntity | null> {
    return this.db.getRepository(OrganisationRequestEntity).findOneBy({ id });
  }

  openRequestOf(userId: string): Promise<OrganisationRequestEntity | null> {
    return this.db
      .getRepository(OrganisationRequestEntity)
      .findOneBy({ requestedById: userId, status: OrganisationRequestStatus.REQUESTED });
  }

  requestsOf(userId: string): Promise<OrganisationRequestEntity[]> {
    return this.db
      .getRepository(OrganisationRequestEntity)
      .find({ where: { requestedById: userId }, order: { createdAt: 'DESC' }, take: 20 });
  }

  /** Requests in a status, oldest first, limited to some ICSs unless `all`. */
  async organisationRequests(
    status: OrganisationRequestStatus,
    scope: { all: boolean; icsIds: string[] },
    limit: number,
  ): Promise<OrganisationRequestEntity[]> {
    if (!scope.all && !scope.icsIds.length) return [];
    const qb = this.db
      .getRepository(OrganisationRequestEntity)
      .createQueryBuilder('r')
      .where('r.status = :status', { status });
    if (!scope.all) qb.andWhere('r.ics_id = ANY(:icsIds)', { icsIds: scope.icsIds });
    return qb
      .orderBy('r.created_at', status === OrganisationRequestStatus.REQUESTED ? 'ASC' : 'DESC')
      .addOrderBy('r.id')
      .take(limit)
      .getMany();
  }

  /** Decides an open request once: false when someone else decided it first. */
  async decideOrganisationRequest(
    manager: EntityManager,
    id: string,
    decision: {
      status: OrganisationRequestStatus;
      organisationId: string | null;
      decidedById: string;
      decisionNote: string | null;
    },
  ): Promise<boolean> {
    const rows = await updateReturning<unknown>(
      manager,
      `UPDATE organisation_request
          SET status = $2, organisation_id = $3, decided_by_id = $4, decision_note = $5, decided_at = now()
        WHERE id = $1 AND status = 'REQUESTED' RETURNING id`,
      [id, decision.status, decision.organisationId, decision.decidedById, decision.decisionNote],
    );
    return rows.length > 0;
  }

  /** Undoes a claim when creating the organisation failed (e.g. the name was taken meanwhile). */
  async reopenOrganisationRequest(id: string): Promise<void> {
    await this.db.query(
      `UPDATE organisation_request SET status = 'REQUESTED', decided_by_id = NULL, decided_at = NULL
        WHERE id = $1 AND status = 'CREATED' AND organisation_id IS NULL`,
      [id],
    );
  }

  async setRequestOrganisation(
    manager: EntityManager,
    id: string,
    organisationId: string,
  ): Promise<void> {
    await manager.query('UPDATE organisation_request SET organisation_id = $2 WHERE id = $1', [
      id,
      organisationId,
    ]);
  }
}

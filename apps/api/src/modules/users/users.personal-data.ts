import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { FORMER_MEMBER, PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  AnonymiseOutcome,
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';
import { SearchIndexChanges } from '../../common/search/search-index-changes';

/** The unique, undeliverable address an anonymised account keeps, so the real one can sign up again. */
export function anonymisedEmail(userId: string): string {
  return `former-member-${userId}@anonymised.invalid`;
}

/**
 * The account itself (profile, membership, roles, email confirmations,
 * "organisation not listed" requests). Anonymising keeps the row, so what
 * they wrote stays attributed to "Former member": the name is replaced, the
 * email freed, the password made unusable, roles and membership removed.
 * Runs last, after every other source has read the name and email.
 */
@PersonalDataSource({
  feature: 'users',
  tables: ['app_user', 'role_assignment', 'email_confirmation', 'organisation_request'],
  order: 100,
})
@Injectable()
export class UsersPersonalData implements PersonalDataSourceProvider {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly search: SearchIndexChanges,
  ) {}

  async describe(userId: string, manager: EntityManager): Promise<Partial<PersonalDataSubject>> {
    const rows: { email: string; name: string }[] = await manager.query(
      `SELECT email, name FROM app_user WHERE id = $1`,
      [userId],
    );
    return rows[0] ?? {};
  }

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const [profile] = await this.db.query(
      `SELECT u.id, u.email, u.name, u.created_at AS "createdAt", u.email_confirmed_at AS "emailConfirmedAt",
              u.suspended_until AS "suspendedUntil"
         FROM app_user u WHERE u.id = $1`,
      [subject.userId],
    );
    const [membership] = await this.db.query(
      `SELECT u.organisation_id AS "organisationId", u.membership_status AS "status",
              u.membership_requested_at AS "requestedAt", u.verified_at AS "verifiedAt",
              u.verification_method AS "verificationMethod", u.membership_declined_at AS "declinedAt"
         FROM app_user u WHERE u.id = $1`,
      [subject.userId],
    );
    const roles = await this.db.query(
      `SELECT role, ics_id AS "icsId", created_at AS "grantedAt" FROM role_assignment WHERE user_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    const confirmations = await this.db.query(
      `SELECT email, created_at AS "createdAt", used_at AS "usedAt" FROM email_confirmation WHERE user_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    const requests = await this.db.query(
      `SELECT id, name, website, email_domain AS "emailDomain", status, created_at AS "createdAt", decided_at AS "decidedAt"
         FROM organisation_request WHERE requested_by_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    return [
      { file: 'profile.json', data: { ...profile, emailConfirmations: confirmations } },
      {
        file: 'memberships.json',
        data: { membership: membership ?? null, roles, organisationRequests: requests },
      },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<AnonymiseOutcome> {
    const id = subject.userId;
    await manager.query(`DELETE FROM role_assignment WHERE user_id = $1`, [id]);
    await manager.query(`DELETE FROM email_confirmation WHERE user_id = $1`, [id]);
    await manager.query(
      `UPDATE app_user SET name = $2, email = $3, password_hash = '!anonymised', organisation_id = NULL,
              membership_status = NULL, membership_requested_at = NULL, membership_declined_at = NULL,
              membership_declined_by_id = NULL, verified_at = NULL, verification_method = NULL,
              verified_by_id = NULL, email_confirmed_at = NULL, updated_at = now()
        WHERE id = $1`,
      [id, FORMER_MEMBER, anonymisedEmail(id)],
    );
    return { afterCommit: () => this.search.changed('PERSON', [id]) };
  }
}

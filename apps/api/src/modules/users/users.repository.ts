import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { EntityManager } from 'typeorm';

import type { Role } from '@mic/shared-util';

import { updateReturning } from '../../database/returned-rows';
import { directoryReadModel } from '../directory/directory.read-model';
import { RoleAssignmentEntity } from './entities/role-assignment.entity';
import { UserEntity } from './entities/user.entity';

/** What other modules may know of a user to address them. */
/** Not an argon2 hash: no password ever verifies against it. */
export const UNUSABLE_PASSWORD_HASH = '!organisation-sign-in-only';

export interface UserContact {
  id: string;
  email: string;
  name: string;
  organisationId: string | null;
}

/** All SQL for users and their roles; no business rules. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findById(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  /** Verified members of these organisations (ids only). */
  async verifiedIdsInOrganisations(organisationIds: readonly string[]): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM app_user WHERE organisation_id = ANY($1::uuid[]) AND membership_status = 'VERIFIED'`,
      [organisationIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Verified, non-suspended people whose name contains `term` (case-insensitive,
   * LIKE wildcards escaped); names starting with it first. Never returns emails.
   */
  searchVerifiedPeople(
    term: string,
    limit: number,
  ): Promise<{ id: string; name: string; organisationName: string }[]> {
    const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
    return this.db.query(
      `SELECT u.id, u.name, o.name AS "organisationName"
         FROM app_user u JOIN ${directoryReadModel.organisations} o ON o.id = u.organisation_id
        WHERE u.membership_status = 'VERIFIED'
          AND (u.suspended_until IS NULL OR u.suspended_until < now())
          AND u.name ILIKE '%' || $1 || '%'
        ORDER BY (u.name ILIKE $1 || '%') DESC, u.name, u.id
        LIMIT $2`,
      [escaped, limit],
    );
  }

  /**
   * Name, email and organisation of several users, by name then id (the
   * database's collation). Pass the transaction's manager when holding a row
   * lock: a second pool connection could starve the pool.
   */
  contactsByIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<UserContact[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.query(
      `SELECT id, email, name, organisation_id AS "organisationId" FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY name, id`,
      [[...new Set(ids)]],
    );
  }

  /** Each of these users' organisation (null: none), in no order: what counts need (one statement). */
  async organisationsOf(
    ids: readonly string[],
  ): Promise<{ id: string; organisationId: string | null }[]> {
    if (!ids.length) return [];
    return this.db.query(
      `SELECT id, organisation_id AS "organisationId" FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
  }

  /** Verified members among these people (one statement). */
  async verifiedIds(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND membership_status = 'VERIFIED'`,
      [[...ids]],
    );
    return rows.map((r) => r.id);
  }

  /** Suspends posting for `days` more days (from now, or from a suspension still running). */
  async suspend(manager: EntityManager, userId: string, days: number): Promise<void> {
    await manager.query(
      `UPDATE app_user SET suspended_until = GREATEST(COALESCE(suspended_until, now()), now() + make_interval(days => $2)) WHERE id = $1`,
      [userId, days],
    );
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }

  findRolesByUserIds(ids: readonly string[]): Promise<RoleAssignmentEntity[]> {
    return this.db
      .getRepository(RoleAssignmentEntity)
      .find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  /**
   * Inserts the user and their MEMBER role; CONFLICT-safe via the unique email
   * index. Naming an organisation records a REQUESTED membership only.
   */
  async insertUser(
    manager: EntityManager,
    values: Pick<UserEntity, 'email' | 'name' | 'passwordHash' | 'organisationId'>,
    role: Role,
  ): Promise<UserEntity | null> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, name, password_hash, organisation_id, membership_status, membership_requested_at)
       VALUES ($1, $2, $3, $4::uuid, CASE WHEN $4::uuid IS NULL THEN NULL ELSE 'REQUESTED'::membership_status END,
               CASE WHEN $4::uuid IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [values.email, values.name, values.passwordHash, values.organisationId],
    );
    if (!inserted.length) return null;
    await manager.insert(RoleAssignmentEntity, {
      userId: inserted[0].id,
      role,
      icsId: null,
      scopeKey: '',
      grantedById: null,
    });
    return manager.getRepository(UserEntity).findOneByOrFail({ id: inserted[0].id });
  }

  /**
   * An account created at its first organisation sign-in (docs/adr/0010): the
   * provider verified the address, so it is confirmed; the membership of the
   * matched organisation is VERIFIED (method SSO) when the connection verifies
   * membership, else REQUESTED. The password hash is unusable until the person
   * sets one by "Forgot your password". Null when the email is taken.
   */
  async insertUserFromOrganisationSignIn(
    manager: EntityManager,
    values: { email: string; name: string; organisationId: string | null; verified: boolean },
    role: Role,
  ): Promise<UserEntity | null> {
    const user = await this.insertUser(
      manager,
      {
        email: values.email,
        name: values.name,
        passwordHash: UNUSABLE_PASSWORD_HASH,
        organisationId: values.organisationId,
      },
      role,
    );
    if (!user) return null;
    await manager.query(
      `UPDATE app_user SET email_confirmed_at = now(),
              membership_status = CASE WHEN $2 AND organisation_id IS NOT NULL THEN 'VERIFIED'::membership_status ELSE membership_status END,
              verified_at = CASE WHEN $2 AND organisation_id IS NOT NULL THEN now() ELSE NULL END,
              verification_method = CASE WHEN $2 AND organisation_id IS NOT NULL THEN 'SSO' ELSE NULL END
        WHERE id = $1`,
      [user.id, values.verified],
    );
    return manager.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }

  async updatePasswordHash(
    userId: string,
    passwordHash: string,
    manager?: EntityManager,
  ): Promise<void> {
    await (manager ?? this.db.manager)
      .getRepository(UserEntity)
      .update({ id: userId }, { passwordHash });
  }

  /** Returns true when a new assignment was created. */
  async addRole(
    manager: EntityManager,
    userId: string,
    role: Role,
    icsId: string | null,
    grantedById: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO role_assignment (user_id, role, ics_id, scope_key, granted_by_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, role, scope_key) DO NOTHING RETURNING id`,
      [userId, role, icsId, icsId ?? '', grantedById],
    );
    return rows.length > 0;
  }

  async removeRole(
    manager: EntityManager,
    userId: string,
    role: Role,
    icsId: string | null,
  ): Promise<boolean> {
    const result = await manager.delete(RoleAssignmentEntity, {
      userId,
      role,
      scopeKey: icsId ?? '',
    });
    return (result.affected ?? 0) > 0;
  }

  /** Suspends the whole account (admin); false when it already was. */
  async markAccountSuspended(
    manager: EntityManager,
    userId: string,
    values: { by: string; reason: string; at: Date },
  ): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE app_user SET account_suspended_at = $2, account_suspended_by_id = $3, account_suspension_reason = $4
          WHERE id = $1 AND account_suspended_at IS NULL RETURNING id`,
      [userId, values.at, values.by, values.reason],
    );
    return rows.length > 0;
  }

  /** Lifts an admin's suspension; false when the account was not suspended. */
  async markAccountRestored(manager: EntityManager, userId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE app_user SET account_suspended_at = NULL, account_suspended_by_id = NULL, account_suspension_reason = NULL
          WHERE id = $1 AND account_suspended_at IS NOT NULL RETURNING id`,
      [userId],
    );
    return rows.length > 0;
  }

  /**
   * Regional admins whose account is not suspended, counted under a
   * transaction-scoped lock so two revocations cannot both pass the
   * "not the last one" check.
   */
  async lockAndCountActiveRegionalAdmins(manager: EntityManager): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('regional-admins', 0))`);
    const rows: { n: string }[] = await manager.query(
      `SELECT count(DISTINCT ra.user_id) AS n FROM role_assignment ra JOIN app_user u ON u.id = ra.user_id
        WHERE ra.role = 'REGIONAL_ADMIN' AND u.account_suspended_at IS NULL`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

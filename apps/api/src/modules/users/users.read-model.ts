import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { UserEntity } from './entities/user.entity';

/**
 * The users module's read model: what other modules' statements may read of
 * people and their roles, as SQL they compose into their own statement
 * (house style §4, "Tables have one owner"). `app_user` and
 * `role_assignment` are named only in the users module; a caller depends on
 * the columns listed here, and the rules behind them (what a verified member
 * or an active account is) stay in users.
 *
 * Each relation is a plain sub-select: PostgreSQL pulls it up into the
 * caller's statement, so the plan is the one a direct join would get.
 */
export const usersReadModel = {
  /**
   * People, as a relation: `id`, `name`, `email`, `organisation_id`,
   * `created_at`, and `verified_member` (a VERIFIED member of
   * `organisation_id`).
   */
  people: `(SELECT id, name, email, organisation_id, created_at,
                   membership_status = 'VERIFIED' AS verified_member
              FROM app_user)`,

  /**
   * Accounts that may act (not suspended by an admin), as the session and
   * access-token checks need them, as a relation: `id`, `name`, `email`,
   * `organisation_id`, `membership_status`, `created_at`, and `roles` (a JSON
   * array of `{ role, icsId }`, null when the person has none).
   */
  activeAccounts: `(SELECT u.id, u.name, u.email, u.organisation_id, u.membership_status, u.created_at,
                           (SELECT json_agg(json_build_object('role', ra.role, 'icsId', ra.ics_id))
                              FROM role_assignment ra WHERE ra.user_id = u.id) AS roles
                      FROM app_user u
                     WHERE u.account_suspended_at IS NULL)`,

  /**
   * Maps the user whose id is in `idColumn` onto `property` of a query
   * builder's rows (a whole `UserEntity`, as the `userById` loader holds it;
   * undefined when none), in the builder's one statement.
   */
  joinUser<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    property: string,
    alias: string,
    idColumn: string,
  ): SelectQueryBuilder<T> {
    return qb.leftJoinAndMapOne(property, UserEntity, alias, `${alias}.id = ${idColumn}`);
  },
} as const;

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Sessions, password reset links, personal access tokens and organisation
 * sign-in identities. Exported without token hashes; deleted with the account
 * (so no session, link, token or organisation sign-in can ever reach it
 * again). Failed sign-in counters (`sign_in_attempt`) hold only hashed keys,
 * no user id. Sign-in connections an admin created lose the link to them.
 */
@PersonalDataSource({
  feature: 'auth',
  tables: [
    'session',
    'password_reset_token',
    'access_token',
    'user_sso_identity',
    'sso_pending_link',
    'sso_connection',
  ],
})
@Injectable()
export class AuthPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const sessions = await this.db.query(
      `SELECT id, user_agent AS "userAgent", ip, created_at AS "createdAt", last_used_at AS "lastUsedAt",
              expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM session WHERE user_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    const resets = await this.db.query(
      `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM password_reset_token WHERE user_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    const accessTokens = await this.db.query(
      `SELECT id, name, scope, created_at AS "createdAt", expires_at AS "expiresAt",
              last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
         FROM access_token WHERE user_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    const organisationSignIns = await this.db.query(
      `SELECT i.subject, c.display_name AS "connection", i.created_at AS "linkedAt",
              i.last_sign_in_at AS "lastSignInAt"
         FROM user_sso_identity i JOIN sso_connection c ON c.id = i.connection_id
        WHERE i.user_id = $1 ORDER BY i.created_at`,
      [subject.userId],
    );
    const connectionsCreated = await this.db.query(
      `SELECT id, display_name AS "displayName", created_at AS "createdAt"
         FROM sso_connection WHERE created_by_id = $1 ORDER BY created_at`,
      [subject.userId],
    );
    return [
      {
        file: 'sign-in.json',
        data: {
          sessions,
          passwordResetLinks: resets,
          accessTokens,
          organisationSignIns,
          signInConnectionsCreated: connectionsCreated,
        },
      },
    ];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM session WHERE user_id = $1`, [subject.userId]);
    await manager.query(`DELETE FROM password_reset_token WHERE user_id = $1`, [subject.userId]);
    await manager.query(`DELETE FROM access_token WHERE user_id = $1`, [subject.userId]);
    await manager.query(`DELETE FROM sso_pending_link WHERE user_id = $1`, [subject.userId]);
    await manager.query(`DELETE FROM user_sso_identity WHERE user_id = $1`, [subject.userId]);
    await manager.query(`UPDATE sso_connection SET created_by_id = NULL WHERE created_by_id = $1`, [
      subject.userId,
    ]);
  }
}

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
 * Sessions and password reset links. Exported without token hashes; deleted
 * with the account (so no session or link can ever work again). Failed
 * sign-in counters (`sign_in_attempt`) hold only hashed keys, no user id.
 */
@PersonalDataSource({ feature: 'auth', tables: ['session', 'password_reset_token'] })
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
    return [{ file: 'sign-in.json', data: { sessions, passwordResetLinks: resets } }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM session WHERE user_id = $1`, [subject.userId]);
    await manager.query(`DELETE FROM password_reset_token WHERE user_id = $1`, [subject.userId]);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { scrubParams, scrubText } from '../../common/privacy/personal-data-sql';
import { PersonalDataSource } from '../../common/privacy/personal-data-source';
import type {
  PersonalDataPart,
  PersonalDataSourceProvider,
  PersonalDataSubject,
} from '../../common/privacy/personal-data-source';

/**
 * Emails sent to them (exported without attachments; deleted with the
 * account), and others' emails naming them (name replaced).
 */
@PersonalDataSource({ feature: 'mail', tables: ['mail_message'] })
@Injectable()
export class MailPersonalData implements PersonalDataSourceProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportFor(subject: PersonalDataSubject): Promise<PersonalDataPart[]> {
    const id = subject.userId;
    if (!subject.email) return [{ file: 'emails.json', data: [] }];
    const emails = await this.db.query(
      `SELECT id, subject, text_body AS "text", status, created_at AS "createdAt", sent_at AS "sentAt" FROM mail_message WHERE lower(to_address) = lower($1) ORDER BY created_at`,
      [subject.email],
    );
    void id;
    return [{ file: 'emails.json', data: emails }];
  }

  async anonymise(subject: PersonalDataSubject, manager: EntityManager): Promise<void> {
    const id = subject.userId;
    const [name, email] = scrubParams(subject);
    void id;
    await manager.query(`DELETE FROM mail_message WHERE lower(to_address) = lower($1)`, [email]);
    await manager.query(
      `UPDATE mail_message SET subject = ${scrubText('subject', 1)}, text_body = ${scrubText('text_body', 1)}, html_body = ${scrubText('html_body', 1)} WHERE subject LIKE '%' || $1 || '%' OR text_body LIKE '%' || $1 || '%' OR text_body LIKE '%' || $2 || '%' OR html_body LIKE '%' || $1 || '%'`,
      [name, email],
    );
  }
}

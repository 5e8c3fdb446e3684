import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';

import { appLogger } from '../../common/logging/json-logger';
import { mailConfig } from '../../config/app.config';
import { updateReturning } from '../../database/returned-rows';
import { JobsService } from '../jobs/jobs.service';
import type { MailAttachment } from './entities/mail-message.entity';
import { MailMessageEntity } from './entities/mail-message.entity';

export const MAIL_QUEUE = 'mail.send';
export const MAIL_REQUEUE_QUEUE = 'mail.requeue-stale';

export interface OutgoingMail {
  /** Unique per logical email, e.g. `registration-confirmed:<registrationId>`. */
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  headers?: Record<string, string>;
  /**
   * Idempotency-key patterns (SQL LIKE) of queued messages this one makes
   * stale: those not yet sending or sent are marked SUPERSEDED in the same
   * transaction and never delivered (e.g. "you are on the waiting list" once
   * "your place is confirmed" is queued for the same registration).
   */
  supersedes?: string[];
}

/**
 * Email through the outbox and the job queue. `enqueue` inside a business
 * transaction makes the email part of it; the job sends over SMTP and marks
 * the row SENT, so a retried or duplicated job never sends twice.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private transport?: Transporter;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ messageId: string }>(MAIL_QUEUE, async ({ messageId }) => {
      await this.deliver(messageId);
    }, { dedupeWaiting: true });
    this.jobs.register(MAIL_REQUEUE_QUEUE, async () => {
      await this.requeueStale();
    }, '*/5 * * * *');
  }

  /** Returns the outbox id, or null when this idempotency key was already used. */
  async enqueue(mail: OutgoingMail, manager?: EntityManager): Promise<string | null> {
    const target = manager ?? this.db.manager;
    if (mail.supersedes?.length) {
      await target.query(
        `UPDATE mail_message SET status = 'SUPERSEDED'
          WHERE status IN ('PENDING', 'FAILED') AND idempotency_key LIKE ANY($1::text[]) AND idempotency_key <> $2`,
        [mail.supersedes, mail.idempotencyKey.slice(0, 200)],
      );
    }
    const rows: { id: string }[] = await target.query(
      `INSERT INTO mail_message (idempotency_key, to_address, subject, text_body, html_body, attachments, headers)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [
        mail.idempotencyKey.slice(0, 200),
        mail.to,
        mail.subject.slice(0, 300),
        mail.text,
        mail.html ?? null,
        JSON.stringify(mail.attachments ?? []),
        JSON.stringify(mail.headers ?? {}),
      ],
    );
    if (!rows.length) return null;
    await this.jobs.send(MAIL_QUEUE, { messageId: rows[0].id }, { manager, singletonKey: rows[0].id });
    return rows[0].id;
  }

  /**
   * Sends one outbox message if it is not already sent. The claim is a
   * conditional UPDATE, so two workers cannot both send it.
   */
  /**
   * Which of the given idempotency-key patterns (SQL LIKE) match a message in
   * the outbox, in any state: lets a feature ask "was this email queued?"
   * without reading the outbox table itself.
   */
  async queuedKeys(patterns: readonly string[]): Promise<Set<string>> {
    if (!patterns.length) return new Set();
    const rows: { pattern: string }[] = await this.db.query(
      `SELECT p.pattern FROM unnest($1::text[]) AS p(pattern)
        WHERE EXISTS (SELECT 1 FROM mail_message m WHERE m.idempotency_key LIKE p.pattern)`,
      [[...patterns]],
    );
    return new Set(rows.map((r) => r.pattern));
  }

  async deliver(messageId: string): Promise<'sent' | 'skipped'> {
    const claimed = await updateReturning<MailMessageEntity>(
      this.db,
      `UPDATE mail_message SET status = 'SENDING', attempts = attempts + 1
        WHERE id = $1 AND (status IN ('PENDING', 'FAILED')
              OR (status = 'SENDING' AND created_at < now() - interval '10 minutes'))
        RETURNING id, idempotency_key AS "idempotencyKey", to_address AS "toAddress", subject,
                  text_body AS "textBody", html_body AS "htmlBody", attachments, headers`,
      [messageId],
    );
    const message = claimed[0];
    if (!message) return 'skipped';
    try {
      await this.transporter().sendMail({
        from: this.config.from,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody ?? undefined,
        messageId: `<${message.id}@commons.midlands.example>`,
        headers: message.headers,
        attachments: message.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content, 'base64'),
        })),
      });
      await this.db.query(
        `UPDATE mail_message SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`,
        [message.id],
      );
      return 'sent';
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      await this.db.query(`UPDATE mail_message SET status = 'FAILED', last_error = $2 WHERE id = $1`, [
        message.id,
        text.slice(0, 500),
      ]);
      appLogger().write('warn', 'mail delivery failed', { messageId: message.id, error: text });
      throw error;
    }
  }

  /** Re-enqueues messages whose job was lost (e.g. enqueued outside a transaction that then failed). */
  async requeueStale(): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM mail_message WHERE status IN ('PENDING', 'FAILED') AND attempts < 5
         AND created_at < now() - interval '2 minutes' LIMIT 200`,
    );
    for (const row of rows) await this.jobs.send(MAIL_QUEUE, { messageId: row.id }, { singletonKey: row.id });
    return rows.length;
  }

  private transporter(): Transporter {
    if (!this.transport) {
      if (!this.config.smtpUrl) {
        throw new Error('SMTP_URL is not configured: email cannot be sent');
      }
      this.transport = createTransport(this.config.smtpUrl);
    }
    return this.transport;
  }
}

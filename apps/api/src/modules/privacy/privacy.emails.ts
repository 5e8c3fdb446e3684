import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import { appConfig } from '../../config/app.config';
import { MailService } from '../mail/mail.service';

/** The privacy emails, through the mail outbox (sent by the mail job over SMTP). */
@Injectable()
export class PrivacyEmails {
  constructor(
    private readonly mail: MailService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  private link(path: string): string {
    return `${this.app.webPublicUrl}${path}`;
  }

  async exportReady(
    to: string,
    values: { exportId: string; expiresAt: Date },
    manager?: EntityManager,
  ): Promise<void> {
    const until = values.expiresAt.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    });
    await this.mail.enqueue(
      {
        idempotencyKey: `data-export-ready:${values.exportId}`,
        to,
        subject: 'Your data export is ready',
        text: [
          'The copy of your data you asked for is ready.',
          '',
          `Download it from ${this.link('/account/privacy')} (you need to sign in).`,
          `It can be downloaded until ${until}; after that it is deleted.`,
          '',
          'If you did not ask for this, change your password and sign out of other devices from your account settings.',
        ].join('\n'),
      },
      manager,
    );
  }

  async deletionScheduled(
    to: string,
    values: { deletionId: string; scheduledFor: Date },
    manager?: EntityManager,
  ): Promise<void> {
    const on = values.scheduledFor.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/London',
    });
    await this.mail.enqueue(
      {
        idempotencyKey: `account-deletion-scheduled:${values.deletionId}`,
        to,
        subject: 'Your account will be deleted',
        text: [
          `You asked us to delete your account. It will be anonymised on ${on}.`,
          '',
          `Changed your mind? Sign in before then and cancel at ${this.link('/account/privacy')}.`,
        ].join('\n'),
      },
      manager,
    );
  }
}

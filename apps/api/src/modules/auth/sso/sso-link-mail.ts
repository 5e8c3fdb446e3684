import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';

import { appConfig } from '../../../config/app.config';
import { MailService } from '../../mail/mail.service';

/** How long an emailed "confirm it's you" link works. */
export const SSO_EMAIL_LINK_TTL_MINUTES = 30;

/** The email with the link that confirms linking an organisation sign-in to an existing account. */
@Injectable()
export class SsoLinkMail {
  constructor(
    private readonly mail: MailService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** Queues the email in the caller's transaction; an earlier, unsent email for the same link is superseded. */
  async send(
    manager: EntityManager,
    values: {
      linkId: string;
      keySuffix: string;
      to: string;
      name: string;
      connectionName: string;
      emailToken: string;
    },
  ): Promise<void> {
    const link = `${this.app.webPublicUrl}/sign-in/link/email?token=${values.emailToken}`;
    await this.mail.enqueue(
      {
        idempotencyKey: `sso-link-email:${values.linkId}:${values.keySuffix}`,
        supersedes: [`sso-link-email:${values.linkId}:%`],
        to: values.to,
        subject: `Confirm it is you: link ${values.connectionName} to your Midlands Improvement Commons account`,
        text: [
          `Dear ${values.name},`,
          '',
          `Someone (we hope you) signed in with ${values.connectionName} using this email address, which already has a Midlands Improvement Commons account.`,
          '',
          `To link ${values.connectionName} to your account and sign in, open this link in the same browser you signed in with:`,
          link,
          '',
          `The link works once and expires in ${SSO_EMAIL_LINK_TTL_MINUTES} minutes.`,
          '',
          'If this was not you, ignore this email: nothing is linked and no one is signed in.',
        ].join('\n'),
      },
      manager,
    );
  }
}

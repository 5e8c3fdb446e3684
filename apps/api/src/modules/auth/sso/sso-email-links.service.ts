import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { hashToken } from '../session-token';
import { SsoAccountStore } from './sso-account-store';
import { SsoFlowsRepository } from './sso-flows.repository';
import { SSO_EMAIL_LINK_TTL_MINUTES, SsoLinkMail } from './sso-link-mail';
import { SsoErrorCode, SsoException } from './sso.exception';

/**
 * The other proof for linking an organisation sign-in to an existing account
 * (issue #15: "or confirms by email"): a single-use, 30-minute link emailed to
 * the account's address. Only its hash is stored, on the pending link, which
 * stays bound to the browser that signed in (its link cookie); following the
 * link there is `SsoAccountsService.confirmLinkByEmail`.
 */
@Injectable()
export class SsoEmailLinksService {
  constructor(
    private readonly flows: SsoFlowsRepository,
    private readonly store: SsoAccountStore,
    private readonly mail: SsoLinkMail,
    private readonly clock: Clock,
  ) {}

  /** Emails a new link for this live pending link (an earlier emailed link stops working). */
  async emailLink(linkToken: string): Promise<void> {
    const now = this.clock.now();
    const link = await this.flows.findPendingLink(hashToken(linkToken), now);
    const user = link ? await this.store.findUser(link.userId) : null;
    if (!link || !user) throw new SsoException(SsoErrorCode.LinkExpired);
    const emailToken = randomBytes(32).toString('base64url');
    const emailTokenHash = hashToken(emailToken);
    const expiresAt = new Date(now.getTime() + SSO_EMAIL_LINK_TTL_MINUTES * 60_000);
    const sent = await this.flows.transaction(async (manager) => {
      if (!(await this.flows.setEmailToken(manager, link.id, emailTokenHash, expiresAt)))
        return false;
      await this.mail.send(manager, {
        linkId: link.id,
        keySuffix: emailTokenHash.slice(0, 16),
        to: user.email,
        name: user.name,
        connectionName: link.connection?.displayName ?? 'your organisation',
        emailToken,
      });
      await this.store.record(
        {
          actorId: null,
          action: 'sso.link_emailed',
          targetType: 'user',
          targetId: user.id,
          details: { connectionId: link.connectionId },
        },
        manager,
      );
      return true;
    });
    if (!sent) throw new SsoException(SsoErrorCode.LinkExpired);
  }
}

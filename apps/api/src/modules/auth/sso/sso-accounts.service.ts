import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { AuthException } from '../auth.exception';
import { AuthService } from '../auth.service';
import type { ClientInfo, NewSession } from '../auth.service';
import { hashToken } from '../session-token';
import { SsoAccountStore } from './sso-account-store';
import type { CompletedSignIn, VerifiedSignIn } from './sso-sign-in.service';
import { SsoFlowsRepository } from './sso-flows.repository';
import { SsoErrorCode, SsoException } from './sso.exception';

/** How long the "prove your password to link" step lasts. */
export const SSO_LINK_TTL_MS = 15 * 60_000;

export type SsoOutcome =
  | { kind: 'session'; session: NewSession; returnTo: string }
  | { kind: 'link'; linkToken: string; connectionName: string; returnTo: string };

/**
 * Turns a verified provider sign-in into a session, exactly as password
 * sign-in does (AuthService.startSession): a linked identity signs in; a new
 * address gets an account just in time; an address that already has an
 * account is linked only after the person proves its password.
 */
@Injectable()
export class SsoAccountsService {
  constructor(
    private readonly flows: SsoFlowsRepository,
    private readonly store: SsoAccountStore,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async signIn(verified: VerifiedSignIn, client: ClientInfo): Promise<SsoOutcome> {
    const now = this.clock.now();
    const connectionId = verified.connection.id;
    const identity = await this.flows.findIdentity(connectionId, verified.subject);
    const linked = identity ? await this.store.findUser(identity.userId) : null;
    if (identity && linked) {
      await this.flows.touchIdentity(identity.id, now);
      return {
        kind: 'session',
        session: await this.begin(linked, verified, client, 'sso.signed_in'),
        returnTo: verified.returnTo,
      };
    }
    const existing = await this.store.findUserByEmail(verified.email);
    const created = existing
      ? null
      : await this.store.createFromClaims(
          { ...verified, connectionId, verifiesMembership: verified.connection.verifiesMembership },
          now,
        );
    if (created) {
      return {
        kind: 'session',
        session: await this.begin(created, verified, client, 'sso.signed_in'),
        returnTo: verified.returnTo,
      };
    }
    const owner = existing ?? (await this.store.findUserByEmail(verified.email));
    if (!owner) throw new SsoException(SsoErrorCode.SignInFailed);
    const linkToken = randomBytes(32).toString('base64url');
    await this.flows.insertPendingLink({
      tokenHash: hashToken(linkToken),
      userId: owner.id,
      connectionId,
      subject: verified.subject,
      returnTo: verified.returnTo,
      expiresAt: new Date(now.getTime() + SSO_LINK_TTL_MS),
    });
    await this.store.record({
      actorId: null,
      action: 'sso.link_requested',
      targetType: 'user',
      targetId: owner.id,
      details: { connectionId },
    });
    return {
      kind: 'link',
      linkToken,
      connectionName: verified.connection.displayName,
      returnTo: verified.returnTo,
    };
  }

  /** The connection name of a live pending link, or null. */
  async pendingLink(linkToken: string): Promise<{ connectionName: string } | null> {
    const link = await this.flows.findPendingLink(hashToken(linkToken), this.clock.now());
    return link ? { connectionName: link.connection?.displayName ?? 'your organisation' } : null;
  }

  /**
   * Proof by password, through password sign-in itself (its throttling and
   * its errors); only then is the provider account linked and a session begun.
   */
  async confirmLink(
    linkToken: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ session: NewSession; returnTo: string }> {
    const link = await this.flows.findPendingLink(hashToken(linkToken), this.clock.now());
    if (!link) throw new SsoException(SsoErrorCode.LinkExpired);
    const user = await this.store.findUser(link.userId);
    if (!user) throw new SsoException(SsoErrorCode.LinkExpired);
    let session: NewSession;
    try {
      session = await this.auth.signIn({ email: user.email, password }, client);
    } catch (error) {
      if (error instanceof AuthException) {
        await this.store.record({
          actorId: null,
          action: 'sso.link_failed',
          targetType: 'user',
          targetId: user.id,
          details: { connectionId: link.connectionId, reason: 'WRONG_PASSWORD' },
        });
      }
      throw error;
    }
    try {
      return {
        session: await this.completeLink(link, user, client, 'PASSWORD', session),
        returnTo: link.returnTo,
      };
    } catch (error) {
      await this.auth.signOut({ sessionId: session.sessionId } as Parameters<
        AuthService['signOut']
      >[0]);
      throw error;
    }
  }

  /**
   * Proof by the link emailed to the account's address (`SsoEmailLinksService`):
   * it works once, before it expires, and only in the browser that signed in
   * with the provider (whose link cookie holds `linkToken`).
   */
  async confirmLinkByEmail(
    linkToken: string | null,
    emailToken: string,
    client: ClientInfo,
  ): Promise<{ session: NewSession; returnTo: string }> {
    const now = this.clock.now();
    const link = await this.flows.findPendingLinkByEmailToken(hashToken(emailToken));
    const live = link && !link.usedAt && link.expiresAt > now && (link.emailExpiresAt ?? now) > now;
    if (!link || !live) throw new SsoException(SsoErrorCode.EmailLinkExpired);
    if (!linkToken || hashToken(linkToken) !== link.tokenHash) {
      await this.store.record({
        actorId: null,
        action: 'sso.link_failed',
        targetType: 'user',
        targetId: link.userId,
        details: { connectionId: link.connectionId, reason: 'OTHER_BROWSER' },
      });
      throw new SsoException(SsoErrorCode.EmailLinkOtherBrowser);
    }
    const user = await this.store.findUser(link.userId);
    if (!user) throw new SsoException(SsoErrorCode.EmailLinkExpired);
    return {
      session: await this.completeLink(link, user, client, 'EMAIL'),
      returnTo: link.returnTo,
    };
  }

  /** Uses the pending link once, links the identity, then begins (or keeps) the session and audits it. */
  private async completeLink(
    link: { id: string; connectionId: string; subject: string },
    user: Parameters<AuthService['startSession']>[0],
    client: ClientInfo,
    proof: 'PASSWORD' | 'EMAIL',
    session?: NewSession,
  ): Promise<NewSession> {
    const now = this.clock.now();
    const used = await this.flows.transaction(async (manager) => {
      if (!(await this.flows.usePendingLink(manager, link.id, now))) return false;
      await this.flows.insertIdentity(
        manager,
        { userId: user.id, connectionId: link.connectionId, subject: link.subject },
        now,
      );
      return true;
    });
    if (!used)
      throw new SsoException(
        proof === 'EMAIL' ? SsoErrorCode.EmailLinkExpired : SsoErrorCode.LinkExpired,
      );
    const started = session ?? (await this.auth.startSession(user, client));
    await this.store.record({
      actorId: user.id,
      action: 'sso.linked',
      targetType: 'user',
      targetId: user.id,
      details: { connectionId: link.connectionId, proof },
    });
    return started;
  }

  /** Audits a refused callback (no token, no email, no name in the details). */
  async failed(outcome: Extract<CompletedSignIn, { ok: false }>): Promise<void> {
    await this.store.record({
      actorId: null,
      action: 'sso.sign_in_failed',
      targetType: 'sso_connection',
      targetId: outcome.connectionId ?? 'unknown',
      details: { reason: outcome.reason, ...(outcome.detail ? { detail: outcome.detail } : {}) },
    });
  }

  private async begin(
    user: Parameters<AuthService['startSession']>[0],
    verified: VerifiedSignIn,
    client: ClientInfo,
    action: string,
  ): Promise<NewSession> {
    const session = await this.auth.startSession(user, client);
    await this.flows.recordSession({
      sessionId: session.sessionId,
      connectionId: verified.connection.id,
      idToken: verified.idToken,
    });
    await this.store.record({
      actorId: user.id,
      action,
      targetType: 'user',
      targetId: user.id,
      details: { connectionId: verified.connection.id, sessionId: session.sessionId },
    });
    return session;
  }
}

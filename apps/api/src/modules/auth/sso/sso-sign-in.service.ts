import { randomBytes, timingSafeEqual } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { Clock } from '../../../common/clock/clock';
import { hashToken } from '../session-token';
import { OidcClientService } from './oidc-client.service';
import { SsoConnectionsService } from './sso-connections.service';
import type { SsoConnectionRow } from './sso-connections.repository';
import { SsoFlowsRepository } from './sso-flows.repository';
import { SsoErrorCode, SsoException } from './sso.exception';
import { acceptClaims, safeReturnTo } from './sso.policy';

/** A started sign-in must come back from the provider within this long. */
export const SSO_FLOW_TTL_MS = 10 * 60_000;

export interface VerifiedSignIn {
  connection: SsoConnectionRow;
  subject: string;
  email: string;
  name: string;
  idToken: string;
  returnTo: string;
}

/** Why a callback was refused (audited; never shown in detail to the person). */
export type SsoFailure =
  | 'NO_STATE'
  | 'UNKNOWN_STATE'
  | 'OTHER_BROWSER'
  | 'PROVIDER_ERROR'
  | 'TOKEN_REJECTED'
  | 'NO_SUBJECT'
  | 'NO_EMAIL'
  | 'EMAIL_NOT_VERIFIED'
  | 'DOMAIN_NOT_SERVED';

export type CompletedSignIn =
  | ({ ok: true } & VerifiedSignIn)
  | { ok: false; connectionId: string | null; reason: SsoFailure; detail?: string };

/**
 * Authorization Code with PKCE: `start` keeps the state (hashed), nonce and
 * code verifier server-side, bound to a random token in the browser's
 * short-lived cookie; `complete` uses them once and lets openid-client check
 * the response and the ID token.
 */
@Injectable()
export class SsoSignInService {
  constructor(
    private readonly flows: SsoFlowsRepository,
    private readonly connections: SsoConnectionsService,
    private readonly oidc: OidcClientService,
    private readonly clock: Clock,
  ) {}

  async start(
    email: string,
    returnTo: string | null | undefined,
  ): Promise<{ authorizationUrl: string; browserToken: string }> {
    const connection = await this.connections.forEmail(email);
    if (!connection) throw new SsoException(SsoErrorCode.NoConnection);
    const request = await this.oidc.authorizationRequest(connection, email.trim().toLowerCase());
    const browserToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.flows.insertFlow(
      {
        stateHash: hashToken(request.state),
        browserHash: hashToken(browserToken),
        connectionId: connection.id,
        nonce: request.nonce,
        codeVerifier: request.codeVerifier,
        returnTo: safeReturnTo(returnTo),
        expiresAt: new Date(now.getTime() + SSO_FLOW_TTL_MS),
      },
      now,
    );
    return { authorizationUrl: request.url, browserToken };
  }

  async complete(callbackQuery: string, browserToken: string): Promise<CompletedSignIn> {
    const params = new URLSearchParams(callbackQuery.replace(/^\?/, ''));
    const state = params.get('state');
    if (!state) return { ok: false, connectionId: null, reason: 'NO_STATE' };
    const flow = await this.flows.consumeFlow(hashToken(state), this.clock.now());
    if (!flow) return { ok: false, connectionId: null, reason: 'UNKNOWN_STATE' };
    const fail = (reason: SsoFailure, detail?: string): CompletedSignIn => ({
      ok: false,
      connectionId: flow.connectionId,
      reason,
      detail,
    });
    if (!sameHash(flow.browserHash, hashToken(browserToken))) return fail('OTHER_BROWSER');
    if (params.get('error')) return fail('PROVIDER_ERROR', params.get('error')?.slice(0, 60));
    const connection = await this.connections.get(flow.connectionId);
    let validated;
    try {
      validated = await this.oidc.exchange(connection, params, {
        state,
        nonce: flow.nonce,
        codeVerifier: flow.codeVerifier,
      });
    } catch (error) {
      if (error instanceof SsoException) throw error;
      const e = error as { code?: string; message?: string };
      return fail('TOKEN_REJECTED', (e.code ?? e.message ?? 'error').slice(0, 120));
    }
    const decision = acceptClaims(validated.claims, connection.emailDomains);
    if (!decision.ok) return fail(decision.reason);
    return {
      ok: true,
      connection,
      subject: decision.subject,
      email: decision.email,
      name: decision.name,
      idToken: validated.idToken,
      returnTo: flow.returnTo,
    };
  }

  /** Where to send the browser after local sign-out: the provider's end-session URL for a session it began, else null. */
  async logoutUrl(sessionId: string): Promise<string | null> {
    const row = await this.flows.findSession(sessionId);
    if (!row) return null;
    const connection = await this.connections.forId(row.connectionId);
    return connection ? this.oidc.endSessionUrl(connection, row.idToken) : null;
  }
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

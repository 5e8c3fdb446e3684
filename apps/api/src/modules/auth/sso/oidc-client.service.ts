import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import * as client from 'openid-client';

import { ssoConfig } from '../../../config/sso.config';
import { openSecret } from './secret-box';
import type { SsoConnectionRow } from './sso-connections.repository';
import { SsoErrorCode, SsoException } from './sso.exception';

/** Discovery documents are fetched again after this long (keys rotate; JWKS is refetched on an unknown kid anyway). */
const DISCOVERY_TTL_MS = 60 * 60_000;

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface ValidatedSignIn {
  claims: Record<string, unknown>;
  idToken: string;
}

/**
 * The only place that talks OpenID Connect, through `openid-client`:
 * discovery, the authorization URL (code flow, PKCE S256, state and nonce),
 * the code exchange with ID token validation (issuer, audience, expiry,
 * signature from the provider's JWKS, nonce) and RP-initiated logout.
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger(OidcClientService.name);
  private readonly configs = new Map<
    string,
    { key: string; at: number; config: Promise<client.Configuration> }
  >();

  constructor(@Inject(ssoConfig.KEY) private readonly sso: ConfigType<typeof ssoConfig>) {}

  async authorizationRequest(
    connection: SsoConnectionRow,
    loginHint: string,
  ): Promise<AuthorizationRequest> {
    const config = await this.configFor(connection);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.sso.redirectUrl,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: loginHint,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Exchanges the code; throws unless the response and the ID token pass every check. */
  async exchange(
    connection: SsoConnectionRow,
    callbackQuery: URLSearchParams,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<ValidatedSignIn> {
    const config = await this.configFor(connection);
    const current = new URL(this.sso.redirectUrl);
    current.search = callbackQuery.toString();
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: checks.codeVerifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('no ID token');
    if (
      claims.email === undefined &&
      tokens.access_token &&
      config.serverMetadata().userinfo_endpoint
    ) {
      // Providers may keep profile claims out of the ID token (OIDC Core 5.4): ask UserInfo, for the same subject.
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      const { email, email_verified, name, given_name, family_name } = info;
      return {
        claims: { ...claims, email, email_verified, name, given_name, family_name },
        idToken: tokens.id_token,
      };
    }
    return { claims: { ...claims }, idToken: tokens.id_token };
  }

  /** The provider's end-session URL, or null when it does not advertise one. */
  async endSessionUrl(connection: SsoConnectionRow, idToken: string): Promise<string | null> {
    try {
      const config = await this.configFor(connection);
      if (!config.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: this.sso.postLogoutRedirectUrl,
      }).href;
    } catch {
      return null;
    }
  }

  private configFor(connection: SsoConnectionRow): Promise<client.Configuration> {
    const key = `${connection.issuer}|${connection.clientId}|${connection.updatedAt.toISOString()}`;
    const cached = this.configs.get(connection.id);
    if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS)
      return cached.config;
    const config = client
      .discovery(
        new URL(connection.issuer),
        connection.clientId,
        { redirect_uris: [this.sso.redirectUrl], response_types: ['code'] },
        client.ClientSecretPost(openSecret(this.sso.secretKey, connection.clientSecretSealed)),
        this.sso.allowInsecureHttp
          ? { execute: [client.allowInsecureRequests], timeout: 10 }
          : { timeout: 10 },
      )
      .then((discovered) => {
        // ID tokens from the token endpoint are checked against the provider's JWKS too, not only trusted for the TLS channel.
        client.enableNonRepudiationChecks(discovered);
        return discovered;
      })
      .catch((error: unknown) => {
        this.configs.delete(connection.id);
        this.logger.warn(
          `discovery failed for connection ${connection.id}: ${(error as Error).message}`,
        );
        throw new SsoException(SsoErrorCode.ProviderUnavailable);
      });
    this.configs.set(connection.id, { key, at: Date.now(), config });
    return config;
  }
}

import { PUBLIC_EMAIL_DOMAINS } from '../../users/membership/membership.policy';

/** The domain of an address, lower-case; null when it is not an address. */
export function emailDomainOf(email: string): string | null {
  const at = email.trim().lastIndexOf('@');
  if (at < 1 || at === email.trim().length - 1) return null;
  return email
    .trim()
    .slice(at + 1)
    .toLowerCase();
}

/** A domain a connection may serve: never a public webmail domain (anyone can hold such an address). */
export function isServableDomain(domain: string): boolean {
  return !PUBLIC_EMAIL_DOMAINS.has(domain.toLowerCase());
}

/** Issuers must be https, except plain http when the config allows it (tests and the demo). */
export function isAcceptableIssuer(issuer: string, allowInsecureHttp: boolean): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (allowInsecureHttp && url.protocol === 'http:');
}

export interface IdTokenClaims {
  sub?: unknown;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

export type ClaimsDecision =
  | { ok: true; subject: string; email: string; name: string }
  | { ok: false; reason: 'NO_SUBJECT' | 'NO_EMAIL' | 'EMAIL_NOT_VERIFIED' | 'DOMAIN_NOT_SERVED' };

/**
 * What a validated ID token may be trusted for: an account only from a
 * verified address on a domain this connection serves (a provider cannot
 * assert addresses of another organisation's domain).
 */
export function acceptClaims(
  claims: IdTokenClaims,
  servedDomains: readonly string[],
): ClaimsDecision {
  if (typeof claims.sub !== 'string' || !claims.sub || claims.sub.length > 255)
    return { ok: false, reason: 'NO_SUBJECT' };
  if (typeof claims.email !== 'string' || claims.email.length > 320)
    return { ok: false, reason: 'NO_EMAIL' };
  const email = claims.email.trim().toLowerCase();
  const domain = emailDomainOf(email);
  if (!domain) return { ok: false, reason: 'NO_EMAIL' };
  if (claims.email_verified !== true) return { ok: false, reason: 'EMAIL_NOT_VERIFIED' };
  if (!servedDomains.includes(domain)) return { ok: false, reason: 'DOMAIN_NOT_SERVED' };
  const given = [claims.given_name, claims.family_name].filter(
    (p): p is string => typeof p === 'string' && !!p.trim(),
  );
  const named =
    typeof claims.name === 'string' && claims.name.trim()
      ? claims.name.trim()
      : given.join(' ').trim();
  const name = (named || email.slice(0, email.indexOf('@'))).slice(0, 120);
  return {
    ok: true,
    subject: claims.sub,
    email,
    name: name.length >= 2 ? name : `${name} (${domain})`.slice(0, 120),
  };
}

/** Only a path of this site, never another origin (`//evil`, `/\evil`). */
export function safeReturnTo(returnTo: string | null | undefined): string {
  if (
    !returnTo ||
    !returnTo.startsWith('/') ||
    returnTo.startsWith('//') ||
    returnTo.startsWith('/\\')
  )
    return '/account';
  return returnTo.slice(0, 500);
}

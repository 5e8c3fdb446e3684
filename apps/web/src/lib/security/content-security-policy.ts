/**
 * The web app's Content Security Policy, built per request around a fresh
 * nonce (proxy.ts). Scripts run only with the nonce, or when loaded by a
 * script that had it ('strict-dynamic'): Next.js puts the nonce on its own
 * scripts and inline bootstrap data when it finds it in the request's CSP
 * header. No 'unsafe-inline' for scripts or styles: style elements need the
 * nonce too, and style attributes are refused (use classes in globals.css).
 * Everything else is served from this origin: no CDN, web fonts or analytics.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // Dev mode's React Refresh needs eval; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // Dev mode injects unnonced style elements for hot reloading.
    `style-src 'self' ${isDev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws:' : ''}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

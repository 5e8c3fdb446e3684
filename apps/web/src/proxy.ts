import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

import { REQUEST_PATH_HEADER } from './lib/navigation/request-path';
import { contentSecurityPolicy, newNonce } from './lib/security/content-security-policy';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A state-changing request a browser marks as coming from another site. */
function isCrossSite(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return origin === 'null';
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Runs before every page and route handler:
 * - refuses cross-site form posts (route handlers such as the toolkit upload
 *   have no built-in origin check, unlike server actions);
 * - gives each response a fresh CSP nonce: passed to rendering in the request
 *   headers (`x-nonce` and the CSP itself, from which Next.js takes it for
 *   its scripts) and sent to the browser in `Content-Security-Policy`;
 * - passes the requested path to rendering (`x-mic-pathname`) for the header
 *   navigation's `aria-current`.
 * Pages are rendered per request anyway (the layout reads the session).
 */
export function proxy(request: NextRequest): NextResponse {
  if (isCrossSite(request)) {
    return new NextResponse('Requests from other sites are not allowed.', {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env['NODE_ENV'] === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', policy);
  // The layout marks the current navigation item from it (set here, so a client cannot choose it).
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not static files (no HTML, no CSP needed) nor link prefetches.
      source: '/((?!_next/static|_next/image|assets/|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};

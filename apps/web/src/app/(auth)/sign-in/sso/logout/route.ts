import { NextResponse } from 'next/server';

import { clearSsoCookieOn, readSsoCookie } from '../../../../../lib/auth/sso-cookies';

/**
 * RP-initiated logout: after signing out here, "Sign out of <provider> too"
 * comes here, and the browser goes on to the provider's end-session URL
 * (kept for five minutes in an HttpOnly cookie by sign-out).
 */
export async function GET(request: Request): Promise<Response> {
  const target = await readSsoCookie('logout');
  let next: URL;
  try {
    next = target ? new URL(target) : new URL('/sign-in?signedOut=1', request.url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new Error('not a web URL');
  } catch {
    next = new URL('/sign-in?signedOut=1', request.url);
  }
  const res = NextResponse.redirect(next, 303);
  clearSsoCookieOn(res, 'logout');
  return res;
}

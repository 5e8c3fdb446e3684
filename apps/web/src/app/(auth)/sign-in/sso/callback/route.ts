import { CompleteSsoSignInDocument, toApiErrors } from '@mic/web-data-access';
import { returnToSchema } from '@mic/web-feature-auth';
import { NextResponse } from 'next/server';

import { createActionClient } from '../../../../../lib/apollo/action-client';
import { readSsoCookie, clearSsoCookieOn, setSessionCookiesOn, setSsoCookieOn } from '../../../../../lib/auth/sso-cookies';

/**
 * The redirect (callback) URL registered with every provider. The API checks
 * state, PKCE and nonce and validates the ID token; this handler only passes
 * the query string and this browser's binding token, then stores the session
 * exactly as password sign-in does (or the pending link, when the address
 * already has an account).
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const browserToken = await readSsoCookie('flow');
  const failed = (problem: string) => {
    const res = NextResponse.redirect(new URL(`/sign-in?sso=${problem}`, url), 303);
    clearSsoCookieOn(res, 'flow');
    return res;
  };
  if (!browserToken) return failed('expired');
  try {
    const { data, error } = await createActionClient().mutate({
      mutation: CompleteSsoSignInDocument,
      variables: { input: { callbackQuery: url.search.slice(1, 8001), browserToken } },
      errorPolicy: 'all',
    });
    const result = data?.completeSsoSignIn;
    if (!result || error) {
      const unverified = toApiErrors(error ?? new Error('no result')).some((e) => /confirm your email/.test(e.message));
      return failed(unverified ? 'unverified' : 'failed');
    }
    const returnTo = returnToSchema.parse(result.returnTo);
    if (result.session) {
      const res = NextResponse.redirect(new URL(returnTo, url), 303);
      clearSsoCookieOn(res, 'flow');
      setSessionCookiesOn(res, result.session);
      return res;
    }
    const res = NextResponse.redirect(new URL('/sign-in/link', url), 303);
    clearSsoCookieOn(res, 'flow');
    if (result.linkToken) setSsoCookieOn(res, 'link', result.linkToken);
    return res;
  } catch {
    return failed('failed');
  }
}

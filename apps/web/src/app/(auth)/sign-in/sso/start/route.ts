import { StartSsoSignInDocument } from '@mic/web-data-access';
import { returnToSchema, signInEmailSchema } from '@mic/web-feature-auth';
import { NextResponse } from 'next/server';

import { createActionClient } from '../../../../../lib/apollo/action-client';
import { setSsoCookieOn } from '../../../../../lib/auth/sso-cookies';

/**
 * "Continue with <organisation>": the API starts the sign-in (state, nonce
 * and PKCE verifier kept server-side) and this browser gets the token that
 * binds it to that sign-in, in a short-lived HttpOnly cookie; then off to the
 * provider. A link rather than a form post, because the page's CSP allows
 * forms to submit to this site only (`form-action 'self'`), redirects included.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const returnTo = returnToSchema.parse(url.searchParams.get('returnTo'));
  const email = signInEmailSchema.safeParse({ email: url.searchParams.get('email') ?? '' });
  const back = (problem: string) =>
    NextResponse.redirect(new URL(`/sign-in?sso=${problem}&returnTo=${encodeURIComponent(returnTo)}`, url), 303);
  if (!email.success) return back('failed');
  try {
    const { data, error } = await createActionClient().mutate({
      mutation: StartSsoSignInDocument,
      variables: { input: { email: email.data.email, returnTo } },
      errorPolicy: 'all',
    });
    if (!data?.startSsoSignIn || error) return back('unavailable');
    const res = NextResponse.redirect(data.startSsoSignIn.authorizationUrl, 303);
    setSsoCookieOn(res, 'flow', data.startSsoSignIn.browserToken);
    return res;
  } catch {
    return back('unavailable');
  }
}

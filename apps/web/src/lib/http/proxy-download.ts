import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';

const PASS_THROUGH = [
  'content-type',
  'content-disposition',
  'content-length',
  'x-content-type-options',
  'cache-control',
];

/**
 * A file from the API streamed through the web server (the browser never
 * calls the API): the API decides who may have it. `signedIn` sends the
 * session as a bearer token and answers 401 without one; anything the API
 * refuses is a plain 404 (or 401), unless `keepErrorStatus` passes the API's
 * status on. Downloads are never content-sniffed.
 */
export async function proxyDownload(
  apiPath: string,
  {
    signedIn,
    what,
    keepErrorStatus = false,
  }: { signedIn: boolean; what: string; keepErrorStatus?: boolean },
): Promise<Response> {
  const token = signedIn ? await readSessionToken() : null;
  if (signedIn && !token) return new Response(`Sign in to download ${what}.`, { status: 401 });
  let upstream: Response;
  try {
    upstream = await fetch(new URL(apiPath, new URL(serverEnv().API_URL)), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      cache: 'no-store',
    });
  } catch {
    return new Response('The download is unavailable. Try again later.', { status: 502 });
  }
  if (!upstream.ok && keepErrorStatus)
    return new Response(upstream.status === 404 ? 'Not found' : 'Not available', {
      status: upstream.status,
    });
  if (!upstream.ok)
    return new Response('Not found', { status: upstream.status === 401 ? 401 : 404 });
  const headers = new Headers();
  for (const name of PASS_THROUGH) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('x-content-type-options', 'nosniff');
  return new Response(upstream.body, { status: 200, headers });
}

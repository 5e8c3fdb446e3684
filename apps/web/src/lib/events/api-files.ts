import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';

/** The API's base URL (API_URL without /graphql). */
function apiBase(): string {
  return serverEnv().API_URL.replace(/\/graphql\/?$/, '');
}

/**
 * Streams a file route of the API (CSV, PDF, calendar) to the browser, with
 * the session token from the cookie: the browser never talks to the API.
 */
export async function proxyApiFile(path: string, withSession: boolean): Promise<Response> {
  const token = withSession ? await readSessionToken() : undefined;
  const res = await fetch(`${apiBase()}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
  });
  if (!res.ok) {
    const messages: Record<number, string> = { 401: 'Sign in to download this file.', 403: 'Only the organisers of this event can download this file.', 404: 'Not found.' };
    return new Response(messages[res.status] ?? 'Sorry, the file is not available.', {
      status: res.status === 401 || res.status === 403 || res.status === 404 ? res.status : 502,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'cache-control']) {
    const value = res.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(res.body, { status: 200, headers });
}

import { auditExportApiPath } from '@mic/web-feature-audit';

import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';

const MESSAGES: Record<number, string> = {
  400: 'The filters are not valid. Go back to the audit log and check them.',
  401: 'Sign in to download the audit log.',
  403: 'Only regional admins and ICS admins can download the audit log.',
};

/**
 * Streams the API's audit log CSV for the filters in the request's query
 * string, with the session token from the cookie (the browser never talks to
 * the API). The API records the export in the audit log.
 */
export async function proxyAuditExport(request: Request): Promise<Response> {
  const token = await readSessionToken();
  const base = serverEnv().API_URL.replace(/\/graphql\/?$/, '');
  const path = auditExportApiPath(new URL(request.url).searchParams);
  const res = await fetch(`${base}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: 'no-store',
  });
  if (!res.ok) {
    const status = res.status in MESSAGES ? res.status : 502;
    return new Response(MESSAGES[status] ?? 'Sorry, the audit log is not available.', {
      status,
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

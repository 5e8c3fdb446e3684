import { z } from 'zod';

import { readSessionToken } from '../../../../../lib/auth/session';
import { serverEnv } from '../../../../../lib/config/server-env';

const PASS_THROUGH = [
  'content-type',
  'content-disposition',
  'x-content-type-options',
  'cache-control',
];

/** Assessment exports (CSV, PDF) through the web server; the API checks ownership. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; format: string }> },
): Promise<Response> {
  const { id, format } = await params;
  if (!z.string().uuid().safeParse(id).success || !['csv', 'pdf'].includes(format)) {
    return new Response('Not found', { status: 404 });
  }
  const token = await readSessionToken();
  if (!token) return new Response('Sign in to export this assessment.', { status: 401 });
  const upstream = await fetch(
    new URL(`/assessments/${id}/export.${format}`, new URL(serverEnv().API_URL)),
    {
      headers: { authorization: `Bearer ${token}` },
      cache: 'no-store',
    },
  );
  if (!upstream.ok)
    return new Response('Not found', { status: upstream.status === 404 ? 404 : upstream.status });
  const headers = new Headers();
  for (const name of PASS_THROUGH) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}

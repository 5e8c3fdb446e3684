import { z } from 'zod';

import { readSessionToken } from '../../../../../../../lib/auth/session';
import { serverEnv } from '../../../../../../../lib/config/server-env';

const PASS_THROUGH = ['content-type', 'content-disposition', 'content-length', 'x-content-type-options', 'cache-control'];

/** Data export downloads through the web server; the API lets only its owner have it, while it lasts. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  const token = await readSessionToken();
  if (!token) return new Response('Sign in to download your data.', { status: 401 });
  const upstream = await fetch(new URL(`/data-exports/${id}/download`, new URL(serverEnv().API_URL)), {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (!upstream.ok) return new Response('Not found', { status: upstream.status === 401 ? 401 : 404 });
  const headers = new Headers();
  for (const name of PASS_THROUGH) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}

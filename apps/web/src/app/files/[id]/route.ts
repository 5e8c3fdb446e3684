import { z } from 'zod';

import { readSessionToken } from '../../../lib/auth/session';
import { serverEnv } from '../../../lib/config/server-env';

const PASS_THROUGH = [
  'content-type',
  'content-length',
  'content-disposition',
  'x-content-type-options',
  'cache-control',
];

/**
 * Downloads go through the web server (the browser never talks to the API):
 * the API checks access and sets the attachment headers, passed on as-is.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const id = z
    .string()
    .uuid()
    .safeParse((await params).id);
  if (!id.success) return new Response('Not found', { status: 404 });
  const token = await readSessionToken();
  if (!token) return new Response('Sign in to download this file.', { status: 401 });
  const api = new URL(serverEnv().API_URL);
  const upstream = await fetch(new URL(`/files/${id.data}`, api), {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (!upstream.ok)
    return new Response(upstream.status === 404 ? 'Not found' : 'Not available', {
      status: upstream.status,
    });
  const headers = new Headers();
  for (const name of PASS_THROUGH) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('x-content-type-options', 'nosniff');
  return new Response(upstream.body, { status: 200, headers });
}

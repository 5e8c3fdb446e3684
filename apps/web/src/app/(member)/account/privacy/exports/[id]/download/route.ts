import { z } from 'zod';

import { proxyDownload } from '../../../../../../../lib/http/proxy-download';

/** Data export downloads through the web server; the API lets only its owner have it, while it lasts. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  return proxyDownload(`/data-exports/${id}/download`, { signedIn: true, what: 'your data' });
}

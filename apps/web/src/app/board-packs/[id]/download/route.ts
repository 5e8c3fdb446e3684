import { z } from 'zod';

import { proxyDownload } from '../../../../lib/http/proxy-download';

/** Board pack downloads through the web server; the API checks who may have it. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  return proxyDownload(`/board-packs/${id}/download`, { signedIn: true, what: 'this board pack' });
}

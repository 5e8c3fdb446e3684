import { z } from 'zod';

import { proxyDownload } from '../../../lib/http/proxy-download';

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
  return proxyDownload(`/files/${id.data}`, {
    signedIn: true,
    what: 'this file',
    keepErrorStatus: true,
  });
}

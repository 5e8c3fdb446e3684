import { z } from 'zod';

import { proxyDownload } from '../../../../lib/http/proxy-download';

/** An import's error report, for the person who uploaded it. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) return new Response('Not found', { status: 404 });
  return proxyDownload(`/outcome-imports/${id}/errors.csv`, {
    signedIn: true,
    what: 'the error report',
  });
}

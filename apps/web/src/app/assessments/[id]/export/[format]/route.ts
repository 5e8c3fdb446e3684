import { z } from 'zod';

import { proxyDownload } from '../../../../../lib/http/proxy-download';

/** Assessment exports (CSV, PDF) through the web server; the API checks ownership. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; format: string }> },
): Promise<Response> {
  const { id, format } = await params;
  if (!z.string().uuid().safeParse(id).success || !['csv', 'pdf'].includes(format)) {
    return new Response('Not found', { status: 404 });
  }
  return proxyDownload(`/assessments/${id}/export.${format}`, {
    signedIn: true,
    what: 'this assessment',
    keepErrorStatus: true,
  });
}

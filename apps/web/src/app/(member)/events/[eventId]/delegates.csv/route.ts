import { eventIdSchema } from '@mic/web-feature-events';

import { proxyApiFile } from '../../../../../lib/events/api-files';

/** Organisers only (the API answers 403 to anyone else). */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }): Promise<Response> {
  const id = eventIdSchema.safeParse((await params).eventId);
  if (!id.success) return new Response('Not found.', { status: 404 });
  return proxyApiFile(`/events/${id.data}/delegates.csv`, true);
}

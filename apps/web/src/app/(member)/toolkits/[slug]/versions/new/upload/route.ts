import { isToolkitSlug } from '@mic/shared-util';
import { parsePendingFiles, pendingFileParam } from '@mic/web-feature-toolkits';

import { uploadToApi } from '../../../../../../../lib/files/api-upload';

/** A 303 to a same-site path (relative Location, so it is right behind any proxy). */
const seeOther = (path: string): Response =>
  new Response(null, { status: 303, headers: { location: path } });

interface UploadRouteContext {
  params: Promise<{ slug: string }>;
}

/**
 * POST /toolkits/<slug>/versions/new/upload: a plain multipart form post
 * (works without JavaScript). Forwards the file to the API's POST /files,
 * then sends the browser back to the publish page with the file listed for
 * attaching (or the API's reason for refusing it).
 */
export async function POST(request: Request, { params }: UploadRouteContext): Promise<Response> {
  const { slug } = await params;
  if (!isToolkitSlug(slug)) return new Response('Not found', { status: 404 });
  const back = new URL(`/toolkits/${slug}/versions/new`, 'http://web.invalid');
  const location = (): string => `${back.pathname}${back.search}${back.hash}`;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    back.searchParams.set('uploadError', 'Select a file to upload.');
    return seeOther(location());
  }
  const pending = parsePendingFiles(form.getAll('pending').map(String));
  const file = form.get('file');
  const altText = form.get('altText');
  const result =
    file instanceof File && file.size > 0
      ? await uploadToApi(file, typeof altText === 'string' ? altText.trim() : undefined)
      : { ok: false as const, status: 400, message: 'Select a file to upload.' };
  if (result.ok) pending.push({ id: result.id, name: result.name });
  for (const f of pending) back.searchParams.append('file', pendingFileParam(f));
  if (!result.ok) {
    if (result.status === 401) {
      return seeOther(`/sign-in?returnTo=${encodeURIComponent(`/toolkits/${slug}/versions/new`)}`);
    }
    back.searchParams.set('uploadError', result.message);
  }
  back.hash = result.ok ? 'changelog' : 'upload-file';
  return seeOther(location());
}

import { ImportOutcomeMeasurementsDocument, toApiErrors } from '@mic/web-data-access';
import { z } from 'zod';

import { createActionClient } from '../../../../../../../lib/apollo/action-client';
import { readSessionToken } from '../../../../../../../lib/auth/session';
import { uploadToApi } from '../../../../../../../lib/files/api-upload';
import { uploadProblem } from '../../../../../../../lib/case-studies/outcome-import-problems';
import type { ImportProblem } from '../../../../../../../lib/case-studies/outcome-import-problems';

/** A 303 to a same-site path (relative Location, so it is right behind any proxy). */
const seeOther = (path: string): Response =>
  new Response(null, { status: 303, headers: { location: path } });

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * POST /adoptions/<id>/outcomes/import/upload: a plain multipart form
 * post (works without JavaScript). The file goes to the API's POST /files
 * (type, size and malware checks), then importOutcomeMeasurements starts the
 * row check, and the browser goes to the import's page to watch it.
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id: adoptionId } = await params;
  if (!z.string().uuid().safeParse(adoptionId).success)
    return new Response('Not found', { status: 404 });
  const page = `/adoptions/${adoptionId}/outcomes/import`;
  const back = (problem: ImportProblem) => seeOther(`${page}?problem=${problem}`);
  const token = await readSessionToken();
  if (!token) return seeOther(`/sign-in?returnTo=${encodeURIComponent(page)}`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back('no-file');
  }
  if (form.get('adoptionId') !== adoptionId) return new Response('Not found', { status: 404 });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return back('no-file');
  if (!/\.(csv|xlsx)$/i.test(file.name)) return back('type');
  const uploaded = await uploadToApi(file);
  if (!uploaded.ok) {
    if (uploaded.status === 401) return seeOther(`/sign-in?returnTo=${encodeURIComponent(page)}`);
    return back(uploadProblem(uploaded.status));
  }
  try {
    const result = await createActionClient(token).mutate({
      mutation: ImportOutcomeMeasurementsDocument,
      variables: { input: { adoptionId, fileId: uploaded.id } },
      errorPolicy: 'all',
    });
    const id = result.data?.importOutcomeMeasurements.id;
    if (id) return seeOther(`${page}/${id}`);
    const [first] = toApiErrors(result.error);
    return back(
      first?.code === 'FORBIDDEN' || first?.code === 'NOT_FOUND'
        ? 'forbidden-adoption'
        : first?.code === 'BAD_USER_INPUT'
          ? 'type'
          : 'failed',
    );
  } catch {
    return back('failed');
  }
}

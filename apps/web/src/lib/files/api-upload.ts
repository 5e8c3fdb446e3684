import { readSessionToken } from '../auth/session';
import { serverEnv } from '../config/server-env';

export type UploadResult =
  | { ok: true; id: string; name: string }
  | { ok: false; status: number; message: string };

/**
 * Forwards one uploaded file to the API's `POST /files` with the session
 * token from the cookie (the browser never calls the API). The API detects
 * the real type, enforces the size limit and returns the file's id.
 */
export async function uploadToApi(file: File, altText?: string): Promise<UploadResult> {
  const token = await readSessionToken();
  if (!token) return { ok: false, status: 401, message: 'Sign in to upload files.' };
  const body = new FormData();
  body.set('file', file, file.name);
  if (altText) body.set('altText', altText.slice(0, 500));
  let res: Response;
  try {
    res = await fetch(`${serverEnv().API_URL.replace(/\/graphql\/?$/, '')}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body,
      cache: 'no-store',
    });
  } catch {
    return { ok: false, status: 502, message: 'The upload service is unavailable. Try again later.' };
  }
  const json = (await res.json().catch(() => null)) as {
    id?: unknown;
    name?: unknown;
    message?: unknown;
  } | null;
  if (res.ok && typeof json?.id === 'string') {
    return { ok: true, id: json.id, name: typeof json.name === 'string' ? json.name : file.name };
  }
  return {
    ok: false,
    status: res.status,
    message:
      // 503: the virus scanner could not check the file; its message says to try again.
      typeof json?.message === 'string' && (res.status < 500 || res.status === 503)
        ? json.message
        : 'The file could not be uploaded. Try again.',
  };
}

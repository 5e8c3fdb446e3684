import { headers } from 'next/headers';

/** The request header through which src/proxy.ts passes the requested path to rendering. */
export const REQUEST_PATH_HEADER = 'x-mic-pathname';

/**
 * The path of the page being rendered, for the header navigation's
 * `aria-current` (server side: the app has no client-side navigation, so the
 * layout renders on every page load). `/` when unknown.
 */
export async function requestPath(): Promise<string> {
  const value = (await headers()).get(REQUEST_PATH_HEADER);
  return value && value.startsWith('/') ? value : '/';
}

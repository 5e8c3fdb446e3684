/**
 * Liveness of the web process for container health checks (infra/docker/web.Dockerfile,
 * the Container Apps probes): answers without rendering a page or calling the API.
 */
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ok\n', {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

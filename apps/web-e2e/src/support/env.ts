/** Where the web app under test is served; the stack must already be running. */
export const BASE_URL = (process.env['E2E_BASE_URL'] ?? 'http://localhost:3000').replace(
  /\/+$/,
  '',
);

/** Chromium from Debian (playwright-core never downloads browsers here). */
export const CHROMIUM_PATH = process.env['E2E_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Absolute URL for a path of the web app. */
export function appUrl(path: string): string {
  return `${BASE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Demo accounts seeded by the API (see apps/api seeds). */
export const DEMO_PASSWORD = 'commons-demo-2026';
export const DEMO_MEMBER_EMAIL = 'member@example.org';

/** A fresh email address per run, so journeys can be re-run on the same database. */
export function uniqueEmail(prefix = 'e2e'): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now()}-${random}@example.org`;
}

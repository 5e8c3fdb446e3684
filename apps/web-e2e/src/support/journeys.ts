import type { Page } from 'playwright-core';

import { apiSession } from './api';
import { expectNoAxeViolations } from './axe';
import { BASE_URL, DEMO_PASSWORD } from './env';

/** Opens a path of the app, waits for it to load and checks it with axe. */
export async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${path}`);
  await expectNoAxeViolations(page);
}

/**
 * Fills and submits the sign-in form on the current page. Sign-in asks for the email first ("Continue"), then the password (organisation sign-in: docs/adr/0010).
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  const passwordField = page.getByLabel('Password', { exact: true });
  if (!(await passwordField.isVisible())) {
    await page.getByRole('main').getByRole('button', { name: 'Continue' }).click();
    await passwordField.waitFor();
  }
  await passwordField.fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the form and waits for the account page. */
export async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.waitForURL('**/account');
}

/**
 * The web app's session and device cookies (production names: the e2e stack
 * and `npm start` serve the production build; see libs/shared/util session.ts).
 */
const SESSION_COOKIE = `__Host-${process.env['SESSION_COOKIE_NAME'] || 'mic_session'}`;
const DEVICE_COOKIE = '__Host-mic_device';

/**
 * Signs in as someone for a journey that is not about signing in: drops the
 * page's cookies (whoever was signed in), starts a session through the API's
 * signIn (as the sign-in form's action does) and sets the web app's session
 * and device cookies, so the next page opened is theirs. It stays on the
 * current page. The form itself is walked by sign-in.e2e.ts (with and without
 * JavaScript, and back to `returnTo`), the page walk and the form walk; this
 * saves its three page loads each time a journey changes user.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const context = page.context();
  await context.clearCookies();
  const session = await apiSession(email, password);
  const cookie = { domain: new URL(BASE_URL).hostname, path: '/', secure: true, httpOnly: true, sameSite: 'Lax' as const };
  await context.addCookies([
    { ...cookie, name: SESSION_COOKIE, value: session.accessToken },
    ...(session.deviceToken ? [{ ...cookie, name: DEVICE_COOKIE, value: session.deviceToken }] : []),
  ]);
}

/** Signs in (as `signIn`) and opens `path`, where the sign-in form would have sent them back to (`returnTo`). */
export async function signInAt(page: Page, email: string, path: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, email, password);
  await page.goto(path, { waitUntil: 'load' });
}

/** The header's account navigation. */
export function accountNav(page: Page) {
  return page.getByRole('banner').getByRole('navigation', { name: 'Account' });
}

import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './axe';

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
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await submitSignIn(page, email, password);
  await page.waitForURL('**/account');
}

/** The header's account navigation. */
export function accountNav(page: Page) {
  return page.getByRole('banner').getByRole('navigation', { name: 'Account' });
}

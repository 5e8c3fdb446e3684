import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, usePage } from './support/browser';
import { BASE_URL, uniqueEmail } from './support/env';
import { submitSignIn, visit } from './support/journeys';

const FIRST_PASSWORD = 'lantern-orchard-meadow-2026';
const NEW_PASSWORD = 'walsall-canal-towpath-2027';

/** Signs up a fresh member (never a demo account: other journeys rely on their passwords). */
async function signUpMember(page: Page, email: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Recovery Tester');
  await page.getByLabel('Email address').fill(email);
  const organisation = page.locator('#organisationId optgroup option').first();
  await page.getByLabel('Organisation').selectOption((await organisation.getAttribute('value')) ?? '');
  await page.getByLabel('Create a password').fill(FIRST_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Every new account is sent a confirmation link first.
  await page.waitForURL('**/confirm-email/sent');
}

/** Reads the reset token for `email` from the development mail catcher page. */
async function resetTokenFromMail(page: Page, email: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await page.goto('/dev/mail');
    const item = page
      .getByTestId('dev-mail')
      .locator('li', { hasText: email })
      .filter({ hasText: 'Reset your Midlands Improvement Commons password' })
      .first();
    if ((await item.count()) > 0) {
      await expectNoAxeViolations(page);
      const text = (await item.locator('pre').textContent()) ?? '';
      const token = /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
      if (!token) throw new Error('no reset link in the email');
      return token;
    }
    if (Date.now() > deadline) throw new Error('reset email not caught');
    await page.waitForTimeout(500);
  }
}

/** A second, independent browser (its own cookies), for "another session". */
async function otherBrowserPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = await launchBrowser();
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
  return { page: await context.newPage(), close: () => browser.close() };
}

describe('Account recovery', () => {
  const fixture = usePage();

  it('should reset a forgotten password from the emailed link, sign in and sign out the old session', async () => {
    const { page } = fixture;
    const email = uniqueEmail('recovery');
    const other = await otherBrowserPage();
    try {
      await signUpMember(other.page, email);

      await visit(page, '/sign-in');
      await page.getByRole('link', { name: 'Forgotten your password?' }).click();
      await page.waitForURL('**/forgot-password');
      await expectNoAxeViolations(page);

      // A malformed address shows the error summary and keeps what was typed.
      await page.getByLabel('Email address').fill('not-an-email');
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      expect(await page.getByLabel('Email address').inputValue()).toBe('not-an-email');
      await expectNoAxeViolations(page);

      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page.waitForURL('**/forgot-password?sent=1');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');
      await expectNoAxeViolations(page);

      const token = await resetTokenFromMail(page, email);
      await visit(page, `/reset-password?token=${token}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a new password');
      // A weak password is refused without using up the link.
      await page.getByLabel('New password').fill('short');
      await page.getByRole('button', { name: 'Save password and sign in' }).click();
      await page.locator('.nhsuk-error-summary').waitFor();
      await expectNoAxeViolations(page);
      await page.getByLabel('New password').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Save password and sign in' }).click();
      await page.waitForURL('**/account?passwordReset=1');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
      expect(await page.locator('.nhsuk-inset-text').textContent()).toContain('Your password has been reset');
      await expectNoAxeViolations(page);

      // The session from before the reset is signed out.
      await other.page.goto('/account');
      await other.page.waitForURL('**/sign-in?returnTo=%2Faccount');

      // The link works once.
      await visit(page, `/reset-password?token=${token}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'This reset link has expired or has been used',
      );

      // And the new password signs in.
      await other.page.goto('/sign-in');
      await submitSignIn(other.page, email, NEW_PASSWORD);
      await other.page.waitForURL('**/account');
    } finally {
      await other.close();
    }
  });

  it('should explain a reset link without a token', async () => {
    const { page } = fixture;
    await visit(page, '/reset-password');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This reset link is incomplete');
  });
});

describe('Sessions', () => {
  const fixture = usePage();

  it('should list my sessions and sign out another one', async () => {
    const { page } = fixture;
    const email = uniqueEmail('sessions');
    const other = await otherBrowserPage();
    try {
      await signUpMember(other.page, email);
      await page.goto('/sign-in');
      await submitSignIn(page, email, FIRST_PASSWORD);
      await page.waitForURL('**/account');

      await page.getByRole('link', { name: 'Where you are signed in' }).click();
      await page.waitForURL('**/account/sessions');
      await expectNoAxeViolations(page);
      const cards = page.locator('.nhsuk-card');
      expect(await cards.count()).toBe(2);
      expect(await cards.filter({ hasText: 'This session' }).count()).toBe(1);
      expect(await page.locator('main').textContent()).toContain('This computer (loopback)');

      await cards.filter({ hasNotText: 'This session' }).getByRole('button').click();
      await page.waitForURL('**/account/sessions?signedOut=1');
      expect(await page.locator('.nhsuk-inset-text').textContent()).toContain('That session has been signed out.');
      expect(await page.locator('.nhsuk-card').count()).toBe(1);
      await expectNoAxeViolations(page);

      await other.page.goto('/account');
      await other.page.waitForURL('**/sign-in?returnTo=%2Faccount');

      // Sign out everywhere, including here.
      await page.getByRole('button', { name: 'Sign out everywhere, including here' }).click();
      await page.waitForURL('**/sign-in?signedOut=1');
      await page.goto('/account');
      await page.waitForURL('**/sign-in?returnTo=%2Faccount');
    } finally {
      await other.close();
    }
  });
});

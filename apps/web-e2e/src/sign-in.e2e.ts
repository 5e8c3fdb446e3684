import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { accountNav, submitSignIn, visit } from './support/journeys';

async function expectWrongPasswordError(page: Page): Promise<void> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  expect(await summary.getByRole('heading').textContent()).toBe('There is a problem');
  expect(
    await summary
      .getByRole('link', { name: 'Email or password is incorrect.' })
      .getAttribute('href'),
  ).toBe('#email');
  expect(await page.locator('#email-error').textContent()).toContain(
    'Email or password is incorrect.',
  );
  // The email is kept, the password is not.
  expect(await page.getByLabel('Email address').inputValue()).toBe(DEMO_MEMBER_EMAIL);
  expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
}

describe('Sign in', () => {
  const fixture = usePage();

  it('should show the error summary when the password is wrong', async () => {
    const { page } = fixture;
    await visit(page, '/sign-in');
    await submitSignIn(page, DEMO_MEMBER_EMAIL, 'not-the-right-password');
    await expectWrongPasswordError(page);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectNoAxeViolations(page);
  });

  it('should sign in the demo member and show their account', async () => {
    const { page } = fixture;
    await visit(page, '/sign-in');
    await submitSignIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    await page.waitForURL('**/account');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
    const details = (await page.locator('.nhsuk-summary-list').textContent()) ?? '';
    expect(details).toContain(DEMO_MEMBER_EMAIL);
    expect(details).toContain('Member');
    expect(await accountNav(page).getByRole('button', { name: 'Sign out' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('should send a signed-out visitor from my account to sign in', async () => {
    const { page } = fixture;
    await page.goto('/account');
    await page.waitForURL('**/sign-in?returnTo=%2Faccount');
    await expectNoAxeViolations(page);
  });
});

describe('Sign in without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  // axe needs JavaScript, so these pages are checked by the journeys above instead.
  it('should show errors and sign in with plain form posts', async () => {
    const { page } = fixture;
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_MEMBER_EMAIL, 'not-the-right-password');
    await expectWrongPasswordError(page);

    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/account');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
  });
});

import { randomUUID } from 'node:crypto';

import { expectNoAxeViolations } from './support/axe';
import { gql } from './support/api';
import { usePage } from './support/browser';
import { signIn, visit } from './support/journeys';

jest.setTimeout(180_000);

const PASSWORD = 'privacy-journey-passphrase-2026';

/**
 * Issue #15, privacy rights: a fresh member (not a shared demo account, since
 * it is deleted) asks for their data, sees it ready and downloads the ZIP,
 * then deletes their account with their password and is signed out.
 */
describe('Privacy rights', () => {
  const fixture = usePage();

  it('should export my data, then delete my account and sign me out', async () => {
    const { page } = fixture;
    const email = `privacy-${randomUUID().slice(0, 8)}@example.org`;
    await gql('mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email, password: PASSWORD, name: 'Priya Journey' },
    });
    await signIn(page, email, PASSWORD);

    await visit(page, '/account/privacy');
    await page.getByRole('button', { name: 'Request your data' }).click();
    await page.waitForLoadState('load');
    // Progress is server-rendered; the "Refresh" link reloads it (no meta refresh).
    const download = page.getByRole('link', { name: 'Download your data (ZIP)' });
    const deadline = Date.now() + 120_000;
    while (!(await download.isVisible()) && Date.now() < deadline) {
      if (await page.getByText('could not be built').isVisible()) throw new Error('the export failed');
      const refresh = page.getByRole('link', { name: 'Refresh to see its progress' });
      if (await refresh.isVisible()) await refresh.click();
      await page.waitForLoadState('load');
    }
    await expectNoAxeViolations(page);
    const href = await download.getAttribute('href');
    expect(href).toMatch(/^\/account\/privacy\/exports\/[0-9a-f-]{36}\/download$/);
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/zip');
    expect((await res.body()).subarray(0, 2).toString()).toBe('PK');

    // Without a password or the confirmation: an NHS error summary.
    await page.getByRole('button', { name: 'Delete my account' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter your password');
    await expectNoAxeViolations(page);

    await page.getByLabel('Your password').fill(PASSWORD);
    await page.getByLabel(/I understand my account will be anonymised/).check();
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/privacy');
    expect(await page.getByRole('main').textContent()).toContain('You have been signed out');
    await page.goto('/account/privacy');
    await page.waitForURL((url) => url.pathname === '/sign-in');
  });
});

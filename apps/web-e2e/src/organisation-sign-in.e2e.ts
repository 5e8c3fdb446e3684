import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { accountNav, visit } from './support/journeys';

/** A person of the demo identity provider (tools/dev/demo-idp-users.cjs), at the NHSmail-like domain nhs.example. */
const PERSON = { email: 'priya.shah@nhs.example', password: 'commons-demo-2026', name: 'Priya Shah' };

/** The demo identity provider the e2e stack starts (its pages are visited on purpose). */
const IDP = process.env['E2E_IDP_URL'] ?? '';

describe('Organisation sign-in through the demo identity provider', () => {
  const fixture = usePage({}, IDP ? [new URL(IDP).origin] : []);

  it('should send an nhs.example address to its provider, come back signed in and verified, and sign out of both', async () => {
    const { page } = fixture;
    const idp = IDP;
    if (!idp) throw new Error('E2E_IDP_URL is not set: the e2e stack starts the demo identity provider');

    // The email first: its domain has a connection, so no password is asked for here.
    await visit(page, '/sign-in');
    await page.getByLabel('Email address').fill(PERSON.email);
    await page.getByRole('main').getByRole('button', { name: 'Continue' }).click();
    const cont = page.getByRole('link', { name: 'Continue with NHSmail (demo)' });
    await cont.waitFor();
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The provider's own login page (PKCE, state and nonce are the API's business).
    await cont.click();
    await page.waitForURL((url) => url.origin === new URL(idp).origin);
    expect(await page.getByLabel('Email address').inputValue()).toBe(PERSON.email);
    await expectNoAxeViolations(page);
    await page.getByLabel('Password').fill(PERSON.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Back, signed in with the same session cookie as password sign-in, in the trust that owns nhs.example.
    await page.waitForURL('**/account');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
    const details = (await page.locator('.nhsuk-summary-list').first().textContent()) ?? '';
    expect(details).toContain(PERSON.email);
    expect(details).toContain('Walsall Healthcare NHS Trust');
    const cookies = await fixture.context.cookies();
    expect(cookies.some((c) => c.name.endsWith('mic_session'))).toBe(true);
    expect(cookies.some((c) => c.name.endsWith('mic_sso_flow'))).toBe(false);
    await expectNoAxeViolations(page);

    // Sign out here, then at the provider too (RP-initiated logout: it advertises end_session_endpoint).
    await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in?signedOut=1&provider=1');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Sign out of your organisation’s account too' }).click();
    await page.waitForURL((url) => url.origin === new URL(idp).origin);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL('**/sign-in?signedOut=1');
    expect((await fixture.context.cookies()).some((c) => c.name.endsWith('mic_session'))).toBe(false);
  }, 90_000);
});

import { gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { accountNav, visit } from './support/journeys';

/** A person of the demo identity provider (tools/dev/demo-idp-users.cjs), at the NHSmail-like domain nhs.example. */
const PERSON = {
  email: 'priya.shah@nhs.example',
  password: 'commons-demo-2026',
  name: 'Priya Shah',
};

/** The demo identity provider the e2e stack starts (its pages are visited on purpose). */
const IDP = process.env['E2E_IDP_URL'] ?? '';
/** The development mail catcher the e2e stack starts (JSON at /messages). */
const MAIL = process.env['E2E_MAIL_URL'] ?? '';
/** A demo provider person who also has a password account here (made by the test). */
const LINKER = { email: 'tom.evans@nhs.example', password: 'commons-demo-2026' };

/** Waits for the emailed link to `to` in the mail catcher and returns its path and query. */
async function emailedLinkPath(to: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const messages = (await (await fetch(`${MAIL}/messages`)).json()) as {
      to: string;
      text: string;
    }[];
    const text = messages
      .filter((m) => m.to.includes(to))
      .map((m) => m.text)
      .join('\n');
    const match = /https?:\/\/[^\s]+(\/sign-in\/link\/email\?token=[A-Za-z0-9_-]+)/.exec(text);
    if (match) return match[1];
    if (Date.now() > deadline) throw new Error('the link email was not caught');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('Organisation sign-in through the demo identity provider', () => {
  const fixture = usePage({}, IDP ? [new URL(IDP).origin] : []);

  it('should send an nhs.example address to its provider, come back signed in and verified, and sign out of both', async () => {
    const { page } = fixture;
    const idp = IDP;
    if (!idp)
      throw new Error('E2E_IDP_URL is not set: the e2e stack starts the demo identity provider');

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
    expect((await fixture.context.cookies()).some((c) => c.name.endsWith('mic_session'))).toBe(
      false,
    );
  }, 90_000);

  it('should link an existing password account by the emailed link, without JavaScript-only steps', async () => {
    const { page } = fixture;
    if (!IDP || !MAIL) throw new Error('E2E_IDP_URL and E2E_MAIL_URL are set by the e2e stack');
    await gql('mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { name: 'Tom Evans', email: LINKER.email, password: 'a-different-password-2026' },
    });
    await fixture.context.clearCookies();

    await visit(page, '/sign-in');
    await page.getByLabel('Email address').fill(LINKER.email);
    await page.getByRole('main').getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Continue with NHSmail (demo)' }).click();
    await page.waitForURL((url) => url.origin === new URL(IDP).origin);
    await page.getByLabel('Password').fill(LINKER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // "You already have an account": the email alternative to the password.
    await page.waitForURL('**/sign-in/link');
    await page.getByRole('button', { name: 'Email me a link instead' }).click();
    await page.getByTestId('link-emailed').waitFor();
    await expectNoAxeViolations(page);

    // The emailed link opens a page with a button, in this browser.
    await page.goto(await emailedLinkPath(LINKER.email));
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Link and sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await visit(page, '/account');
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toContain(LINKER.email);
    expect(
      (await fixture.context.cookies()).some((c) => c.name.endsWith('mic_sso_link') && c.value),
    ).toBe(false);
  }, 90_000);
});

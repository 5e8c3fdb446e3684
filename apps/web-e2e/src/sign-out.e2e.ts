import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { accountNav, signIn, visit } from './support/journeys';

describe('Sign out', () => {
  const fixture = usePage();

  it('should end the session and return to the signed-out header', async () => {
    const { page } = fixture;
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    expect(await accountNav(page).getByRole('link', { name: 'Sign in' }).count()).toBe(0);

    await accountNav(page).getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await visit(page, '/');
    expect(await accountNav(page).getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    expect(await accountNav(page).getByRole('button', { name: 'Sign out' }).count()).toBe(0);
    const cookies = await fixture.context.cookies();
    expect(cookies.find((cookie) => cookie.name.endsWith('mic_session'))).toBeUndefined();

    // The old session no longer opens my account.
    await page.goto('/account');
    await page.waitForURL('**/sign-in?returnTo=%2Faccount');
  });
});

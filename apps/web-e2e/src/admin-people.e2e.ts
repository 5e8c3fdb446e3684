import { gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { skipToMain, tabTo } from './support/keyboard';
import { submitSignIn } from './support/journeys';

const ADMIN = 'admin@example.org';

describe('Admin people by keyboard', () => {
  const fixture = usePage();

  it('should find a person, grant a role, suspend and restore them with Tab and Enter only', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36);
    const name = `Keyboard Journey ${stamp}`;
    const email = `keyboard-${stamp}@example.org`;
    await gql('mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { name, email, password: `${DEMO_PASSWORD}-${stamp}` },
    });

    await page.context().clearCookies();
    await page.goto('/sign-in?returnTo=%2Fadmin');
    await submitSignIn(page, ADMIN, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/admin', { waitUntil: 'load' });
    await expectNoAxeViolations(page);

    // The People card.
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'People' && !el.id);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/admin/people', { waitUntil: 'load' });

    // Search by email.
    await skipToMain(page);
    await tabTo(page, (el) => el.id === 'q');
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === email, { waitUntil: 'load' });
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'a' && el.text === name);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/admin/people/'), {
      waitUntil: 'load',
    });
    await expectNoAxeViolations(page);

    // Grant the moderator role.
    await skipToMain(page);
    await tabTo(page, (el) => el.id === 'grant-role');
    await page.keyboard.type('Moderator');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Give role');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('done') === 'granted', {
      waitUntil: 'load',
    });
    expect(await page.getByTestId('person-roles').textContent()).toContain('Moderator');

    // Suspend, with a reason.
    await skipToMain(page);
    await tabTo(page, (el) => el.id === 'suspend-reason');
    await page.keyboard.type('Keyboard journey check');
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Suspend account');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('done') === 'suspended', {
      waitUntil: 'load',
    });
    expect(await page.getByRole('main').textContent()).toContain('Keyboard journey check');
    await expect(
      gql('mutation S($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { email, password: `${DEMO_PASSWORD}-${stamp}` },
      }),
    ).rejects.toThrow(/suspended/);

    // Restore.
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Restore account');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('done') === 'restored', {
      waitUntil: 'load',
    });
    expect(await page.getByRole('main').textContent()).toContain('Account restored');
  }, 120_000);
});

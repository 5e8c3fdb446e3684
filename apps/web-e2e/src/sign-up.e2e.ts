import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { uniqueEmail } from './support/env';
import { accountNav, visit } from './support/journeys';

describe('Sign up', () => {
  const fixture = usePage();

  it('should create an account with an organisation and land on my account', async () => {
    const { page } = fixture;
    const email = uniqueEmail('sign-up');
    await visit(page, '/sign-up');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Create an account');

    await page.getByLabel('Full name').fill('E2E Sign-up Tester');
    await page.getByLabel('Email address').fill(email);
    // Choose the first real organisation offered (grouped by ICS).
    const organisation = page.locator('#organisationId optgroup option').first();
    const organisationName = (await organisation.textContent())?.trim() ?? '';
    const organisationId = await organisation.getAttribute('value');
    expect(organisationName).not.toBe('');
    await page.getByLabel('Organisation').selectOption(organisationId ?? '');
    await page.getByLabel('Create a password').fill('lantern-orchard-meadow-2026');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Every new account gets a confirmation link: "Check your email" explains what comes next.
    await page.waitForURL('**/confirm-email/sent');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Check your email');
    expect(await page.getByRole('main').textContent()).toContain(email);
    await expectNoAxeViolations(page);

    await visit(page, '/account');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('My account');
    const details = (await page.locator('.nhsuk-summary-list').textContent()) ?? '';
    expect(details).toContain('E2E Sign-up Tester');
    expect(details).toContain(email);
    expect(details).toContain(organisationName);
    expect(details).toContain('Waiting for verification');
    expect(await accountNav(page).getByRole('link', { name: 'My account' }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('should show the error summary and inline errors when the form is incomplete', async () => {
    const { page } = fixture;
    await visit(page, '/sign-up');
    await page.getByLabel('Full name').fill('Incomplete Person');
    await page.getByLabel('Create a password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();

    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain('There is a problem');
    expect(text).toContain('Enter your email address');
    expect(text).toContain('Select your organisation');
    expect(text).toContain('Password must be 12 characters or more');
    expect(await summary.locator('a[href="#email"]').count()).toBe(1);
    expect(await page.locator('#email-error').textContent()).toContain('Enter your email address');
    // What the user typed (except the password) is kept.
    expect(await page.getByLabel('Full name').inputValue()).toBe('Incomplete Person');
    await expectNoAxeViolations(page);
  });

  it('should keep the organisation chosen (with name and email) after a password error', async () => {
    const { page } = fixture;
    await visit(page, '/sign-up');
    const option = page.locator('#organisationId optgroup option').nth(2);
    const organisationId = (await option.getAttribute('value')) ?? '';
    const email = uniqueEmail('keeps-organisation');
    await page.getByLabel('Full name').fill('Keeps Organisation');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Organisation').selectOption(organisationId);

    // Too short (checked by the form), then common (checked by the API): each time all but the password stays.
    for (const password of ['short', 'password1234']) {
      await page.getByLabel('Create a password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.locator('#password-error').waitFor();
      // React resets the form after the action: wait until it has settled before reading the fields.
      await page.waitForFunction(
        () => !document.querySelector('button[type="submit"]')?.textContent?.includes('…'),
      );
      await page.waitForTimeout(300);
      expect(await page.getByLabel('Organisation').inputValue()).toBe(organisationId);
      expect(await page.getByLabel('Full name').inputValue()).toBe('Keeps Organisation');
      expect(await page.getByLabel('Email address').inputValue()).toBe(email);
      expect(await page.locator('.nhsuk-error-summary a[href="#organisationId"]').count()).toBe(0);
    }
    await expectNoAxeViolations(page);
  });

  it('should show API validation errors against their fields', async () => {
    const { page } = fixture;
    await visit(page, '/sign-up');
    const organisationId = await page
      .locator('#organisationId optgroup option')
      .first()
      .getAttribute('value');
    const fill = async (email: string, password: string): Promise<void> => {
      await page.getByLabel('Full name').fill('API Errors Tester');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Organisation').selectOption(organisationId ?? '');
      await page.getByLabel('Create a password').fill(password);
      await page.getByRole('button', { name: 'Create account' }).click();
    };

    // Long enough for the form, but on the API's common-password list (BAD_USER_INPUT, field "password").
    await fill(uniqueEmail('common-password'), 'password1234');
    await page.locator('#password-error').waitFor();
    expect(await page.locator('.nhsuk-error-summary a[href="#password"]').count()).toBe(1);
    await expectNoAxeViolations(page);

    // An email that is already registered (CONFLICT) is shown against the email field.
    await fill('member@example.org', 'lantern-orchard-meadow-2026');
    await page.locator('#email-error').waitFor();
    expect(await page.locator('.nhsuk-error-summary a[href="#email"]').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/sign-up');
  });
});

describe('Sign up without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should keep the organisation chosen after a password error', async () => {
    const { page } = fixture;
    await page.goto('/sign-up');
    const organisationId =
      (await page.locator('#organisationId optgroup option').nth(3).getAttribute('value')) ?? '';
    await page.getByLabel('Full name').fill('No Script Person');
    await page.getByLabel('Email address').fill(uniqueEmail('keeps-organisation-nojs'));
    await page.getByLabel('Organisation').selectOption(organisationId);
    await page.getByLabel('Create a password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('#password-error').waitFor();
    expect(await page.getByLabel('Organisation').inputValue()).toBe(organisationId);
    expect(await page.getByLabel('Full name').inputValue()).toBe('No Script Person');
  });
});

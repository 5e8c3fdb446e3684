import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD, uniqueEmail } from './support/env';
import { signIn, visit } from './support/journeys';

const PASSWORD = 'lantern-orchard-meadow-2026';
/** A demo organisation whose verified member is member@example.org. */
const COLLEAGUE_ORGANISATION = 'Healthwatch Birmingham';
/** A demo council with an email domain (see the demo seed). */
const COUNCIL = 'Solihull Metropolitan Borough Council';
const COUNCIL_DOMAIN = 'solihull.gov.uk';

async function signUp(
  page: Page,
  name: string,
  email: string,
  organisation: string | 'not-listed',
): Promise<void> {
  await visit(page, '/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  if (organisation === 'not-listed') {
    await page.getByLabel('Organisation').selectOption('__not_listed__');
  } else {
    await page.getByLabel('Organisation').selectOption({ label: organisation });
  }
  await page.getByLabel('Create a password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** The confirmation link's path from the development mail catcher (waits for delivery). */
async function confirmationPath(page: Page, email: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await page.goto('/dev/mail');
    const message = page
      .getByTestId('dev-mail')
      .locator('li')
      .filter({ hasText: `To: ${email}` })
      .filter({ hasText: 'Confirm your email address' });
    if ((await message.count()) > 0) {
      const text = (await message.first().locator('pre').textContent()) ?? '';
      const token = /\/confirm-email\?token=([\w-]+)/.exec(text)?.[1];
      if (token) return `/confirm-email?token=${token}`;
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`No confirmation email for ${email}`);
}

/** Fails when the page scrolls sideways at its current (phone) width. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const { scroll, viewport } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(viewport);
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

describe('Verified membership', () => {
  const fixture = usePage();

  it('should verify a council officer at once when they confirm an address on the council’s domain, and refuse the used link kindly', async () => {
    const { page, context } = fixture;
    const email = `e2e-officer-${Date.now()}@${COUNCIL_DOMAIN}`;
    await signUp(page, 'E2E Council Officer', email, COUNCIL);
    await page.waitForURL('**/confirm-email/sent');
    expect(await h1(page).textContent()).toBe('Check your email');
    const sent = (await page.getByRole('main').textContent()) ?? '';
    expect(sent).toContain(email);
    expect(sent).toContain('confirming it also verifies your membership');
    await expectNoAxeViolations(page);

    const link = await confirmationPath(page, email);
    // Opening the link uses nothing (mail scanners open links); the button does.
    await visit(page, link);
    expect(await h1(page).textContent()).toBe('Confirm your email address');
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    const confirmed = page.getByTestId('email-confirmed');
    await confirmed.waitFor();
    expect(await confirmed.textContent()).toContain(`You are a verified member of ${COUNCIL}`);
    await expectNoAxeViolations(page);

    await visit(page, '/account');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Verified');

    // The same link again, signed out: a kind error and a way to get a new one.
    await context.clearCookies();
    await visit(page, link);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('already been used');
    expect(await h1(page).textContent()).toBe('We could not confirm your email address');
    expect(
      await page.getByRole('main').getByRole('link', { name: 'Your membership' }).count(),
    ).toBe(1);
    await expectNoAxeViolations(page);
  });

  it('should let a verified colleague vouch for a new member, who can then edit the organisation’s draft', async () => {
    const { page, context } = fixture;
    const stamp = Date.now();
    const joinerName = `E2E Joiner ${stamp.toString(36)}`;
    const joinerEmail = uniqueEmail('joiner');
    const title = `E2E membership draft ${stamp}`;

    // A verified colleague starts a draft case study for the organisation.
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    await visit(page, '/case-studies/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Summary').fill('A draft the new member will edit once verified.');
    await page.getByLabel('Employment and employability').check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(/\/case-studies\/e2e-membership-draft-\d+\/edit\/2$/);
    const slug = new URL(page.url()).pathname.split('/')[2] as string;
    await context.clearCookies();

    // The new person signs up with an address not on the organisation's domain and confirms it.
    await signUp(page, joinerName, joinerEmail, COLLEAGUE_ORGANISATION);
    await page.waitForURL('**/confirm-email/sent');
    await visit(page, await confirmationPath(page, joinerEmail));
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    const confirmed = page.getByTestId('email-confirmed');
    await confirmed.waitFor();
    expect(await page.getByRole('main').textContent()).toContain(
      `Your membership of ${COLLEAGUE_ORGANISATION} is still waiting for verification`,
    );

    // Unverified: no edit rights, and an explanation instead of an error.
    await visit(page, `/case-studies/${slug}/edit/1`);
    expect(await h1(page).textContent()).toBe('You cannot edit this case study yet');
    expect(await page.getByTestId('not-verified').textContent()).toContain(
      `Your membership of ${COLLEAGUE_ORGANISATION} is not verified yet`,
    );
    await visit(page, '/members/requests');
    expect(await page.getByTestId('cannot-vouch').count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, '/account/membership');
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toContain(
      'Waiting for verification',
    );
    await expectNoSideScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await context.clearCookies();

    // The colleague vouches on /members/requests; a second, stale click is refused kindly.
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    await visit(page, '/members/requests');
    const stale = await context.newPage();
    await stale.goto('/members/requests');
    await page.getByRole('button', { name: `Vouch for ${joinerName}` }).click();
    const banner = page.getByTestId('success-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(
      `${joinerName} is now a verified member of ${COLLEAGUE_ORGANISATION}`,
    );
    expect(await page.getByRole('button', { name: `Vouch for ${joinerName}` }).count()).toBe(0);
    await expectNoAxeViolations(page);

    await stale.getByRole('button', { name: `Decline ${joinerName}` }).click();
    const conflict = stale.locator('.nhsuk-error-summary');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('already a verified member');
    await expectNoAxeViolations(stale);
    await stale.close();
    await context.clearCookies();

    // Verified now: the new member edits the organisation's draft.
    await signIn(page, joinerEmail, PASSWORD);
    await visit(page, '/account/membership');
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toContain('Verified');
    await visit(page, `/case-studies/${slug}/edit/1`);
    await page.getByLabel('Title').fill(`${title} (edited)`);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(`**/case-studies/${slug}/edit/2`);
    await visit(page, `/case-studies/${slug}/edit/5`);
    expect(await page.getByRole('main').textContent()).toContain(`${title} (edited)`);
  }, 150_000);

  it('should ask for a missing organisation (error summary first) and let a regional admin add it', async () => {
    const { page, context } = fixture;
    const stamp = Date.now();
    const organisation = `E2E Community Interest Company ${stamp.toString(36)}`;
    await signUp(page, 'E2E Not Listed', uniqueEmail('not-listed'), 'not-listed');
    await page.waitForURL('**/organisations/request?welcome=1');
    expect(await h1(page).textContent()).toBe('Ask for your organisation to be added');
    await expectNoAxeViolations(page);

    // Blank name: the error summary links to the field; what was typed is kept.
    await page.getByLabel('Website (optional)').fill('https://cic.example.org');
    await page.getByRole('button', { name: 'Ask for it to be added' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the name of your organisation');
    expect(await summary.locator('a[href="#name"]').count()).toBe(1);
    expect(await page.locator('#name-error').textContent()).toContain(
      'Enter the name of your organisation',
    );
    expect(await page.getByLabel('Website (optional)').inputValue()).toBe(
      'https://cic.example.org',
    );
    await expectNoAxeViolations(page);

    await page.getByLabel('Organisation name').fill(organisation);
    await page.getByLabel('Type of organisation').selectOption({ index: 1 });
    await page.getByLabel('Integrated care system (ICS)').selectOption({ label: 'Black Country' });
    await page.getByRole('button', { name: 'Ask for it to be added' }).click();
    await page.waitForURL('**/organisations/request?done=requested');
    expect(await page.getByTestId('my-organisation-requests').textContent()).toContain(
      'Waiting for an admin',
    );
    await expectNoAxeViolations(page);

    // Not an admin: a clear "not allowed" page.
    await visit(page, '/admin/requests');
    expect(await page.getByTestId('not-allowed').count()).toBe(1);
    await context.clearCookies();

    // The regional admin adds it from the queue.
    await signIn(page, 'admin@example.org', DEMO_PASSWORD);
    await visit(page, '/admin/requests');
    await page.getByRole('button', { name: `Add ${organisation} to the directory` }).click();
    const banner = page.getByTestId('success-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain(`${organisation} is now in the directory`);
    expect(await page.getByTestId('decided-organisation-requests').textContent()).toContain(
      organisation,
    );
    await expectNoAxeViolations(page);
  }, 120_000);
});

describe('Verified membership without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should sign up as "not listed" and show the organisation request errors with plain form posts', async () => {
    const { page } = fixture;
    // axe needs JavaScript, so these pages are checked with it in the journeys above.
    await page.goto('/sign-up');
    await page.getByLabel('Full name').fill('E2E No Script');
    await page.getByLabel('Email address').fill(uniqueEmail('no-script'));
    await page.getByLabel('Organisation').selectOption('__not_listed__');
    await page.getByLabel('Create a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/organisations/request?welcome=1');
    await page.getByLabel('Staff email domain (optional)').fill('@Example.ORG');
    await page.getByRole('button', { name: 'Ask for it to be added' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.locator('a[href="#name"]').count()).toBe(1);
    expect(await summary.locator('a[href="#typeKey"]').count()).toBe(1);
    expect(await page.getByLabel('Staff email domain (optional)').inputValue()).toBe(
      '@Example.ORG',
    );
  });
});

import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD, uniqueEmail } from './support/env';
import { signIn, visit } from './support/journeys';

const EVENT_TITLE = 'Midlands Anchor Institutions Learning Day';
const ORGANISER_EMAIL = 'organiser@example.org';

const MEMBER_PASSWORD = 'lantern-orchard-meadow-2026';

/** Signs up a fresh member (so the journey can be re-run on the same database); returns their email. */
async function signUpMember(page: Page, name: string): Promise<string> {
  const email = uniqueEmail('events');
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  const organisation = page.locator('#organisationId optgroup option').first();
  await page.getByLabel('Organisation').selectOption((await organisation.getAttribute('value')) ?? '');
  await page.getByLabel('Create a password').fill(MEMBER_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/account');
  return email;
}

async function openSeededEvent(page: Page): Promise<string> {
  await visit(page, '/events');
  await page.getByTestId('upcoming-events').getByRole('link', { name: EVENT_TITLE }).click();
  await page.waitForURL('**/events/*');
  await expectNoAxeViolations(page);
  return new URL(page.url()).pathname;
}

describe('Events and delegate registration', () => {
  const fixture = usePage();
  let delegateName = '';
  let delegateEmail = '';
  let eventPath = '';
  let workshopPath = '';

  it('should let a member register with the questions and see the ticket with a QR code', async () => {
    const { page } = fixture;
    delegateName = `E2E Delegate ${Date.now().toString(36)}`;
    delegateEmail = await signUpMember(page, delegateName);
    eventPath = await openSeededEvent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(EVENT_TITLE);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Places left');

    await page.getByRole('main').getByRole('link', { name: 'Register' }).click();
    await page.waitForURL('**/register');
    await expectNoAxeViolations(page);

    // Submitting without the required answers and consent shows the NHS error summary.
    await page.getByRole('button', { name: 'Register' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('privacy notice');
    await expectNoAxeViolations(page);

    await page.getByLabel('Public health').check();
    await page.getByRole('group', { name: /photographs/ }).getByLabel('Yes').check();
    await page.getByLabel(/dietary requirements/).fill('Vegetarian');
    await page.getByLabel(/I agree to my details/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/my/registrations/*');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(EVENT_TITLE);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Place confirmed');
    const ticket = page.getByTestId('ticket');
    expect(await ticket.locator('svg').count()).toBe(1);
    expect(await ticket.textContent()).toContain('mic-ticket:');

    await visit(page, '/my/registrations');
    expect(await page.getByTestId('my-registrations').textContent()).toContain(EVENT_TITLE);
    expect(await page.getByTestId('calendar-feed-url').textContent()).toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  });

  it('should let the organiser find the delegate, check them in once, and see the attendance report', async () => {
    const { page } = fixture;
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await visit(page, eventPath);
    await page.getByTestId('organiser-tools').getByRole('link', { name: 'Delegates' }).click();
    await page.waitForURL('**/delegates');
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('delegate-table').textContent()).toContain(delegateName);
    await page.getByLabel('Subject').fill('Parking');
    await page.getByLabel('Message').fill('Use the **north** car park.');
    await page.getByRole('button', { name: 'Send email' }).click();
    await page.waitForURL('**/delegates?message=*');
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ emails? queued/);
    await expectNoAxeViolations(page);

    // Tags: a bad tag shows the error summary linked to the row's field; a good one filters the list.
    const tags = page.getByLabel(`Tags for ${delegateName}`);
    await tags.fill('needs parking!');
    await page.getByRole('button', { name: `Save tags for ${delegateName}` }).click();
    await page.waitForURL('**/delegates?*error=*');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Tags can only use');
    await expectNoAxeViolations(page);
    await page.getByLabel(`Tags for ${delegateName}`).fill('speaker, parking');
    await page.getByRole('button', { name: `Save tags for ${delegateName}` }).click();
    await page.waitForURL('**/delegates?*message=*');
    expect(await page.getByRole('status').textContent()).toContain('Tags saved: speaker, parking.');
    await page.getByLabel('Tag', { exact: true }).fill('speaker');
    await page.getByLabel('Status', { exact: true }).selectOption('CONFIRMED');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/delegates?*tag=speaker*');
    expect(await page.getByTestId('delegate-table').textContent()).toContain(delegateName);
    expect(await page.getByTestId('delegate-table').locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page);

    await visit(page, `${eventPath}/check-in`);
    await page.getByLabel('Name or email').fill(delegateName);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/check-in?q=*');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Check in ${delegateName}` }).click();
    await page.waitForURL('**/check-in?*message=*');
    expect(await page.getByTestId('check-in-message').textContent()).toContain('Checked in.');
    await expectNoAxeViolations(page);

    // A second scan of the same ticket says so.
    await page.getByRole('button', { name: `Check in ${delegateName}` }).click();
    await page.waitForURL((url) => (url.searchParams.get('message') ?? '').startsWith('Already checked in'));
    expect(await page.getByTestId('check-in-message').textContent()).toContain('Already checked in at');

    await visit(page, `${eventPath}/attendance`);
    expect(await page.getByTestId('attendance-table').textContent()).toMatch(/\d/);
    expect(await page.getByTestId('feedback-summary').textContent()).toContain('No feedback yet');
    await expectNoAxeViolations(page);
  });

  it('should not show organiser pages to members', async () => {
    const { page } = fixture;
    await signIn(page, 'member@example.org', DEMO_PASSWORD);
    const response = await page.goto(`${eventPath}/delegates`);
    expect(response?.status()).toBe(404);
    const csv = await page.goto(`${eventPath}/delegates.csv`);
    expect(csv?.status()).toBe(403);
  });

  it('should list the confirmation email with its calendar invite at /dev/mail, and serve the event calendar', async () => {
    const { page } = fixture;
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.goto('/dev/mail');
      const text = (await page.getByTestId('dev-mail').textContent()) ?? '';
      if (text.includes(`Your place is confirmed: ${EVENT_TITLE}`)) break;
      if (Date.now() > deadline) throw new Error('confirmation email not caught');
      await page.waitForTimeout(500);
    }
    expect(await page.getByTestId('dev-mail').textContent()).toContain('invite.ics');
    await expectNoAxeViolations(page);
    const ics = await page.request.get(`${eventPath}/calendar.ics`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  });

  it('should let the organiser create a draft with a quota and a question, then publish it', async () => {
    const { page } = fixture;
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await visit(page, '/events');
    await page.getByRole('link', { name: 'Create an event' }).click();
    await page.waitForURL('**/events/new');
    await expectNoAxeViolations(page);
    const title = `E2E workshop ${Date.now().toString(36)}`;
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Starts (UK time)').fill('2031-03-04T10:00');
    await page.getByLabel('Ends (UK time)').fill('2031-03-04T12:30');
    await page.getByLabel('Places', { exact: true }).fill('30');
    await page.getByText('Guaranteed places per ICS').click();
    await page.getByLabel('Black Country', { exact: true }).fill('5');
    await page.locator('#question-0-label').fill('Do you have any access needs?');
    await page.locator('#question-0-sensitive').check();
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('QUA: 5');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Tuesday 4 March 2031, 10:00 to 12:30');
    const publish = page.getByRole('button', { name: 'Publish and open registration' });
    await publish.click();
    await publish.waitFor({ state: 'detached' });
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Places left');

    // The organiser moves the delegate from the seeded event to the new one.
    await visit(page, `${eventPath}/delegates?q=${encodeURIComponent(delegateName)}`);
    const move = page.getByLabel(`Move ${delegateName} to`);
    const target = await move.locator('option', { hasText: title }).getAttribute('value');
    await move.selectOption(target ?? '');
    await page.getByRole('button', { name: `Move ${delegateName}`, exact: true }).click();
    await page.waitForURL('**/delegates?*message=*');
    expect(await page.getByRole('status').textContent()).toContain('Moved: they have a confirmed place');
    expect(new URL(page.url()).searchParams.get('q')).toBe(delegateName);
    expect(await page.getByTestId('delegate-table').textContent()).toContain('Cancelled');
    await expectNoAxeViolations(page);
    workshopPath = `/events/${target}`;
  });

  it('should let the organiser complete the event and the delegate give feedback, shown in the attendance report', async () => {
    const { page } = fixture;
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    // The workshop (where the delegate was moved) took place two days ago.
    const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await visit(page, `${workshopPath}/edit`);
    await page.getByLabel('Starts (UK time)').fill(`${day}T10:00`);
    await page.getByLabel('Ends (UK time)').fill(`${day}T12:00`);
    // Link a case study shown at the event: delegates can say they want to adopt it.
    await page.getByText('Case studies shown at the event').click();
    const linked = page.locator('input[name="caseStudyIds"]').first();
    const caseStudyTitle = ((await page.locator(`label[for="${await linked.getAttribute('id')}"]`).textContent()) ?? '').trim();
    await linked.check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === workshopPath);
    const complete = page.getByRole('button', { name: 'Mark as completed and open feedback' });
    await complete.click();
    await complete.waitFor({ state: 'detached' });
    expect(await page.locator('.nhsuk-inset-text').first().textContent()).toContain('This event has taken place.');

    await page.context().clearCookies();
    await signIn(page, delegateEmail, MEMBER_PASSWORD);
    await visit(page, workshopPath);
    await page.getByRole('link', { name: 'Give feedback on this event' }).click();
    await page.waitForURL('**/feedback');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL('**/feedback?*error=*');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Select a rating');
    await expectNoAxeViolations(page);
    await page.getByLabel('4 – good').check();
    await page.getByLabel('What was useful? (optional)').fill('Hearing how another ICS did it.');
    await page.getByRole('group', { name: /interested in adopting/ }).getByLabel(caseStudyTitle, { exact: true }).check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL((url) => url.pathname === `${workshopPath}/feedback` && !url.search);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you for your feedback');
    expect(await page.getByTestId('my-feedback').textContent()).toContain('4 out of 5');
    expect(await page.getByTestId('my-feedback').textContent()).toContain(caseStudyTitle);
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await visit(page, `${workshopPath}/attendance`);
    const summary = await page.getByTestId('feedback-summary').textContent();
    expect(summary).toContain('1 response, average rating 4 out of 5');
    expect(summary).toContain('Hearing how another ICS did it.');
    expect(summary).toContain(`Interested in adopting: ${caseStudyTitle}`);
    await expectNoAxeViolations(page);
  });
});

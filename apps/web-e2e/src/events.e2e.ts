import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD, uniqueEmail } from './support/env';
import { fillDateTime } from './support/events';
import { signIn, submitSignIn, visit } from './support/journeys';

// Long journeys (many pages, each checked with axe) on a shared, busy machine.
jest.setTimeout(180_000);

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
  await page
    .getByLabel('Organisation')
    .selectOption((await organisation.getAttribute('value')) ?? '');
  await page.getByLabel('Create a password').fill(MEMBER_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/confirm-email/sent');
  return email;
}

async function openSeededEvent(page: Page): Promise<string> {
  await visit(page, '/events');
  await page.getByTestId('upcoming-events').getByRole('link', { name: EVENT_TITLE }).click();
  await page.waitForURL('**/events/*');
  await expectNoAxeViolations(page);
  return new URL(page.url()).pathname;
}

/** Set by the journey below: the organiser's new event (where the delegate is moved) and the case study it shows. */
let workshopPath = '';
let caseStudyTitle = '';

describe('Events and delegate registration', () => {
  const fixture = usePage();
  let delegateName = '';
  let moverName = '';
  let moverEmail = '';
  let eventPath = '';

  it('should let a member register with the questions and see the ticket with a QR code', async () => {
    const { page } = fixture;
    delegateName = `E2E Delegate ${Date.now().toString(36)}`;
    await signUpMember(page, delegateName);
    eventPath = await openSeededEvent(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(EVENT_TITLE);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Places left');

    await page.getByRole('main').getByRole('link', { name: 'Register' }).click();
    await page.waitForURL('**/register');
    await expectNoAxeViolations(page);
    // The event at a glance above the form: when (UK time), where and places left.
    const glance = (await page.getByTestId('event-summary').textContent()) ?? '';
    expect(glance).toMatch(/Date and time.*\(UK time\)/);
    expect(glance).toContain('Venue');
    expect(glance).toMatch(/Places left\d+ of \d+ places left/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(EVENT_TITLE);

    // Submitting without the required answers and consent lists every problem in the NHS error
    // summary at once, and keeps what was typed.
    await page.getByLabel(/dietary requirements/).fill('Vegetarian');
    await page.getByRole('button', { name: 'Register' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    const listed = (await summary.textContent()) ?? '';
    expect(listed).toContain('privacy notice');
    expect(listed).toContain('Which best describes your role?');
    expect(listed).toContain('Are you happy to appear in event photographs?');
    expect(await page.locator('.nhsuk-error-message').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByLabel(/dietary requirements/).inputValue()).toBe('Vegetarian');
    await expectNoAxeViolations(page);

    await page.getByLabel('Public health').check();
    await page
      .getByRole('group', { name: /photographs/ })
      .getByLabel('Yes')
      .check();
    await page.getByLabel(/dietary requirements/).fill('Vegetarian');
    await page.getByLabel(/I agree to my details/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/my/registrations/*');
    await expectNoAxeViolations(page);
    // The confirmation panel says what happened; the page offers "Add to calendar".
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your place is confirmed');
    expect(await page.getByTestId('registration-confirmation').textContent()).toContain(EVENT_TITLE);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Place confirmed');
    const ticket = page.getByTestId('ticket');
    expect(await ticket.locator('svg').count()).toBe(1);
    expect(await ticket.textContent()).toContain('mic-ticket:');

    // Every change is recorded: the ticket lists the registration itself, made by "You".
    const history = page.getByRole('table', { name: 'Changes to this registration' });
    expect(await history.locator('tbody tr').count()).toBe(1);
    expect(await history.locator('tbody tr').first().textContent()).toMatch(
      /You.*Place confirmed.*Registered/,
    );

    await visit(page, '/my/registrations');
    expect(await page.getByTestId('my-registrations').textContent()).toContain(EVENT_TITLE);
    expect(await page.getByTestId('calendar-feed-url').textContent()).toMatch(
      /\/calendar\/[A-Za-z0-9_-]+\.ics$/,
    );

    // A second member registers too: the organiser moves them to another event later.
    await page.context().clearCookies();
    moverName = `E2E Mover ${Date.now().toString(36)}`;
    moverEmail = await signUpMember(page, moverName);
    await page.goto(`${eventPath}/register`);
    await page.getByLabel('Public health').check();
    await page
      .getByRole('group', { name: /photographs/ })
      .getByLabel('No')
      .check();
    await page.getByLabel(/I agree to my details/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/my/registrations/*');
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Place confirmed');
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
    await page.getByTestId('delegates-message').waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/\d+ emails? queued/);
    await expectNoAxeViolations(page);

    // Tags: a bad tag shows the error summary linked to the row's field (and keeps what was
    // typed; nothing goes in the URL); a good one filters the list.
    const tags = page.getByLabel(`Tags for ${delegateName}`);
    await tags.fill('needs parking!');
    await page.getByRole('button', { name: `Save tags for ${delegateName}` }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Tags can only use');
    expect(await page.getByLabel(`Tags for ${delegateName}`).inputValue()).toBe('needs parking!');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);
    await page.getByLabel(`Tags for ${delegateName}`).fill('speaker, parking');
    await page.getByRole('button', { name: `Save tags for ${delegateName}` }).click();
    await page.getByText('Tags saved: speaker, parking.').waitFor();
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
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/check-in?q=*');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `Check in ${delegateName}` }).click();
    await page.getByTestId('check-in-message').waitFor();
    // The desk names who was checked in, and their button gives way to when.
    expect(await page.getByTestId('check-in-message').textContent()).toMatch(
      new RegExp(`^${delegateName} \\(.+\\) checked in at \\d{2}:\\d{2}\\.$`),
    );
    await page.getByTestId('checked-in').waitFor();
    expect(await page.getByRole('button', { name: `Check in ${delegateName}` }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('message')).toBe(false);
    await expectNoAxeViolations(page);

    // The organiser's page for the delegate shows every change, the check-in included.
    await visit(page, `${eventPath}/delegates?q=${encodeURIComponent(delegateName)}`);
    // A checked-in delegate attended: they cannot be moved to another event.
    expect(await page.getByLabel(`Move ${delegateName} to`).count()).toBe(0);
    await page.getByTestId('delegate-table').getByRole('link', { name: delegateName }).click();
    await page.waitForURL('**/delegates/*');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(delegateName);
    const history = page.getByRole('table', { name: 'Changes to this registration' });
    const rows = history.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(
      new RegExp(`${delegateName}.*Place confirmed.*Registered`),
    );
    expect(await rows.nth(1).textContent()).toContain('Checked in at the event');
    expect(await rows.nth(1).locator('time').getAttribute('datetime')).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );

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
    expect((await page.goto(`${eventPath}/case-studies`))?.status()).toBe(404);
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
    await fillDateTime(page, 'startsAt', '2031-03-04', '10:00');
    await fillDateTime(page, 'endsAt', '2031-03-04', '12:30');
    await page.getByLabel('Places', { exact: true }).fill('30');
    await page.getByLabel('Black Country', { exact: true }).fill('5');
    await page.locator('#question-0-label').fill('Do you have any access needs?');
    await page.locator('#question-0-sensitive').check();
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.getByTestId('guaranteed-places').textContent()).toBe('Black Country: 5 places');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain(
      'Tuesday 4 March 2031, 10:00 to 12:30',
    );
    const publish = page.getByRole('button', { name: 'Publish and open registration' });
    await publish.click();
    await publish.waitFor({ state: 'detached' });
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Places left');

    // The organiser moves the second member (not checked in) from the seeded event to the new one.
    await visit(page, `${eventPath}/delegates?q=${encodeURIComponent(moverName)}`);
    const move = page.getByLabel(`Move ${moverName} to`);
    const target = await move.locator('option', { hasText: title }).getAttribute('value');
    await move.selectOption(target ?? '');
    await page.getByRole('button', { name: `Move ${moverName}`, exact: true }).click();
    await page.getByTestId('delegates-message').waitFor();
    expect(await page.getByRole('status').textContent()).toContain(
      'Moved: they have a confirmed place',
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe(moverName);
    expect(await page.getByTestId('delegate-table').textContent()).toContain('Cancelled');
    await expectNoAxeViolations(page);
    workshopPath = `/events/${target}`;
    // The old registration's history names the event they went to.
    await page.getByTestId('delegate-table').getByRole('link', { name: moverName }).click();
    await page.waitForURL('**/delegates/*');
    const history = page.getByRole('table', { name: 'Changes to this registration' });
    expect(await history.locator('tbody tr').last().textContent()).toMatch(
      new RegExp(`Place confirmed → Cancelled.*Moved to another event: ${title}`),
    );
    expect(await history.getByRole('link', { name: title }).getAttribute('href')).toBe(
      workshopPath,
    );
    await expectNoAxeViolations(page);
  });

  it('should let the organiser choose a case study by searching, complete the event, and the delegate give and change feedback', async () => {
    const { page } = fixture;
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    // The workshop (where the delegate was moved) took place two days ago.
    const day = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await visit(page, `${workshopPath}/edit`);
    expect(await page.getByTestId('editor-linked-case-studies').count()).toBe(0);
    await fillDateTime(page, 'startsAt', day, '10:00');
    await fillDateTime(page, 'endsAt', day, '12:00');
    // Saving can go on to the case study step: search every published case study and add one.
    await page.getByRole('button', { name: 'Save and choose case studies' }).click();
    await page.waitForURL((url) => url.pathname === `${workshopPath}/case-studies`);
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain('None yet');
    const latest = page
      .getByTestId('case-study-results')
      .locator('tbody tr')
      .first()
      .getByRole('link');
    caseStudyTitle = ((await latest.textContent()) ?? '').trim();
    await page
      .getByLabel('Search published case studies')
      .fill(caseStudyTitle.split(' ').slice(0, 3).join(' '));
    await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/case-studies?q=*');
    expect(await page.getByRole('heading', { name: /results? for/ }).textContent()).toMatch(
      /^\d+ results? for/,
    );
    await page.getByRole('button', { name: `Add ${caseStudyTitle}`, exact: true }).click();
    await page.getByText(`Added “${caseStudyTitle}”`).waitFor();
    expect(await page.getByRole('status').textContent()).toContain(`Added “${caseStudyTitle}”`);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain(caseStudyTitle);
    expect(new URL(page.url()).searchParams.get('q')).toBeTruthy();
    await expectNoAxeViolations(page);

    // The editor lists it, ticked; saving other changes keeps it.
    await visit(page, `${workshopPath}/edit`);
    const linkedBox = page
      .getByTestId('editor-linked-case-studies')
      .getByLabel(caseStudyTitle, { exact: true });
    expect(await linkedBox.isChecked()).toBe(true);
    expect(await page.locator('#startsAt-day').inputValue()).toBe(String(Number(day.slice(8, 10))));
    expect(await page.locator('#startsAt-time').inputValue()).toBe('10:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === workshopPath);
    await visit(page, `${workshopPath}/case-studies`);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain(caseStudyTitle);

    await visit(page, workshopPath);
    const complete = page.getByRole('button', { name: 'Mark as completed and open feedback' });
    await complete.click();
    await complete.waitFor({ state: 'detached' });
    expect(await page.locator('.nhsuk-inset-text').first().textContent()).toContain(
      'This event has taken place.',
    );

    await page.context().clearCookies();
    await signIn(page, moverEmail, MEMBER_PASSWORD);
    await visit(page, workshopPath);
    // The moved delegate's ticket says where they came from.
    await page.getByRole('link', { name: /View your registration/ }).click();
    await page.waitForURL('**/my/registrations/*');
    await expectNoAxeViolations(page);
    const history = page.getByRole('table', { name: 'Changes to this registration' });
    expect(await history.locator('tbody tr').first().textContent()).toContain(
      `Moved from another event: ${EVENT_TITLE}`,
    );

    await visit(page, workshopPath);
    await page.getByRole('link', { name: 'Give feedback on this event' }).click();
    await page.waitForURL('**/feedback');
    await expectNoAxeViolations(page);
    await page.getByLabel('What was useful? (optional)').fill('Typed before choosing a rating.');
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Select a rating');
    expect(await page.getByLabel('What was useful? (optional)').inputValue()).toBe('Typed before choosing a rating.');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);
    await page.getByLabel('4 – good').check();
    await page.getByLabel('What was useful? (optional)').fill('Hearing how another ICS did it.');
    const interest = () =>
      page
        .getByRole('group', { name: /interested in adopting/ })
        .getByLabel(caseStudyTitle, { exact: true });
    await interest().check();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === `${workshopPath}/feedback` &&
        url.searchParams.get('saved') === 'submitted',
    );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your feedback');
    expect(await page.getByTestId('feedback-saved').textContent()).toContain(
      'Thank you for your feedback.',
    );
    await expectNoAxeViolations(page);

    // The answers come back pre-filled, to change.
    expect(await page.getByLabel('4 – good').isChecked()).toBe(true);
    expect(await page.getByLabel('What was useful? (optional)').inputValue()).toBe(
      'Hearing how another ICS did it.',
    );
    expect(await interest().isChecked()).toBe(true);
    await page.getByLabel('5 – excellent').check();
    await page
      .getByLabel('What was useful? (optional)')
      .fill('Hearing how another ICS did it, and the Q&A.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.searchParams.get('saved') === 'updated');
    expect(await page.getByTestId('feedback-saved').textContent()).toContain(
      'Your changes to your feedback have been saved.',
    );
    expect(await page.getByLabel('5 – excellent').isChecked()).toBe(true);
    expect(await page.getByTestId('my-feedback').textContent()).toContain('last changed it on');
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await visit(page, `${workshopPath}/attendance`);
    const summary = await page.getByTestId('feedback-summary').textContent();
    expect(summary).toContain('1 response, average rating 5 out of 5');
    expect(summary).toContain('Hearing how another ICS did it, and the Q&A.');
    expect(summary).toContain(`Interested in adopting: ${caseStudyTitle}`);
    expect(summary).toContain('; changed');
    await expectNoAxeViolations(page);
  });
});

describe('Event case studies without JavaScript', () => {
  // Plain form posts: the editor's second submit button and the case study step's GET search and add/remove forms.
  const fixture = usePage({ javaScriptEnabled: false });

  it('should keep the linked case study when saving the editor, and remove and add it back on the case study step', async () => {
    const { page } = fixture;
    expect(workshopPath).not.toBe('');
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(`${workshopPath}/edit`)}`);
    await submitSignIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(`**${workshopPath}/edit`);
    expect(
      await page
        .getByTestId('editor-linked-case-studies')
        .getByLabel(caseStudyTitle, { exact: true })
        .isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Save and choose case studies' }).click();
    await page.waitForURL((url) => url.pathname === `${workshopPath}/case-studies`);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain(caseStudyTitle);

    await page.getByRole('button', { name: `Remove ${caseStudyTitle}`, exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toContain(`Removed “${caseStudyTitle}”`);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain('None yet');

    await page.getByLabel('Search published case studies').fill(caseStudyTitle);
    await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/case-studies?q=*');
    await page.getByRole('button', { name: `Add ${caseStudyTitle}`, exact: true }).click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toContain(`Added “${caseStudyTitle}”`);
    expect(await page.getByTestId('linked-case-studies').textContent()).toContain(caseStudyTitle);
    expect(new URL(page.url()).searchParams.get('q')).toBe(caseStudyTitle);
  });

  it('should refuse a save made before another change, keeping what was typed (plain form post)', async () => {
    const { page, context } = fixture;
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(`${workshopPath}/edit`)}`);
    await submitSignIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await page.waitForURL(`**${workshopPath}/edit`);
    const other = await context.newPage();
    await other.goto(`${workshopPath}/edit`);
    await other.getByLabel('Description').fill('Changed in another tab.');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.waitForURL((url) => url.pathname === workshopPath);
    await other.close();

    await page.getByLabel('Description').fill('Typed without JavaScript.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(
      'Someone else changed this event since you opened it.',
    );
    expect(await page.getByLabel('Description').inputValue()).toBe('Typed without JavaScript.');
  });
});

describe('Two organisers editing an event at once', () => {
  const fixture = usePage();

  it('should refuse the later save with an error summary that keeps what was typed and links to reload', async () => {
    const { page, context } = fixture;
    expect(workshopPath).not.toBe('');
    await signIn(page, ORGANISER_EMAIL, DEMO_PASSWORD);
    await visit(page, `${workshopPath}/edit`);
    const venue = `Their venue ${Date.now().toString(36)}`;

    // Meanwhile, in another tab, the event is changed and saved.
    const other = await context.newPage();
    await visit(other, `${workshopPath}/edit`);
    await other.getByLabel('Venue (optional)').fill(venue);
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.waitForURL((url) => url.pathname === workshopPath);
    await other.close();

    // The first tab's save would overwrite that: it is refused, and what was typed stays.
    await page.getByLabel('Venue address (optional)').fill('1 Typed Street, Derby');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Someone else changed this event since you opened it. Reload to see their changes, then make yours again.',
    );
    expect(await summary.textContent()).toContain('What you typed is still in the form below.');
    expect(new URL(page.url()).pathname).toBe(`${workshopPath}/edit`);
    expect(await page.getByLabel('Venue address (optional)').inputValue()).toBe(
      '1 Typed Street, Derby',
    );
    await expectNoAxeViolations(page);
    // Saving again from the same (old) version is still refused: nothing of theirs is overwritten.
    await Promise.all([
      page.waitForResponse(
        (r) =>
          r.request().method() === 'POST' && new URL(r.url()).pathname === `${workshopPath}/edit`,
      ),
      page.getByRole('button', { name: 'Save changes' }).click(),
    ]);
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    expect(await summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('Someone else changed this event');
    expect(await page.getByLabel('Venue address (optional)').inputValue()).toBe(
      '1 Typed Street, Derby',
    );

    // Reloading shows their change; making ours again then saves.
    await summary.getByRole('link', { name: /Someone else changed this event/ }).click();
    await page.waitForURL((url) => url.pathname === `${workshopPath}/edit`);
    await page.locator('.nhsuk-error-summary').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Venue (optional)').inputValue()).toBe(venue);
    await page.getByLabel('Venue address (optional)').fill('1 Typed Street, Derby');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL((url) => url.pathname === workshopPath);
    const details = await page.getByRole('main').textContent();
    expect(details).toContain(venue);
    expect(details).toContain('1 Typed Street, Derby');
  });
});

import type { BrowserContext, Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { dayFromNow, expectNoSidewaysScroll, expectNoTechnicalText, fillDateTime } from './support/events';
import { signIn, submitSignIn, visit } from './support/journeys';

/**
 * Issue #11, events: the editor's NHS date inputs, deadline and quotas; the
 * registration page's summary; "Add to calendar"; "Are you sure?" before
 * cancelling; check-in that names the person; readable names (not codes) and
 * the live waiting-list place in lists and the CSV; no page wider than a
 * 390 px phone; and no error text in any URL.
 */

// Long journeys (many pages, each checked with axe) on a shared, busy machine.
jest.setTimeout(180_000);

const ORGANISER = 'organiser@example.org';
const MEMBER = 'member@example.org'; // Marcus Hall, Healthwatch Birmingham (Birmingham and Solihull)
const LEAD = 'lead@example.org'; // Leah Bassi, Walsall Healthcare NHS Trust (Black Country)
const MODERATOR = 'moderator@example.org';
const ICS_ADMIN = 'icsadmin@example.org';

const RUN = Date.now().toString(36);
const TITLE = `Anchor skills exchange ${RUN}`;
const WAITLIST_TITLE = `Small-room clinic ${RUN}`;
/** Codes that must never be shown where people read (ODS codes, organisation type keys, statuses). */
const CODES = /\b(QHL|QUA|QWU|QT1|NHS_TRUST|VCSE|ICB|CONFIRMED|WAITLISTED|CANCELLED|PENDING_APPROVAL)\b/;

let eventPath = '';
let waitlistPath = '';
let memberTicket = '';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD);
}

/** Registers the signed-in person for an event with no questions (consent only); returns the registration path. */
async function register(page: Page, path: string): Promise<string> {
  await page.goto(`${path}/register`);
  await page.getByLabel(/I agree to my details/).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.waitForURL('**/my/registrations/*');
  return new URL(page.url()).pathname;
}

/** Creates and publishes an event through the editor; returns its path. */
async function createPublishedEvent(page: Page, title: string, capacity: string, extra?: (page: Page) => Promise<void>): Promise<string> {
  await page.goto('/events/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await fillDateTime(page, 'startsAt', '2031-03-04', '10:00');
  await fillDateTime(page, 'endsAt', '2031-03-04', '16:00');
  await page.getByLabel('Places', { exact: true }).fill(capacity);
  if (extra) await extra(page);
  await page.getByRole('button', { name: 'Create draft event' }).click();
  await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
  const path = new URL(page.url()).pathname;
  const publish = page.getByRole('button', { name: 'Publish and open registration' });
  await publish.click();
  await publish.waitFor({ state: 'detached' });
  return path;
}

describe('Event journeys: editor, registration, calendar, cancelling, check-in and readable names', () => {
  const fixture = usePage();

  it('should use NHS date inputs with their messages, keep what was typed, and show quotas in the main form', async () => {
    const { page } = fixture;
    await signInAs(page, ORGANISER);
    await visit(page, '/events/new');
    // Quotas are part of the main form, not hidden behind a step or a "details" toggle.
    expect(await page.getByLabel('Black Country', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('NHS trust', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Start date and time (UK time)' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Registration deadline (optional)' }).count()).toBe(1);

    // 1. A missing month and a date that cannot be real.
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.locator('#startsAt-day').fill('4');
    await page.locator('#startsAt-year').fill('2031');
    await page.locator('#startsAt-time').fill('10:00');
    await fillDateTime(page, 'endsAt', '2031-02-30', '16:00');
    await page.getByLabel('Places', { exact: true }).fill('30');
    await page.getByLabel('Black Country', { exact: true }).fill('5');
    await page.getByLabel('NHS trust', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Create draft event' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Start date must include a month');
    expect(await summary.textContent()).toContain('End date must be a real date');
    expect(await summary.getByRole('link', { name: 'Start date must include a month' }).getAttribute('href')).toBe('#startsAt-month');
    expect(await page.locator('#startsAt-month').getAttribute('class')).toContain('nhsuk-input--error');
    // Everything typed is still there, and nothing went into the URL.
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(TITLE);
    expect(await page.locator('#startsAt-day').inputValue()).toBe('4');
    expect(await page.locator('#startsAt-time').inputValue()).toBe('10:00');
    expect(await page.locator('#endsAt-day').inputValue()).toBe('30');
    expect(await page.getByLabel('Black Country', { exact: true }).inputValue()).toBe('5');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);

    // 2. The end before the start.
    await page.locator('#startsAt-month').fill('3');
    await fillDateTime(page, 'endsAt', '2031-03-04', '09:00');
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.getByText('End must be after the start').first().waitFor();
    expect(await summary.textContent()).not.toContain('Start date');

    // 3. A registration deadline after the start.
    await page.locator('#endsAt-time').fill('16:00');
    await fillDateTime(page, 'registrationClosesAt', '2031-03-05', '17:00');
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.getByText('Registration deadline must be before the event starts').first().waitFor();
    await expectNoTechnicalText(page);

    // 4. Put right, it is created; the event page reads in names and UK time.
    await page.locator('#registrationClosesAt-day').fill('3');
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    eventPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    const details = (await page.locator('.nhsuk-summary-list').textContent()) ?? '';
    expect(details).toContain('Tuesday 4 March 2031, 10:00 to 16:00 (UK time)');
    expect(details).toContain('Registration closesMonday 3 March 2031 at 17:00 (UK time)');
    expect(await page.getByTestId('guaranteed-places').textContent()).toBe('Black Country: 5 placesNHS trust: 3 places');
    expect(details).not.toMatch(CODES);
    const publish = page.getByRole('button', { name: 'Publish and open registration' });
    await publish.click();
    await publish.waitFor({ state: 'detached' });

    // The editor shows the saved times back in the boxes, in UK time.
    await visit(page, `${eventPath}/edit`);
    expect(await page.locator('#registrationClosesAt-day').inputValue()).toBe('3');
    expect(await page.locator('#registrationClosesAt-time').inputValue()).toBe('17:00');
  });

  it('should show the event above the registration form, confirm with "Add to calendar", and ask before cancelling', async () => {
    const { page } = fixture;
    expect(eventPath).not.toBe('');
    await signInAs(page, MEMBER);
    await visit(page, eventPath);
    await page.getByRole('main').getByRole('link', { name: 'Register' }).click();
    await page.waitForURL('**/register');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Register for ${TITLE}`);
    const glance = (await page.getByTestId('event-summary').textContent()) ?? '';
    expect(glance).toContain('Tuesday 4 March 2031, 10:00 to 16:00 (UK time)');
    expect(glance).toContain('Places left30 of 30 places left');
    expect(glance).toContain('Registration closesMonday 3 March 2031 at 17:00 (UK time)');
    // The summary comes before the form.
    const order = await page.evaluate(() => {
      const summary = document.querySelector('[data-testid="event-summary"]');
      const form = document.querySelector('main form');
      return summary && form ? summary.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();

    await page.getByLabel(/I agree to my details/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.waitForURL('**/my/registrations/*');
    memberTicket = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your place is confirmed');

    // Add to calendar: the .ics file from this site, and an Outlook on the web link (links only).
    const calendar = page.getByTestId('add-to-calendar');
    const ics = await calendar.getByRole('link', { name: /calendar file \(\.ics\)/ }).getAttribute('href');
    expect(ics).toBe(`${eventPath}/calendar.ics`);
    const file = await page.request.get(ics ?? '');
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('text/calendar');
    expect(await file.text()).toContain(`SUMMARY:${TITLE}`);
    const outlook = new URL((await calendar.getByRole('link', { name: 'Add to Outlook on the web' }).getAttribute('href')) ?? '');
    expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(outlook.searchParams.get('subject')).toBe(TITLE);
    expect(outlook.searchParams.get('startdt')).toBe('2031-03-04T10:00:00.000Z');
    expect(outlook.searchParams.get('enddt')).toBe('2031-03-04T16:00:00.000Z');
    expect(outlook.searchParams.get('location')).toBe('To be confirmed');
    expect(outlook.searchParams.get('body')).toContain('Ticket code: mic-ticket:');

    // The registration page (not just after registering) offers it too.
    await visit(page, memberTicket);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByTestId('add-to-calendar').count()).toBe(1);

    // Cancelling asks first; "No" changes nothing.
    await page.getByRole('link', { name: 'Cancel my registration' }).click();
    await page.waitForURL('**/cancel');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Are you sure you want to cancel your registration?');
    await page.getByRole('link', { name: 'No, keep my place' }).click();
    await page.waitForURL((url) => url.pathname === memberTicket);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Place confirmed');

    await page.getByRole('link', { name: 'Cancel my registration' }).click();
    await page.waitForURL('**/cancel');
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.waitForURL((url) => url.pathname === memberTicket && url.searchParams.get('done') === 'cancelled');
    expect(await page.getByRole('status').textContent()).toContain('Your registration has been cancelled.');
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Cancelled');
    await expectNoAxeViolations(page);
    // Back on the "Are you sure?" page later: nothing to confirm, no error.
    await page.goto(`${memberTicket}/cancel`);
    await page.waitForURL((url) => url.pathname === memberTicket);

    // Register again (the check-in journey below checks them in).
    memberTicket = await register(page, eventPath);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Place confirmed');
  });

  it('should name the person checked in by ticket, say so on a second scan, and keep a mistyped code', async () => {
    const { page } = fixture;
    await signInAs(page, ORGANISER);
    const ticket = `mic-ticket:${memberTicket.split('/').pop()}`;
    await visit(page, `${eventPath}/check-in`);
    await page.getByLabel('Ticket code').fill('mic-ticket:not-a-code');
    await page.getByRole('button', { name: 'Check in ticket' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Enter a ticket code like mic-ticket:');
    expect(await page.getByLabel('Ticket code').inputValue()).toBe('mic-ticket:not-a-code');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);

    await page.getByLabel('Ticket code').fill(ticket);
    await page.getByRole('button', { name: 'Check in ticket' }).click();
    await page.getByTestId('check-in-message').waitFor();
    expect(await page.getByTestId('check-in-message').textContent()).toMatch(/^Marcus Hall \(Healthwatch Birmingham\) checked in at \d{2}:\d{2}\.$/);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    await expectNoAxeViolations(page);

    // The same ticket again: already checked in, said plainly, not an error.
    await page.getByLabel('Ticket code').fill(ticket);
    await page.getByRole('button', { name: 'Check in ticket' }).click();
    await page.getByText('Marcus Hall (Healthwatch Birmingham) is already checked in').waitFor();
    expect(await page.getByTestId('check-in-message').textContent()).toMatch(/is already checked in: they checked in at \d{2}:\d{2}\.$/);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);

    // By name: once in, the button gives way to when they checked in.
    await page.getByLabel('Name or email').fill('Marcus Hall');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await page.waitForURL('**/check-in?q=*');
    expect(await page.getByTestId('checked-in').textContent()).toMatch(/^Checked in at \d{2}:\d{2}$/);
    expect(await page.getByRole('button', { name: 'Check in Marcus Hall' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });

  it('should show names, not codes, in the delegate list, the delegate page and the attendance report', async () => {
    const { page } = fixture;
    await signInAs(page, ORGANISER);
    await visit(page, `${eventPath}/delegates`);
    const table = page.getByTestId('delegate-table');
    // Marcus cancelled once and registered again: the row with his place.
    const row = table.locator('tbody tr', { hasText: 'Marcus Hall' }).filter({ hasText: 'Place confirmed' });
    expect(await row.textContent()).toContain('Birmingham and Solihull');
    expect(await row.textContent()).toContain('Place confirmed');
    expect(await row.textContent()).toMatch(/Checked in at \d{2}:\d{2}/);
    expect(await table.locator('tbody').textContent()).not.toMatch(CODES);
    // The table scrolls inside its own labelled region, with the names kept in view.
    expect(await page.getByRole('region', { name: `Delegates of ${TITLE}` }).count()).toBe(1);

    // An action's error stays out of the URL and keeps what was typed (form state).
    await page.getByLabel('Subject').fill('Joining details');
    await page.getByRole('button', { name: 'Send email' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Enter a message');
    expect(await page.getByLabel('Subject').inputValue()).toBe('Joining details');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);

    await row.getByRole('link', { name: 'Marcus Hall' }).click();
    await page.waitForURL('**/delegates/*');
    await expectNoAxeViolations(page);
    const detail = (await page.locator('.nhsuk-summary-list').textContent()) ?? '';
    expect(detail).toContain('ICSBirmingham and Solihull');
    expect(detail).toMatch(/Checked in.*\(UK time\)/);
    expect(detail).not.toMatch(CODES);

    await visit(page, `${eventPath}/attendance`);
    const attendance = (await page.getByTestId('attendance-table').textContent()) ?? '';
    expect(attendance).toContain('Birmingham and Solihull');
    expect(attendance).not.toMatch(CODES);
    expect(await page.getByRole('region', { name: 'Attendance by ICS and organisation type' }).count()).toBe(1);
  });

  it('should show the live waiting-list place in the list, on the ticket and in the CSV (codes beside labels)', async () => {
    const { page } = fixture;
    await signInAs(page, ORGANISER);
    waitlistPath = await createPublishedEvent(page, WAITLIST_TITLE, '1');
    for (const email of [MEMBER, MODERATOR, ICS_ADMIN]) {
      await signInAs(page, email);
      await register(page, waitlistPath);
    }
    // Isaac Doyle joined the queue second; Mina Chowdhury, ahead of him, leaves it.
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('On the waiting list (number 2)');
    const isaacTicket = new URL(page.url()).pathname;
    await signInAs(page, MODERATOR);
    await page.goto('/my/registrations');
    await page.getByTestId('my-registrations').getByRole('link', { name: WAITLIST_TITLE }).click();
    await page.waitForURL('**/my/registrations/*');
    await page.getByRole('link', { name: 'Cancel my registration' }).click();
    await page.waitForURL('**/cancel');
    expect(await page.getByRole('button', { name: 'Yes, cancel my registration' }).count()).toBe(1);
    await page.getByRole('link', { name: 'No, keep my registration' }).waitFor();
    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'cancelled');

    await signInAs(page, ICS_ADMIN);
    await visit(page, isaacTicket);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('On the waiting list (number 1)');

    await signInAs(page, ORGANISER);
    await visit(page, `${waitlistPath}/delegates`);
    expect(await page.getByTestId('delegate-table').locator('tbody tr', { hasText: 'Isaac Doyle' }).textContent()).toContain(
      'On the waiting list (number 1)',
    );
    const csv = await page.request.get(`${waitlistPath}/delegates.csv`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 13)).toEqual([
      'name',
      'email',
      'organisation',
      'ics_code',
      'ics',
      'organisation_type_code',
      'organisation_type',
      'status_code',
      'status',
      'waiting_list_place',
      'checked_in_uk_time',
      'tags',
      'registered_uk_time',
    ]);
    const isaac = lines.find((l) => l.startsWith('Isaac Doyle,')) ?? '';
    expect(isaac).toContain(',QT1,Nottingham and Nottinghamshire,ICB,Integrated Care Board,WAITLISTED,On the waiting list,1,,');
    expect(isaac).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const mina = lines.find((l) => l.startsWith('Mina Chowdhury,')) ?? '';
    expect(mina).toContain(',CANCELLED,Cancelled,,');
  });
});

describe('Cancelling without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should confirm with a plain form post, and a second confirm from another tab is harmless', async () => {
    const { page, context } = fixture;
    expect(eventPath).not.toBe('');
    await page.goto('/sign-in');
    await submitSignIn(page, LEAD, DEMO_PASSWORD);
    await page.waitForURL('**/account');
    const ticket = await register(page, eventPath);
    await page.goto(`${ticket}/cancel`);
    const other = await context.newPage();
    await other.goto(`${ticket}/cancel`);

    await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await page.waitForURL((url) => url.searchParams.get('done') === 'cancelled');
    expect(await page.getByRole('status').textContent()).toContain('Your registration has been cancelled.');

    // The same confirmation again (a second click, or the page left open): no error, same outcome.
    await other.getByRole('button', { name: 'Yes, cancel my registration' }).click();
    await other.waitForURL((url) => url.searchParams.get('done') === 'cancelled');
    expect(await other.locator('.nhsuk-tag').first().textContent()).toBe('Cancelled');
    expect(await other.locator('.nhsuk-error-summary').count()).toBe(0);
    await other.close();
  });
});

describe('Declining a registration without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should ask inline before declining, and say what happened without putting it in the URL', async () => {
    const { page } = fixture;
    await signInAs(page, ORGANISER);
    const approvalPath = await createPublishedEvent(page, `Approval panel ${RUN}`, '10', async (p) => {
      await p.getByLabel('Organisers approve each registration').check();
    });
    await signInAs(page, MODERATOR);
    await register(page, approvalPath);
    expect(await page.locator('.nhsuk-tag').first().textContent()).toBe('Awaiting approval');

    await signInAs(page, ORGANISER);
    await page.goto(`${approvalPath}/delegates`);
    // The warning button is inside a details element: nothing is declined by one click.
    const confirm = page.getByRole('button', { name: 'Yes, decline Mina Chowdhury' });
    expect(await confirm.isVisible()).toBe(false);
    await page.getByText('Decline Mina Chowdhury', { exact: true }).click();
    expect(await confirm.isVisible()).toBe(true);
    await confirm.click();
    await page.waitForLoadState('load');
    expect(await page.getByRole('status').textContent()).toContain('Registration declined.');
    expect(await page.getByTestId('delegate-table').locator('tbody tr', { hasText: 'Mina Chowdhury' }).textContent()).toContain('Not going');
    expect(new URL(page.url()).search).toBe('');
  });
});

describe('Event pages on a 390 px phone', () => {
  const fixture = usePage({ viewport: { width: 390, height: 844 } });

  it('should never scroll sideways: delegates, attendance, check-in, event, register and my registrations', async () => {
    const { page } = fixture;
    expect(eventPath).not.toBe('');
    await signInAs(page, ORGANISER);
    for (const path of [`${eventPath}/delegates`, `${eventPath}/attendance`, `${eventPath}/check-in?q=Marcus`, eventPath, `${waitlistPath}/delegates`, `${eventPath}/edit`]) {
      await visit(page, path);
      await expectNoSidewaysScroll(page);
      await expectNoTechnicalText(page);
    }
    // Lead cancelled above, so she can open the registration form.
    await signInAs(page, LEAD);
    for (const path of [eventPath, `${eventPath}/register`, '/my/registrations', `${waitlistPath}`]) {
      await visit(page, path);
      await expectNoSidewaysScroll(page);
    }
    await signInAs(page, MEMBER);
    for (const path of ['/my/registrations', memberTicket, `${memberTicket}/cancel`]) {
      await visit(page, path);
      await expectNoSidewaysScroll(page);
    }
  });
});

describe('Registration deadline', () => {
  const fixture = usePage();

  it('should say registration has closed after the deadline, on the event, on the form and when a form left open is sent', async () => {
    const { page } = fixture;
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    // Leah opens the registration form while registration is open...
    await signInAs(page, LEAD);
    await visit(page, `${eventPath}/register`);
    await page.getByLabel(/I agree to my details/).check();

    // ...meanwhile the organiser closes registration (a deadline yesterday).
    const organiser: BrowserContext = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'en-GB' });
    const other = await organiser.newPage();
    await signIn(other, ORGANISER, DEMO_PASSWORD);
    await other.goto(`${eventPath}/edit`);
    await fillDateTime(other, 'registrationClosesAt', dayFromNow(-1), '17:00');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await other.waitForURL((url) => url.pathname === eventPath);
    await organiser.close();

    // Sending the form now says why, without losing the page or showing technical text.
    await page.getByRole('button', { name: 'Register' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(/Registration for this event has closed\. It closed on .+ at 17:00 \(UK time\)\./);
    await expectNoTechnicalText(page);

    await visit(page, eventPath);
    expect(await page.getByTestId('registration-closed').textContent()).toMatch(/^Registration has closed\. It closed on .+ at 17:00 \(UK time\)\.$/);
    expect(await page.getByRole('main').getByRole('link', { name: 'Register' }).count()).toBe(0);
    await visit(page, `${eventPath}/register`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Registration has closed');
    expect(await page.locator('form button', { hasText: 'Register' }).count()).toBe(0);
  });

  it('should ask the organiser before cancelling an event, and not fail when asked again', async () => {
    const { page } = fixture;
    expect(waitlistPath).not.toBe('');
    await signInAs(page, ORGANISER);
    await visit(page, waitlistPath);
    await page.getByRole('link', { name: 'Cancel the event' }).click();
    await page.waitForURL('**/cancel');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Are you sure you want to cancel this event?');
    expect(await page.locator('.nhsuk-warning-callout').textContent()).toContain('will be emailed');
    await page.getByRole('link', { name: 'No, keep the event' }).click();
    await page.waitForURL((url) => url.pathname === waitlistPath);
    expect(await page.locator('.nhsuk-inset-text', { hasText: 'This event has been cancelled.' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Cancel the event' }).click();
    await page.waitForURL('**/cancel');
    await page.getByRole('button', { name: 'Yes, cancel the event' }).click();
    await page.waitForURL((url) => url.pathname === waitlistPath);
    await page.getByText('This event has been cancelled.').waitFor();
    await expectNoAxeViolations(page);
    // The confirmation page again: nothing left to confirm, so back to the event.
    await page.goto(`${waitlistPath}/cancel`);
    await page.waitForURL((url) => url.pathname === waitlistPath);
    expect(await page.getByRole('link', { name: 'Cancel the event' }).count()).toBe(0);
  });
});

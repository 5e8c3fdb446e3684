import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { fillDateTime } from './support/events';
import { signIn, visit } from './support/journeys';

jest.setTimeout(120_000);

/**
 * An organiser adds a co-organiser by email from the event's organiser
 * tools: blank and malformed answers and an unknown address are refused on
 * the page with what was typed kept; a real member becomes an organiser and
 * can then open the organiser tools. Someone who does not organise the
 * event is not offered the page.
 */
describe('Add a co-organiser', () => {
  const fixture = usePage();

  it('should refuse blank, malformed and unknown addresses, then add a member who can then manage the event', async () => {
    const { page } = fixture;
    await signIn(page, 'organiser@example.org', DEMO_PASSWORD);
    await page.goto('/events/new');
    await page
      .getByLabel('Title', { exact: true })
      .fill(`Co-organised workshop ${Date.now().toString(36)}`);
    await fillDateTime(page, 'startsAt', '2031-05-06', '10:00');
    await fillDateTime(page, 'endsAt', '2031-05-06', '12:00');
    await page.getByLabel('Places', { exact: true }).fill('20');
    await page.getByRole('button', { name: 'Create draft event' }).click();
    await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    const eventPath = new URL(page.url()).pathname;

    await page
      .getByTestId('organiser-tools')
      .getByRole('link', { name: 'Add a co-organiser' })
      .click();
    await page.waitForURL(`**${eventPath}/organisers`);
    await expectNoAxeViolations(page);

    const submit = () => page.getByRole('button', { name: 'Add co-organiser' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await submit();
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the email address of the person to add');

    await page.getByLabel('Email address of the person to add').fill('not-an-email');
    await submit();
    await page.getByText('Enter an email address in the correct format').first().waitFor();
    expect(await page.getByLabel('Email address of the person to add').inputValue()).toBe(
      'not-an-email',
    );

    await page.getByLabel('Email address of the person to add').fill('nobody-here@example.org');
    await submit();
    await page.waitForFunction(
      () => !!document.querySelector('.nhsuk-error-summary')?.textContent?.match(/\w/),
    );
    expect(await page.getByLabel('Email address of the person to add').inputValue()).toBe(
      'nobody-here@example.org',
    );
    await expectNoAxeViolations(page);

    await page.getByLabel('Email address of the person to add').fill('member@example.org');
    await submit();
    await page.waitForURL('**/organisers?added=1');
    expect(await page.getByRole('status').textContent()).toContain(
      'The co-organiser has been added',
    );

    // The new co-organiser can now use the organiser tools; a stranger cannot.
    await page.context().clearCookies();
    await signIn(page, 'member@example.org', DEMO_PASSWORD);
    await visit(page, eventPath);
    expect(await page.getByTestId('organiser-tools').count()).toBe(1);
    await page.context().clearCookies();
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);
    await visit(page, eventPath);
    expect(await page.getByTestId('organiser-tools').count()).toBe(0);
  });
});

import type { Page } from 'playwright-core';

import { apiToken, gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

/*
 * Following and the home feed, without JavaScript: a member follows an ICS
 * from its page, a case study from that ICS is published, and it appears in
 * their home feed; /settings/follows changes the level and stops following.
 * Axe on the signed-in home page and /settings/follows.
 */

const FOLLOWER = 'member@example.org';
const LEAD = 'lead@example.org';
const REVIEWER = 'moderator@example.org';
const ICS = 'QUA';

/** A case study by the Walsall lead (Black Country, QUA), submitted and approved through the API. */
async function publishCaseStudy(title: string): Promise<{ id: string; slug: string }> {
  const lead = await apiToken(LEAD);
  const created = await gql<{ createCaseStudy: { id: string; slug: string } }>(
    `mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id slug } }`,
    {
      input: {
        title,
        summary: 'Local people into jobs at the hospital through a short academy.',
        problem: 'High unemployment near the hospital.',
        approach: 'A level 1 qualification and a guaranteed interview.',
        icsOdsCode: ICS,
        placeName: 'Walsall',
        themes: ['EMPLOYMENT'],
        evidenceLevel: 'BEFORE_AFTER',
        contact: { name: 'Leah Bassi', role: 'Anchor lead', email: 'leah.bassi@example.org' },
      },
    },
    lead,
  );
  const cs = created.createCaseStudy;
  await gql(
    `mutation($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`,
    {
      input: {
        caseStudyId: cs.id,
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: 12,
        measuredOn: '2025-06-30',
        sourceTitle: 'Quarterly report',
      },
    },
    lead,
  );
  await gql(
    `mutation($input: CaseStudyIdInput!) { submitCaseStudy(input: $input) { id } }`,
    { input: { id: cs.id } },
    lead,
  );
  await gql(
    `mutation($input: ReviewCaseStudyInput!) { approveCaseStudy(input: $input) { id } }`,
    { input: { id: cs.id } },
    await apiToken(REVIEWER),
  );
  return cs;
}

/** Opens a path without JavaScript (axe needs JavaScript: see the journey below). */
async function go(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'load' });
}

/** Chooses a level in the page's follow control and saves it (a plain POST). */
async function chooseLevel(page: Page, level: string): Promise<void> {
  const control = page.getByTestId('follow-control');
  await control.getByLabel(level, { exact: true }).check();
  await control.getByRole('button', { name: /Save follow setting/ }).click();
  await page.waitForURL(/follow=(changed|stopped)/, { waitUntil: 'load' });
}

describe('Home feed and following (no JavaScript)', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should show a new case study from a followed ICS in the home feed, and change the level in settings', async () => {
    const { page } = fixture;

    // Signed out, the ICS page offers "Sign in to follow".
    await go(page, `/ics/${ICS}`);
    expect(
      await page
        .getByTestId('follow-control')
        .getByRole('link', { name: 'Sign in to follow' })
        .count(),
    ).toBe(1);

    await signIn(page, FOLLOWER, DEMO_PASSWORD);

    // Follow the ICS from its page: the control shows the level chosen.
    await go(page, `/ics/${ICS}`);
    await chooseLevel(page, 'Normal');
    expect(new URL(page.url()).pathname).toBe(`/ics/${ICS}`);
    const control = page.getByTestId('follow-control');
    expect(await control.textContent()).toContain('You are following this: normal.');
    expect(await control.getByLabel('Normal', { exact: true }).isChecked()).toBe(true);

    // A case study from that ICS is published: it is in the home feed, marked by day.
    const title = `E2E feed practice ${Date.now()}`;
    const cs = await publishCaseStudy(title);
    await go(page, '/');
    const feed = page.getByTestId('home-feed');
    expect(await feed.getByRole('heading', { name: 'What you follow' }).count()).toBe(1);
    const link = feed.getByRole('link', { name: `New case study published: ${title}` });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`/case-studies/${cs.slug}`);
    expect(await feed.getByRole('heading', { name: 'Today' }).count()).toBe(1);

    // The region tab works as a plain link.
    await page
      .getByRole('navigation', { name: 'Home feed' })
      .getByRole('link', { name: 'Latest across the region' })
      .click();
    await page.waitForURL(/tab=region/, { waitUntil: 'load' });
    expect(
      await page
        .getByTestId('home-feed')
        .getByRole('link', { name: `New case study published: ${title}` })
        .count(),
    ).toBe(1);

    // /settings/follows lists the ICS with a link, and changes its level.
    await go(page, '/settings/follows');
    const row = page.getByRole('row', { name: /Black Country/ });
    expect(await row.getByRole('link').getAttribute('href')).toBe(`/ics/${ICS}`);
    await row.getByRole('combobox').selectOption('WATCHING');
    await row.getByRole('button', { name: /Save/ }).click();
    await page.waitForURL(/follow=changed/, { waitUntil: 'load' });
    expect(await page.getByRole('main').getByRole('status').textContent()).toContain(
      'Your change has been saved.',
    );
    expect(
      await page
        .getByRole('row', { name: /Black Country/ })
        .getByRole('combobox')
        .inputValue(),
    ).toBe('WATCHING');
    await go(page, `/ics/${ICS}`);
    expect(
      await page.getByTestId('follow-control').getByLabel('Watching', { exact: true }).isChecked(),
    ).toBe(true);

    // Stopping from settings removes it from the list.
    await go(page, '/settings/follows');
    await page
      .getByRole('row', { name: /Black Country/ })
      .getByRole('combobox')
      .selectOption('NONE');
    await page
      .getByRole('row', { name: /Black Country/ })
      .getByRole('button', { name: /Save/ })
      .click();
    await page.waitForURL(/follow=stopped/, { waitUntil: 'load' });
    expect(await page.getByRole('row', { name: /Black Country/ }).count()).toBe(0);
  });
});

describe('Home feed and following pages with JavaScript (axe)', () => {
  const fixture = usePage();

  it('should pass axe on the signed-in home page, both tabs, the follow control and /settings/follows', async () => {
    const { page } = fixture;
    await signIn(page, FOLLOWER, DEMO_PASSWORD);
    await visit(page, `/ics/${ICS}`);
    await chooseLevel(page, 'Muted');
    await expectNoAxeViolations(page);
    expect(
      await page.getByTestId('follow-control').getByLabel('Muted', { exact: true }).isChecked(),
    ).toBe(true);
    await visit(page, '/');
    expect(await page.getByTestId('home-feed').count()).toBe(1);
    await visit(page, '/?tab=region');
    await visit(page, '/settings/follows');
    const row = page.getByRole('row', { name: /Black Country/ });
    expect(await row.getByRole('combobox').inputValue()).toBe('MUTED');
    await row.getByRole('combobox').selectOption('NONE');
    await row.getByRole('button', { name: /Save/ }).click();
    await page.waitForURL(/follow=stopped/, { waitUntil: 'load' });
    await expectNoAxeViolations(page);
  });
});

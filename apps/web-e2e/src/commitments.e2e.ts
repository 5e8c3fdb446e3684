import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { submitSignIn, visit } from './support/journeys';

const OWNER = 'admin@example.org';
const LEAD = 'lead@example.org';

async function signInAs(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`**${returnTo}`, { waitUntil: 'load' });
}

describe('Commitments tracker', () => {
  const fixture = usePage();

  it('should filter the tracker without JavaScript and show each commitment with its source', async () => {
    const { page } = fixture;
    await visit(page, '/commitments');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('status').first().textContent()).toMatch(/\d+ commitments?/);
    await page.getByLabel('Theme').selectOption('WORKFORCE');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/commitments?*theme=WORKFORCE*', { waitUntil: 'load' });
    const rows = page.locator('table.nhsuk-table tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('West Midlands Police');
    // Status is in words, not colour alone.
    expect(await rows.first().locator('.nhsuk-tag').first().textContent()).toBe('Green: on track');
    await rows.first().getByRole('link').first().click();
    await page.waitForURL('**/commitments/*', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    expect(await page.locator('main').textContent()).toContain(
      'Health of the Region commitments progress report (WMCA)',
    );
  });

  it('should let the owner add an update with evidence, and the timeline and chart show it', async () => {
    const { page } = fixture;
    await signInAs(page, OWNER, '/commitments?theme=MENTAL_HEALTH');
    await page.getByRole('link', { name: 'Thrive into Work for a further 450 people' }).click();
    await page.waitForURL('**/commitments/*', { waitUntil: 'load' });
    const commitmentUrl = page.url();
    expect(
      await page
        .locator('svg[role="img"][aria-labelledby="progress-chart-title progress-chart-desc"]')
        .count(),
    ).toBe(1);
    await page.getByRole('link', { name: 'Add a progress update' }).click();
    await page.waitForURL('**/update', { waitUntil: 'load' });
    await expectNoAxeViolations(page);

    // A blank form: the error summary, and nothing lost when it is put right.
    await page
      .getByRole('textbox', { name: 'What has happened since the last update' })
      .fill('Short');
    await page.getByRole('button', { name: 'Add update' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the date of the update');
    expect(await summary.textContent()).toContain('Select a status');
    await expectNoAxeViolations(page);
    expect(
      await page
        .getByRole('textbox', { name: 'What has happened since the last update' })
        .inputValue(),
    ).toBe('Short');

    const today = new Date();
    await page.getByLabel('Day').fill(String(today.getUTCDate()));
    await page.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
    await page.getByLabel('Year').fill(String(today.getUTCFullYear()));
    await page.getByLabel('Green: on track').check();
    const narrative = `Specialist pathways now open in every borough (${Date.now().toString(36)}).`;
    await page
      .getByRole('textbox', { name: 'What has happened since the last update' })
      .fill(narrative);
    await page.getByLabel(/Progress towards the target/).fill('3,000');
    const caseStudy = page.getByLabel('A published case study that shows the progress');
    const firstCaseStudy = (await caseStudy.locator('option').nth(1).textContent()) ?? '';
    await caseStudy.selectOption({ index: 1 });
    await page.getByLabel('Link 1: title').fill('Quarterly programme report');
    await page.getByLabel('Link 1: web address').fill('https://example.org/thrive-report');
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.waitForURL(`${commitmentUrl}?done=updated`, { waitUntil: 'load' });
    await expectNoAxeViolations(page);

    const latest = page
      .getByRole('list', { name: 'Progress updates, newest first' })
      .locator('li')
      .first();
    expect(await latest.textContent()).toContain(narrative);
    expect(await latest.textContent()).toContain('Green: on track');
    expect(await latest.getByRole('link', { name: firstCaseStudy.trim() }).count()).toBe(1);
    expect(
      await latest.getByRole('link', { name: 'Quarterly programme report' }).getAttribute('href'),
    ).toBe('https://example.org/thrive-report');
    // The chart's numbers are in its table too.
    expect(await page.locator('main table').last().textContent()).toContain('3,000');
  });

  it('should let a verified member record a commitment for their organisation', async () => {
    const { page } = fixture;
    await signInAs(page, LEAD, '/commitments/new');
    await expectNoAxeViolations(page);
    const statement = `Offer 40 supported internships to local young people (${Date.now().toString(36)}).`;
    await page.getByLabel('What is your organisation committing to?').fill(statement);
    await page
      .getByLabel('Lead organisation')
      .selectOption({ label: 'Walsall Healthcare NHS Trust' });
    await page.getByLabel('Employment and employability').check();
    await page.getByLabel('Every quarter').check();
    await page.getByRole('button', { name: 'Make the commitment' }).click();
    await page.waitForURL('**/commitments/*?done=created', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    expect(await page.locator('h1').textContent()).toBe(statement);
    expect(await page.getByRole('link', { name: 'Add a progress update' }).count()).toBe(1);
  });
});

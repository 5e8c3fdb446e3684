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

  it('should let a member change their commitment, with the error summary keeping what was typed', async () => {
    const { page } = fixture;
    await signInAs(page, LEAD, '/commitments/new');
    const statement = `Offer 20 supported internships to care leavers (${Date.now().toString(36)}).`;
    await page.getByLabel('What is your organisation committing to?').fill(statement);
    await page
      .getByLabel('Lead organisation')
      .selectOption({ label: 'Walsall Healthcare NHS Trust' });
    await page.getByLabel('Employment and employability').check();
    await page.getByLabel('Every quarter').check();
    await page.getByRole('button', { name: 'Make the commitment' }).click();
    await page.waitForURL('**/commitments/*?done=created', { waitUntil: 'load' });
    const commitmentUrl = page.url().split('?')[0];

    await page.getByTestId('edit-commitment').click();
    await page.waitForURL('**/edit', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('What is committed to').inputValue()).toBe(statement);
    const title = `Internships for care leavers (${Date.now().toString(36)})`;
    await page.getByLabel('Short title (optional)').fill(title);
    await page.getByLabel('What is committed to').fill('Too short');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the commitment in at least 10 characters');
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('Short title (optional)').inputValue()).toBe(title);
    await page.getByLabel('What is committed to').fill(statement);
    await page.getByLabel('Monthly', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${commitmentUrl}?done=edited`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('main').textContent()).toContain(
      'Your changes to the commitment have been saved.',
    );
  });
});

describe('Commitment evidence without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should add an update citing an outcome figure and an uploaded file that members can download', async () => {
    const { page } = fixture;
    await signInAs(page, OWNER, '/commitments?theme=MENTAL_HEALTH');
    await page.getByRole('link', { name: 'Thrive into Work for a further 450 people' }).click();
    await page.waitForURL('**/commitments/*', { waitUntil: 'load' });
    const commitmentUrl = page.url().split('?')[0];
    await page.getByRole('link', { name: 'Add a progress update' }).click();
    await page.waitForURL('**/update', { waitUntil: 'load' });

    const today = new Date();
    await page.getByLabel('Day').fill(String(today.getUTCDate()));
    await page.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
    await page.getByLabel('Year').fill(String(today.getUTCFullYear()));
    await page.getByLabel('Green: on track').check();
    const narrative = `Figures and the quarterly return attached (${Date.now().toString(36)}).`;
    await page
      .getByRole('textbox', { name: 'What has happened since the last update' })
      .fill(narrative);
    const figure = page.getByLabel('An outcome figure that shows the progress');
    const figureText = ((await figure.locator('option').nth(1).textContent()) ?? '').trim();
    expect(figureText).toMatch(/, source: /);
    await figure.selectOption({ index: 1 });
    await page.setInputFiles('#file', {
      name: 'thrive-quarterly-return.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await page.getByLabel('Title of the file (optional)').fill('Thrive quarterly return');
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.waitForURL(`${commitmentUrl}?done=updated`, { waitUntil: 'load' });

    const latest = page
      .getByRole('list', { name: 'Progress updates, newest first' })
      .locator('li')
      .first();
    expect(await latest.textContent()).toContain(narrative);
    // The figure reads "value, metric, period, source" (without its owner, whose title may
    // itself hold a colon: "Work4Health: sector-based …") and links to its practice.
    const figureLink = latest.locator('a[href^="/case-studies/"], a[href^="/adoptions/"]');
    expect(await figureLink.count()).toBe(1);
    const linkText = ((await figureLink.textContent()) ?? '').trim();
    expect(linkText).toMatch(/, source: /);
    expect(figureText.endsWith(`: ${linkText}`)).toBe(true);
    const fileLink = latest.getByRole('link', { name: /Thrive quarterly return/ });
    const href = (await fileLink.getAttribute('href')) as string;
    expect(href).toMatch(/^\/files\/[0-9a-f-]{36}$/);

    // Another signed-in member downloads it through the web app.
    await signInAs(page, LEAD, '/commitments');
    const download = await page.request.get(new URL(href, page.url()).href);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
  });
});

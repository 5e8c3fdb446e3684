import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { apiToken, gql } from './support/api';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { submitSignIn, visit } from './support/journeys';

jest.setTimeout(300_000);

const LEAD = 'lead@example.org';
const REVIEWER = 'moderator@example.org';
const OWNER = 'admin@example.org';
/** 2025/26: a year no other journey's figures end in for the lead's ICS, and a round number to spot. */
const YEAR = 2025;
const FIGURE = 37;

async function as(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`**${returnTo}`, { waitUntil: 'load' });
}

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(d)));
  await page.locator(`#${id}-month`).fill(String(Number(m)));
  await page.locator(`#${id}-year`).fill(y as string);
}

/** What the API says the Black Country's 2025/26 jobs total is (null: no data). */
async function blackCountryJobs(): Promise<number | null> {
  const data = await gql<{ icsDashboard: { headlines: { key: string; value: number | null }[] } }>(
    `query($period: PeriodInput) { icsDashboard(odsCode: "QUA", period: $period) { headlines { key value } } }`,
    { period: { financialYear: YEAR } },
  );
  return (
    data.icsDashboard.headlines.find((h) => h.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS')
      ?.value ?? null
  );
}

/**
 * Issue #14's journey, end to end in Chromium: a lead records an outcome
 * figure in the editor, a reviewer publishes the case study, the Black
 * Country dashboard and the regional map and table move by exactly that
 * figure, a board pack is made and downloaded, and a commitment gets an
 * update whose evidence is the new case study.
 */
describe('Impact: from a figure in the editor to the board pack', () => {
  const fixture = usePage();

  it('should carry a new figure from the editor through review to the dashboards, a board pack and a commitment', async () => {
    const { page } = fixture;
    const before = (await blackCountryJobs()) ?? 0;

    // 1. The lead writes a case study and adds a figure in the editor's Outcomes step.
    const lead = await apiToken(LEAD);
    const title = `E2E impact journey ${Date.now()}`;
    const created = await gql<{ createCaseStudy: { id: string; slug: string } }>(
      `mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id slug } }`,
      {
        input: {
          title,
          summary: 'Residents into NHS jobs through a three-week academy.',
          problem: 'High unemployment near the hospital.',
          approach: '- Level 1 qualification\n- A guaranteed interview',
          icsOdsCode: 'QUA',
          placeName: 'Walsall',
          themes: ['EMPLOYMENT'],
          evidenceLevel: 'BEFORE_AFTER',
          contact: { name: 'Leah Bassi', role: 'Anchor lead', email: 'leah.bassi@example.org' },
        },
      },
      lead,
    );
    const { id, slug } = created.createCaseStudy;
    await as(page, LEAD, `/case-studies/${slug}/edit/outcomes`);
    await page.getByLabel('Metric').selectOption('LOCAL_RESIDENTS_INTO_JOBS');
    await page.getByLabel('Figure', { exact: true }).fill(String(FIGURE));
    await page.getByLabel('A period (start and end dates)').check();
    await fillDate(page, 'periodStart', `${YEAR}-04-01`);
    await fillDate(page, 'periodEnd', `${YEAR + 1}-03-31`);
    await page.getByLabel('Source title').fill('Walsall Healthcare annual anchor report 2025/26');
    await page.getByRole('button', { name: 'Add figure' }).click();
    await page.waitForURL('**/edit/outcomes?added=1');
    expect(await page.getByTestId('outcome-figures').textContent()).toContain(`${FIGURE}`);
    await gql(
      `mutation($input: CaseStudyIdInput!) { submitCaseStudy(input: $input) { id } }`,
      { input: { id } },
      lead,
    );
    // Not published yet: the dashboard has not moved.
    expect((await blackCountryJobs()) ?? 0).toBe(before);

    // 2. A reviewer from another ICS approves and publishes it.
    await as(page, REVIEWER, `/case-studies/${slug}/review`);
    await page.getByLabel('Comments for the author').fill('Clear, dated and sourced.');
    for (const label of [
      'The evidence supports what the case study claims',
      'Outcome figures have a date and a source',
      'A named person can be contacted about it',
      'The organisations involved agreed to share it, and no one can be identified without consent',
    ])
      await page.getByLabel(label).check();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('button', { name: 'Yes, approve and publish' }).click();
    await page.waitForURL(`**/case-studies/review?published=${slug}`);

    // 3. The Black Country dashboard's total moves by the new figure, and links to it.
    const after = before + FIGURE;
    expect(await blackCountryJobs()).toBe(after);
    await visit(page, `/ics/QUA?fy=${YEAR}`);
    const jobs = page.locator(
      '[data-testid="dashboard-measure"][data-key="outcomes.LOCAL_RESIDENTS_INTO_JOBS"]',
    );
    expect(await jobs.getByTestId('measure-value').textContent()).toContain(
      after.toLocaleString('en-GB'),
    );
    await expectNoAxeViolations(page);
    await jobs.getByRole('link', { name: /figures behind/i }).click();
    await page.waitForURL('**/impact/figures?*');
    expect(await page.locator('table').textContent()).toContain(title);
    expect(await page.locator('table').textContent()).toContain(
      'Walsall Healthcare annual anchor report 2025/26',
    );
    await expectNoAxeViolations(page);

    // 4. The regional map and its table show it.
    await visit(page, `/region?fy=${YEAR}&measure=outcomes.LOCAL_RESIDENTS_INTO_JOBS`);
    const row = page
      .getByTestId('region-measure-table')
      .locator('tr', { hasText: 'Black Country' });
    expect(await row.textContent()).toContain(after.toLocaleString('en-GB'));
    expect(
      await page.locator('[data-testid="hex-link"][href^="/ics/QUA"]').getAttribute('aria-label'),
    ).toMatch(/^Black Country: .*per 100,000 residents/);
    await expectNoAxeViolations(page);

    // 5. The lead asks for a board pack of that year and downloads it.
    await as(page, LEAD, '/ics/QUA/board-pack');
    await page.getByLabel('Financial year (April to March)').selectOption(String(YEAR));
    await page.getByLabel('PDF (A4, for printing and board papers)').check();
    await page.getByRole('button', { name: 'Create board pack' }).click();
    await page.waitForURL((url) => /^\/board-packs\/[0-9a-f-]{36}$/.test(url.pathname));
    const download = page.getByRole('link', { name: /Download black-country-board-pack/ });
    await download.waitFor({ timeout: 90_000 });
    const res = await page.request.get((await download.getAttribute('href')) as string);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // 6. The owner of a commitment adds an update, with the new case study as evidence.
    const { commitments } = await gql<{ commitments: { edges: { node: { id: string } }[] } }>(
      `query { commitments(first: 1) { edges { node { id } } } }`,
    );
    const commitmentId = commitments.edges[0]?.node.id as string;
    await as(page, OWNER, `/commitments/${commitmentId}/update`);
    const today = new Date();
    await page.getByLabel('Day').fill(String(today.getUTCDate()));
    await page.getByLabel('Month').fill(String(today.getUTCMonth() + 1));
    await page.getByLabel('Year').fill(String(today.getUTCFullYear()));
    await page.getByLabel('Green: on track').check();
    await page
      .getByRole('textbox', { name: 'What has happened since the last update' })
      .fill('The Walsall academy placed 37 more residents into jobs this year.');
    await page
      .getByLabel('A published case study that shows the progress')
      .selectOption({ label: title });
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.waitForURL(`**/commitments/${commitmentId}?done=updated`, { waitUntil: 'load' });
    const latest = page
      .getByRole('list', { name: 'Progress updates, newest first' })
      .locator('li')
      .first();
    expect(await latest.textContent()).toContain('37 more residents');
    expect(await latest.getByRole('link', { name: title }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});

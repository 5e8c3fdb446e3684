import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { apiToken, gql } from './support/api';
import { signIn, visit } from './support/journeys';

jest.setTimeout(180_000);

async function fillDate(page: Page, id: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(d)));
  await page.locator(`#${id}-month`).fill(String(Number(m)));
  await page.locator(`#${id}-year`).fill(y);
}

/**
 * Issue #14, Playwright step 1: a lead adds an outcome figure in the guided
 * editor's Outcomes step (a refused submission keeps what was typed), then
 * corrects it from the figures page and sees the earlier value kept.
 */
describe('Outcome figures entered by the people who did the work', () => {
  const fixture = usePage();
  let slug = '';

  it('should let the lead add a figure in the editor, correct it, and show the history', async () => {
    const { page } = fixture;
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);
    await visit(page, '/case-studies/new');
    await page.getByLabel('Title').fill(`E2E outcome figures ${Date.now()}`);
    await page
      .getByLabel('Summary')
      .fill('A case study whose figures are entered by the e2e tier.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(/\/edit\/2$/);
    slug = new URL(page.url()).pathname.split('/')[2] as string;

    // Step 4 leads to the Outcomes step.
    await visit(page, `/case-studies/${slug}/edit/4`);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/outcomes');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Outcomes');
    await expectNoAxeViolations(page);

    // A refused figure: error summary, inline errors, typed text kept.
    await page.getByLabel('Figure', { exact: true }).fill('lots');
    await page.getByLabel('Source title').fill('Walsall board report 2024/25');
    await page.getByRole('button', { name: 'Add figure' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Select the metric the figure is for');
    expect(await summary.textContent()).toContain('Figure must be a number');
    expect(await summary.textContent()).toContain('Select what the figure covers');
    expect(await page.getByLabel('Figure', { exact: true }).inputValue()).toBe('lots');
    expect(await page.getByLabel('Source title').inputValue()).toBe('Walsall board report 2024/25');
    await expectNoAxeViolations(page);

    // The figure: more than 120 residents into jobs, April 2024 to March 2025.
    await page.getByLabel('Metric').selectOption('LOCAL_RESIDENTS_INTO_JOBS');
    await page.getByLabel('Figure', { exact: true }).fill('120');
    await page.getByLabel('Qualifier (optional)').selectOption('more than');
    await page.getByLabel('A period (start and end dates)').check();
    await fillDate(page, 'periodStart', '2024-04-01');
    await fillDate(page, 'periodEnd', '2025-03-31');
    await page.getByRole('button', { name: 'Add figure' }).click();
    await page.waitForURL('**/edit/outcomes?added=1');
    const figures = page.getByTestId('outcome-figures');
    expect(await figures.textContent()).toContain('more than 120');
    expect(await figures.textContent()).toContain('Apr 2024 to Mar 2025');
    expect(await figures.textContent()).toMatch(/Entered by .+ on \d{1,2} \w{3} \d{4}/);

    // Check your answers shows it.
    await page.getByRole('link', { name: 'Continue to check your answers' }).click();
    await page.waitForURL('**/edit/5');
    expect(await page.getByTestId('check-outcomes').textContent()).toContain('more than 120');

    // Correct it from the figures page.
    await visit(page, `/case-studies/${slug}/outcomes`);
    await page.getByRole('link', { name: /Change.*Local residents/i }).click();
    await page.waitForURL(/\/outcomes\/[0-9a-f-]{36}\/correct$/);
    await expectNoAxeViolations(page);
    expect(await page.getByLabel('Figure', { exact: true }).inputValue()).toBe('120');
    await page.getByLabel('Figure', { exact: true }).fill('150');
    await page
      .getByLabel('Why are you correcting it? (optional)')
      .fill('The board report was revised');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await page.waitForURL('**/outcomes?corrected=1');
    const history = await page.getByTestId('outcome-figures').textContent();
    expect(history).toContain('more than 150');
    expect(history).toMatch(/Corrected on \d{1,2} \w{3} \d{4}: was more than 120/);
    expect(history).toContain('The board report was revised');
    await expectNoAxeViolations(page);

    // The case study page offers the figures page to its editors and shows the history.
    await visit(page, `/case-studies/${slug}`);
    expect(await page.getByRole('link', { name: 'Add or correct outcome figures' }).count()).toBe(
      1,
    );
    expect(await page.getByTestId('figure-correction').first().textContent()).toMatch(
      /was more than 120/,
    );

    // Remove it, saying why: a blank reason is refused; the figure stays listed as removed.
    await visit(page, `/case-studies/${slug}/outcomes`);
    await page.getByRole('link', { name: /Remove.*Local residents/i }).click();
    await page.waitForURL(/\/remove$/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Remove figure' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(
      'Say why the figure is being removed',
    );
    await page.getByLabel('Why are you removing this figure?').fill('Counted twice');
    await page.getByRole('button', { name: 'Remove figure' }).click();
    await page.waitForURL('**/outcomes?removed=1');
    expect(await page.getByTestId('removed-outcome-figures').textContent()).toContain(
      'Counted twice',
    );
    await visit(page, `/case-studies/${slug}`);
    expect(await page.getByTestId('removed-figures').textContent()).toContain('Counted twice');
  });

  it('should import figures from a CSV: errors by row, a preview, then one save', async () => {
    const { page } = fixture;
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);
    await visit(page, `/case-studies/${slug}/outcomes`);
    await page.getByTestId('import-figures').click();
    await page.waitForURL('**/outcomes/import');
    await expectNoAxeViolations(page);

    // Both templates download through the web app.
    const csvTemplate = await page.request.get(
      new URL('/outcome-imports/template.csv', page.url()).href,
    );
    expect((await csvTemplate.text()).split('\r\n')[0]).toBe(
      'metric_key,value,qualifier,period_start,period_end,cumulative,baseline,source_title,source_url,note',
    );
    const xlsxTemplate = await page.request.get(
      new URL('/outcome-imports/template.xlsx', page.url()).href,
    );
    expect(xlsxTemplate.headers()['content-type']).toContain('spreadsheetml');

    // No file: refused with an error summary.
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(
      'Select a CSV or XLSX file',
    );

    const csv = [
      'metric_key,value,qualifier,period_start,period_end,cumulative,baseline,source_title,source_url,note',
      'LOCAL_RESIDENTS_INTO_JOBS,14,,01/04/2025,30/06/2025,no,,Q1 board report,,',
      'APPRENTICESHIPS_STARTED,more than 30,,,2025-06-30,yes,,Annual report,https://example.org/a,',
      'NOT_A_METRIC,5,,,2025-06-30,no,,Q1 board report,,',
    ].join('\r\n');
    await page.setInputFiles('#import-file', {
      name: 'q1-figures.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/outcomes\/import\/[0-9a-f-]{36}$/);
    // The check runs in the background; the page refreshes itself until it is done.
    await page
      .getByRole('heading', { name: 'Check the figures before saving them' })
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-valid').textContent()).toBe('2');
    expect(await page.getByTestId('import-errors').textContent()).toBe('1');
    const errors = await page.getByTestId('import-error-table').textContent();
    expect(errors).toContain('NOT_A_METRIC');
    expect(errors).toContain('is not a metric in the dictionary');
    const preview = await page.getByTestId('import-preview').textContent();
    expect(preview).toContain('Q1 board report');
    expect(preview).toContain('more than 30');
    await expectNoAxeViolations(page);

    // The error report is a CSV for the uploader.
    const reportHref = await page
      .getByRole('link', { name: 'Download every error as CSV' })
      .getAttribute('href');
    const report = await page.request.get(new URL(reportHref as string, page.url()).href);
    expect(await report.text()).toContain('4,metric_key,NOT_A_METRIC');

    await page.getByRole('button', { name: 'Save 2 figures and skip 1 row with errors' }).click();
    await page.getByTestId('import-saved').waitFor();
    expect(await page.getByTestId('import-saved').textContent()).toContain('2 figures saved');
    await expectNoAxeViolations(page);

    // A second submission of the same decision (back button, resubmit) saves nothing more.
    await visit(page, `/case-studies/${slug}/outcomes`);
    const figures = await page.getByTestId('outcome-figures').textContent();
    expect(figures).toContain('Q1 board report');
    expect(figures).toContain('more than 30');
  });
});

describe('Adopter imports figures from a spreadsheet', () => {
  const fixture = usePage();

  /** An adoption icsadmin@'s organisation edits (found, or declared for a seeded case study). */
  async function adopterAdoption(): Promise<string> {
    const token = await apiToken('icsadmin@example.org');
    const { me } = await gql<{ me: { organisation: { id: string } } }>(
      '{ me { organisation { id } } }',
      {},
      token,
    );
    const { caseStudies } = await gql<{
      caseStudies: { edges: { node: { id: string; organisation: { id: string } } }[] };
    }>('{ caseStudies(first: 50) { edges { node { id organisation { id } } } } }', {}, token);
    const cs = caseStudies.edges.find((e) => e.node.organisation.id !== me.organisation.id)?.node;
    if (!cs) throw new Error('No seeded case study to adopt');
    const { adoptions } = await gql<{ adoptions: { id: string; canEdit: boolean }[] }>(
      'query A($filter: AdoptionsFilter) { adoptions(filter: $filter) { id canEdit } }',
      { filter: { caseStudyId: cs.id } },
      token,
    );
    const mine = adoptions.find((a) => a.canEdit)?.id;
    if (mine) return mine;
    const created = await gql<{ adoptCaseStudy: { id: string } }>(
      'mutation Adopt($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id } }',
      { input: { caseStudyId: cs.id, organisationId: me.organisation.id } },
      token,
    );
    return created.adoptCaseStudy.id;
  }

  it('should check the file, report the bad row, take the fixed file and show the figures on the adoption page', async () => {
    const { page } = fixture;
    const adoptionId = await adopterAdoption();
    await signIn(page, 'icsadmin@example.org', DEMO_PASSWORD);
    await visit(page, `/adoptions/${adoptionId}`);
    await page.getByTestId('adoption-import-link').click();
    await page.waitForURL(`**/adoptions/${adoptionId}/outcomes/import`);
    await expectNoAxeViolations(page);

    const tag = Date.now().toString(36);
    const header =
      'metric_key,value,qualifier,period_start,period_end,cumulative,baseline,source_title,source_url,note';
    const good = `LOCAL_RESIDENTS_INTO_JOBS,9,,01/04/2025,30/06/2025,no,,Adopter return ${tag},,`;
    const upload = async (rows: string[], name: string) => {
      await page.setInputFiles('#import-file', {
        name,
        mimeType: 'text/csv',
        buffer: Buffer.from([header, ...rows].join('\r\n')),
      });
      await page.getByRole('button', { name: 'Upload and check' }).click();
      await page.waitForURL(/\/outcomes\/import\/[0-9a-f-]{36}$/);
      await page
        .getByRole('heading', { name: 'Check the figures before saving them' })
        .waitFor({ timeout: 30_000 });
    };

    // One bad row: the error report names it; nothing is saved until confirmed.
    await upload([good, 'LOCAL_RESIDENTS_INTO_JOBS,lots,,,2025-06-30,no,,,,'], 'adopter-q1.csv');
    expect(await page.getByTestId('import-valid').textContent()).toBe('1');
    expect(await page.getByTestId('import-errors').textContent()).toBe('1');
    expect(await page.getByTestId('import-error-table').textContent()).toContain('lots');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: /Cancel/ }).click();
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor();

    // The fixed file: no errors, confirm, and the figures are on the adoption page.
    await page.getByRole('link', { name: 'Import another file' }).click();
    await page.waitForURL(`**/adoptions/${adoptionId}/outcomes/import`);
    await upload(
      [good, `LOCAL_RESIDENTS_INTO_JOBS,4,,,2025-06-30,no,,Adopter return ${tag} fixed,,`],
      'adopter-q1-fixed.csv',
    );
    expect(await page.getByTestId('import-errors').textContent()).toBe('0');
    await page.getByRole('button', { name: /^Save 2 figures/ }).click();
    await page.getByTestId('import-saved').waitFor();
    expect(await page.getByTestId('import-saved').textContent()).toContain('2 figures saved');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'See the figures' }).click();
    await page.waitForURL(`**/adoptions/${adoptionId}*`);
    const figures = await page.getByTestId('adoption-outcomes').allTextContents();
    expect(figures.join(' ')).toContain(`Adopter return ${tag}`);
    expect(figures.join(' ')).toContain(`Adopter return ${tag} fixed`);
  });
});

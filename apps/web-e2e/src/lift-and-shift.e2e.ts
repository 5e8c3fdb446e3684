import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

/** Signs the current person out by dropping the session cookie, then signs in as someone else. */
async function switchUser(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, email, DEMO_PASSWORD);
}

describe('Lift and shift journey', () => {
  const fixture = usePage();

  it('should let a lead write and submit, a reviewer from another ICS approve, and a third ICS adopt with an adaptation and a figure shown in the spread matrix', async () => {
    const { page } = fixture;
    const title = `E2E care academy ${Date.now()}`;

    // 1. A lead in the Black Country writes a case study and submits it.
    await switchUser(page, 'lead@example.org');
    await visit(page, '/case-studies/new');
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel('Summary')
      .fill('A three-week academy into NHS and care roles for local residents.');
    await page.getByLabel('Employment and employability').check();
    // The guided editor: each step is saved to the draft before the next.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(/\/case-studies\/e2e-care-academy-\d+\/edit\/2$/);
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/3');
    await page.getByLabel('Core components').fill('- Guaranteed interview\n- One-day placement');
    await page.getByRole('button', { name: 'Save and check your answers' }).click();
    await page.waitForURL('**/edit/5');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(/\/case-studies\/e2e-care-academy-\d+\/submitted$/);
    const slug = new URL(page.url()).pathname.split('/')[2] as string;
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('submitted-panel').textContent()).toContain(title);

    // 2. A moderator in Coventry and Warwickshire reviews it from the queue and approves it.
    await switchUser(page, 'moderator@example.org');
    await visit(page, '/case-studies/review');
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(`**/case-studies/${slug}/review`);
    for (const criterion of await page.locator('input[name="criteria"]').all()) await criterion.check();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('button', { name: 'Yes, approve and publish' }).click();
    await page.waitForURL(`**/case-studies/review?published=${slug}`);
    await visit(page, `/case-studies/${slug}`);
    expect(await page.getByRole('main').textContent()).toContain(
      'Peer-reviewed by Coventry and Warwickshire',
    );

    // 3. A member in Birmingham and Solihull adopts it (organisation, contact and first stage asked
    //    first), logs an adaptation against one of the origin's core components, readiness and a figure.
    await switchUser(page, 'member@example.org');
    await visit(page, `/case-studies/${slug}`);
    await page.getByRole('link', { name: 'Adopt this for your organisation' }).click();
    await page.waitForURL(`**/case-studies/${slug}/adopt`);
    await page
      .getByRole('group', { name: 'Which stage are you starting at?' })
      .getByLabel('Exploring', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Declare adoption' }).click();
    await page.waitForURL('**/adoptions/**');
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('stage-history').textContent()).toContain('Exploring');

    // The core component is chosen from the origin's list; free text only for "Other".
    const adaptation = page.getByTestId('adaptation-form');
    const components = adaptation.getByRole('group', { name: 'Which core component?' });
    expect(await components.getByRole('radio').count()).toBe(3);
    expect(await components.textContent()).toContain('One-day placement');
    // "Other" with no name, and Adapted with no detail: both flagged, nothing logged.
    await components.getByLabel('Other', { exact: true }).check();
    await adaptation.getByLabel('Adapted', { exact: true }).check();
    await page.getByRole('button', { name: 'Log adaptation' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the name of the component');
    expect(await summary.textContent()).toContain('Say how you adapted it');
    expect(await page.getByTestId('adaptation-log').count()).toBe(0);
    await components.getByLabel('Guaranteed interview', { exact: true }).check();
    await adaptation
      .getByLabel('How you adapted it, or why you dropped it')
      .fill('Guaranteed interview across three trusts');
    await page.getByRole('button', { name: 'Log adaptation' }).click();
    await page.getByTestId('adaptation-log').waitFor();
    expect(await page.getByTestId('adaptation-log').textContent()).toContain(
      'Guaranteed interview: Adapted. Guaranteed interview across three trusts',
    );
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);

    await page.getByLabel('Readiness: leadership').selectOption('3');
    await page.getByLabel('Barriers (one per line)').fill('Short-term funding');
    await page.getByRole('button', { name: 'Save readiness' }).click();
    await page.locator('.nhsuk-summary-list', { hasText: 'Leadership: 3 out of 4' }).waitFor();
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Short-term funding');

    const figure = page.getByTestId('figure-form');
    await figure.getByLabel('Metric').selectOption('LOCAL_RESIDENTS_INTO_JOBS');
    await figure.getByLabel('Figure', { exact: true }).fill('12');
    await figure.getByLabel('Day').fill('30');
    await figure.getByLabel('Month').fill('9');
    await figure.getByLabel('Year').fill('2025');
    await figure.getByLabel('Source').fill('Quarterly board report');
    await page.getByRole('button', { name: 'Add figure' }).click();
    await page.getByTestId('adoption-outcomes').waitFor();
    expect(await page.getByTestId('adoption-outcomes').textContent()).toContain('12 people');
    await expectNoAxeViolations(page);

    // 4. The spread matrix shows the adoption against the adopting ICS.
    await visit(page, '/spread?theme=EMPLOYMENT');
    const matrix = page.getByTestId('spread-matrix');
    expect(
      await matrix.locator(`tr[data-ics="QHL"] td[data-case-study="${slug}"]`).textContent(),
    ).toBe('Exploring');
    expect(
      await matrix.locator(`tr[data-ics="QUA"] td[data-case-study="${slug}"]`).textContent(),
    ).toBe('Origin');
  });
});

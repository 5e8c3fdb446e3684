import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { submitSignIn, visit } from './support/journeys';

const REGIONAL_ADMIN = 'admin@example.org';

async function signInAs(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`**${returnTo}`, { waitUntil: 'load' });
}

describe('Metric dictionary', () => {
  const fixture = usePage();

  it('should list the regional metrics for anyone, without add or change links', async () => {
    const { page } = fixture;
    await visit(page, '/case-studies');
    await page.getByRole('link', { name: 'Metric dictionary' }).first().click();
    await page.waitForURL('**/metrics', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    const table = page.getByTestId('metric-dictionary');
    const jobs = table.locator('tr[data-metric="LOCAL_RESIDENTS_INTO_JOBS"]');
    expect(await jobs.textContent()).toContain('Local residents into jobs');
    expect(await jobs.textContent()).toContain('Higher is better');
    expect(await jobs.textContent()).toContain('Yes: a count');
    expect(await table.locator('tr[data-metric="LOCAL_SPEND_PERCENT"]').textContent()).toContain(
      'No: a share or rate',
    );
    expect(await page.getByRole('link', { name: 'Add a metric' }).count()).toBe(0);
    expect(await table.getByRole('link', { name: /^Change/ }).count()).toBe(0);

    // A member who is not a regional admin cannot reach the form either.
    await signInAs(page, DEMO_MEMBER_EMAIL, '/metrics/new');
    expect(
      await page.getByRole('heading', { name: 'You cannot change the metric dictionary' }).count(),
    ).toBe(1);
  });

  it('should let a regional admin add a metric (with the error summary first) and change it', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36).toUpperCase();
    const label = `Carers supported ${stamp}`;
    const key = `CARERS_SUPPORTED_${stamp}`;

    await signInAs(page, REGIONAL_ADMIN, '/metrics');
    await page.getByRole('link', { name: 'Add a metric' }).click();
    await page.waitForURL('**/metrics/new', { waitUntil: 'load' });
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add metric' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter a label');
    expect(await page.locator('#direction-error').textContent()).toContain(
      'Select whether higher or lower is better',
    );
    await expectNoAxeViolations(page);

    await page.getByLabel('Label').fill(label);
    await page.getByLabel('Unit').fill('people');
    await page
      .getByLabel('Definition')
      .fill('Unpaid carers given one-to-one support by the programme.');
    await page.getByLabel('Higher is better').check();
    await page.getByLabel('Yes, it is a count').check();
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.waitForURL(`**/metrics?saved=${key}`, { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('metric-saved').textContent()).toBe(`Saved: ${label}.`);
    const row = page.getByTestId('metric-dictionary').locator(`tr[data-metric="${key}"]`);
    expect(await row.textContent()).toContain(label);
    expect(await row.textContent()).toContain('Unpaid carers given one-to-one support');

    // Adding the same key again is refused rather than overwriting it.
    await page.goto('/metrics/new', { waitUntil: 'load' });
    await page.getByLabel('Key (optional)').fill(key);
    await page.getByLabel('Label').fill('Somebody else');
    await page.getByLabel('Unit').fill('people');
    await page.getByLabel('Definition').fill('A clashing definition.');
    await page.getByLabel('Lower is better').check();
    await page.getByLabel('No, it is a share or rate').check();
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.locator('#key-error').waitFor();
    expect(await page.locator('#key-error').textContent()).toContain('already has a metric');

    // Change it: the key stays, the definition and direction change.
    await page.goto('/metrics', { waitUntil: 'load' });
    await row.getByRole('link', { name: `Change ${label}` }).click();
    await page.waitForURL(`**/metrics/${key}/edit`, { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    await page.getByLabel('Definition').fill('Unpaid carers given one-to-one support or respite.');
    await page.getByLabel('Lower is better').check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`**/metrics?saved=${key}`, { waitUntil: 'load' });
    expect(await row.textContent()).toContain('one-to-one support or respite');
    expect(await row.textContent()).toContain('Lower is better');
  });
});

describe('Metric dictionary without JavaScript', () => {
  // Plain HTML form posts only: the server action works before (or without) hydration.
  const fixture = usePage({ javaScriptEnabled: false });

  it('should show the errors and add a metric with plain form posts', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36).toUpperCase();
    await page.goto('/sign-in?returnTo=%2Fmetrics%2Fnew');
    await submitSignIn(page, REGIONAL_ADMIN, DEMO_PASSWORD);
    await page.waitForURL('**/metrics/new');
    await page.getByLabel('Label').fill(`No script metric ${stamp}`);
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#unit-error').textContent()).toContain('Enter a unit');
    expect(await page.getByLabel('Label').inputValue()).toBe(`No script metric ${stamp}`);
    await page.getByLabel('Unit').fill('percent');
    await page
      .getByLabel('Definition')
      .fill('Share of staff recruited from the most deprived areas.');
    await page.getByLabel('Higher is better').check();
    await page.getByLabel('No, it is a share or rate').check();
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.waitForURL(`**/metrics?saved=NO_SCRIPT_METRIC_${stamp}`);
    expect(
      await page.locator(`tr[data-metric="NO_SCRIPT_METRIC_${stamp}"]`).textContent(),
    ).toContain('No: a share or rate');
  });

  it('should keep every typed answer, radios included, after a validation error', async () => {
    const { page } = fixture;
    await page.goto('/sign-in?returnTo=%2Fmetrics%2Fnew');
    await submitSignIn(page, REGIONAL_ADMIN, DEMO_PASSWORD);
    await page.waitForURL('**/metrics/new');
    await page.getByLabel('Key (optional)').fill('lower case key');
    await page.getByLabel('Label').fill('Kept label');
    await page.getByLabel('Unit').fill('people');
    await page.getByLabel('Definition').fill('Too');
    await page.getByLabel('Lower is better').check();
    await page.getByLabel('Yes, it is a count').check();
    await page.getByRole('button', { name: 'Add metric' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#definition-error').textContent()).toContain('Enter a definition');
    expect(await page.getByLabel('Key (optional)').inputValue()).toBe('lower case key');
    expect(await page.getByLabel('Label').inputValue()).toBe('Kept label');
    expect(await page.getByLabel('Unit').inputValue()).toBe('people');
    expect(await page.getByLabel('Definition').inputValue()).toBe('Too');
    expect(await page.getByLabel('Lower is better').isChecked()).toBe(true);
    expect(await page.getByLabel('Yes, it is a count').isChecked()).toBe(true);
    expect(await page.getByRole('main').textContent()).not.toMatch(/Variable "\$|GraphQL/);
  });
});

describe('Metric dictionary on a phone', () => {
  const fixture = usePage({ viewport: { width: 390, height: 844 } });

  it('should keep the wide table in its own scrolling region, so the page does not scroll sideways', async () => {
    const { page } = fixture;
    for (const path of ['/metrics', '/metrics/new']) {
      if (path === '/metrics/new') await signInAs(page, REGIONAL_ADMIN, path);
      else await visit(page, path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(`${path}: ${scrollWidth}px`).toBe(`${path}: ${clientWidth}px`);
    }
    await visit(page, '/metrics');
    expect(
      await page.getByRole('region', { name: /Metrics \(\d+\)/ }).locator('table').count(),
    ).toBe(1);
  });
});

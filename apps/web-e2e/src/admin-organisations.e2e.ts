import type { Page } from 'playwright-core';

import { apiToken, gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { submitSignIn } from './support/journeys';

const REGIONAL_ADMIN = 'admin@example.org';

async function signInAs(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`**${returnTo}`, { waitUntil: 'load' });
}

describe('Administration: organisations and reference data', () => {
  const fixture = usePage();

  it('should merge a duplicate organisation through the confirm page', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36);
    const token = await apiToken(REGIONAL_ADMIN);
    const create = (name: string) =>
      gql<{ createOrganisation: { id: string } }>(
        'mutation C($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        { input: { name, type: 'VCSE', icsOdsCodes: ['QUA'] } },
        token,
      );
    const survivor = await create(`Merge Survivor ${stamp}`);
    const duplicate = await create(`Merge Duplicate ${stamp}`);

    await signInAs(page, REGIONAL_ADMIN, '/admin/organisations');
    await page.getByLabel('Name contains').fill(`Merge Survivor ${stamp}`);
    await page
      .getByRole('search', { name: 'Organisations' })
      .getByRole('button', { name: 'Search' })
      .click();
    await page.getByRole('link', { name: `Merge Survivor ${stamp}` }).click();
    await page.waitForURL(`**/admin/organisations/${survivor.createOrganisation.id}`, {
      waitUntil: 'load',
    });
    await expectNoAxeViolations(page);

    // A blank name is refused with the error summary, keeping the page.
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter the organisation’s name');

    await page.getByLabel('The duplicate').selectOption(duplicate.createOrganisation.id);
    await page.getByRole('button', { name: 'Check what would move' }).click();
    await page.waitForURL('**/merge?duplicate=*', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      `Merge Duplicate ${stamp}`,
    );
    expect(await page.getByTestId('merge-moves').textContent()).toContain('ICSs');
    await page.getByRole('button', { name: 'Merge organisations' }).click();
    await page.waitForURL(`**/admin/organisations/${survivor.createOrganisation.id}?merged=*`, {
      waitUntil: 'load',
    });
    expect(await page.getByTestId('admin-organisation-notice').textContent()).toContain(
      'The duplicate was merged',
    );

    // The duplicate's public page now leads to the survivor.
    await page.goto(`/organisations/${duplicate.createOrganisation.id}`, { waitUntil: 'load' });
    expect(page.url()).toContain(`/organisations/${survivor.createOrganisation.id}`);
  });

  it('should let a regional admin change a theme, with the error summary first', async () => {
    const { page } = fixture;
    await signInAs(page, REGIONAL_ADMIN, '/admin/reference-data');
    await expectNoAxeViolations(page);
    const themes = page.getByTestId('reference-themes');
    await themes
      .getByRole('link', { name: /^Change/ })
      .first()
      .click();
    await page.waitForURL('**/admin/reference-data/themes/*', { waitUntil: 'load' });
    const key = page.url().split('/').pop() ?? '';
    await page.getByLabel('Label').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#label-error').textContent()).toContain('Enter a label');
    await expectNoAxeViolations(page);
    await page.getByLabel('Label').fill(`Theme renamed ${Date.now().toString(36)}`);
    await page.getByLabel('Description (optional)').fill('What this theme covers.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`**/admin/reference-data?saved=${key}`, { waitUntil: 'load' });
    expect(await page.getByTestId('reference-saved').textContent()).toContain(key);
    expect(await themes.textContent()).toContain('What this theme covers.');
  });
});

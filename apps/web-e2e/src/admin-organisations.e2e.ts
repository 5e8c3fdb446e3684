import type { Page } from 'playwright-core';

import { apiToken, gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { skipToMain, tabTo } from './support/keyboard';
import { submitSignIn } from './support/journeys';

const REGIONAL_ADMIN = 'admin@example.org';
const ICS_ADMIN = 'icsadmin@example.org';

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

  it('should find, choose and merge a duplicate with Tab, Enter and typing only (no clicks)', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36);
    const token = await apiToken(REGIONAL_ADMIN);
    const create = (name: string) =>
      gql<{ createOrganisation: { id: string } }>(
        'mutation C($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
        { input: { name, type: 'VCSE', icsOdsCodes: ['QUA'] } },
        token,
      );
    const survivorName = `Keyboard Survivor ${stamp}`;
    const duplicateName = `Keyboard Duplicate ${stamp}`;
    const survivor = await create(survivorName);
    const duplicate = await create(duplicateName);

    await page.context().clearCookies();
    await page.goto('/sign-in?returnTo=%2Fadmin');
    await submitSignIn(page, REGIONAL_ADMIN, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/admin', { waitUntil: 'load' });

    // The Organisations card.
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Organisations' && !el.id);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/admin/organisations', { waitUntil: 'load' });

    // Search by name, then open the survivor.
    await skipToMain(page);
    await tabTo(page, (el) => el.id === 'q');
    await page.keyboard.type(survivorName);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === survivorName, {
      waitUntil: 'load',
    });
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'a' && el.text === survivorName);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === `/admin/organisations/${survivor.createOrganisation.id}`,
      {
        waitUntil: 'load',
      },
    );

    // Choose the duplicate in the select by typing its name, and check what would move.
    await skipToMain(page);
    await tabTo(page, (el) => el.id === 'duplicate');
    await page.keyboard.type(duplicateName);
    for (let i = 0; i < 200; i += 1) {
      if ((await page.locator('#duplicate').inputValue()) === duplicate.createOrganisation.id)
        break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#duplicate').inputValue()).toBe(duplicate.createOrganisation.id);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Check what would move');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/merge?duplicate=*', { waitUntil: 'load' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(duplicateName);
    await expectNoAxeViolations(page);

    // Confirm with the keyboard.
    await skipToMain(page);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Merge organisations');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/admin/organisations/${survivor.createOrganisation.id}?merged=*`, {
      waitUntil: 'load',
    });
    expect(await page.getByTestId('admin-organisation-notice').textContent()).toContain(
      'The duplicate was merged',
    );
  }, 120_000);

  it("should narrow an ICS admin's list to their ICS, with the filter showing it", async () => {
    const { page } = fixture;
    await signInAs(page, ICS_ADMIN, '/admin/organisations');
    await expectNoAxeViolations(page);
    const scope = await page.getByTestId('ics-scope').textContent();
    expect(scope).toContain('the ICS you administer');
    const options = await page.locator('#ics option').allTextContents();
    expect(options[0]).toBe('All your ICSs');
    expect(options).toHaveLength(2);
    expect(scope).toContain(options[1]);
    const listed = await page.getByRole('main').locator('tbody').textContent();
    expect(listed).toContain('Nottingham');
    expect(listed).not.toContain('Walsall');

    // A regional admin still sees every ICS.
    await signInAs(page, REGIONAL_ADMIN, '/admin/organisations');
    expect(await page.getByTestId('ics-scope').count()).toBe(0);
    expect((await page.locator('#ics option').allTextContents()).length).toBeGreaterThan(10);
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
    // Put the label back afterwards: other journeys on this stack pick the theme by its label.
    const original = await page.getByLabel('Label').inputValue();
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

    await page.goto(`/admin/reference-data/themes/${key}`, { waitUntil: 'load' });
    await page.getByLabel('Label').fill(original);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`**/admin/reference-data?saved=${key}`, { waitUntil: 'load' });
    expect(await themes.textContent()).toContain(original);
  });
});

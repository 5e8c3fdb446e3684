import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { visit } from './support/journeys';

describe('ICS directory', () => {
  const fixture = usePage();

  it('should list the 11 Midlands ICSs by sub-region and open Black Country with its places and organisations', async () => {
    const { page } = fixture;
    await visit(page, '/ics');
    const main = page.getByRole('main');
    expect(await main.locator('a[href^="/ics/"]').count()).toBe(11);
    expect(await main.getByRole('heading', { level: 2, name: 'East Midlands' }).count()).toBe(1);
    expect(await main.getByRole('heading', { level: 2, name: 'West Midlands' }).count()).toBe(1);

    await main.locator('a[href="/ics/QUA"]').click();
    await page.waitForURL('**/ics/QUA');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Black Country');
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('QUA');
    const places = await page.getByTestId('place-list').locator('li').allTextContents();
    expect(places).toEqual(
      expect.arrayContaining(['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton']),
    );

    const organisations = page.getByTestId('organisation-list').locator('a');
    expect(await organisations.count()).toBeGreaterThan(0);
    const organisationName = ((await organisations.first().textContent()) ?? '').trim();
    await organisations.first().click();
    await page.waitForURL('**/organisations/**');
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(organisationName);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toContain('Black Country');
  });

  it('should show the NHS page-not-found pattern for an unknown ICS', async () => {
    const { page } = fixture;
    const response = await page.goto('/ics/ZZZ');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectNoAxeViolations(page);
  });
});

describe('Organisations', () => {
  const fixture = usePage();

  it('should filter organisations by ICS with a GET form', async () => {
    const { page } = fixture;
    await visit(page, '/organisations');
    await page.getByLabel('Integrated care system').selectOption('QUA');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    // A plain GET form: empty fields stay in the query string.
    await page.waitForURL(
      (url) => url.pathname === '/organisations' && url.searchParams.get('ics') === 'QUA',
    );
    await expectNoAxeViolations(page);
    const items = page.getByTestId('organisation-list').locator('li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const text of await items.allTextContents()) expect(text).toContain('Black Country');
  });
});

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { visit } from './support/journeys';

describe('ICS dashboard (without JavaScript)', () => {
  // Plain GET forms only (axe needs script, so the same pages are checked with axe below).
  const fixture = usePage({ javaScriptEnabled: false });

  it('should show the dashboard on /ics/QUA and filter it by period with a plain GET form', async () => {
    const { page } = fixture;
    await page.goto('/ics/QUA');
    const dashboard = page.getByTestId('ics-dashboard');
    expect(
      await dashboard.getByRole('heading', { level: 2, name: '4th-purpose dashboard' }).count(),
    ).toBe(1);
    expect(await page.getByTestId('dashboard-period').textContent()).toContain('All years');
    expect(
      await page.getByRole('link', { name: 'Download a board pack' }).getAttribute('href'),
    ).toBe('/ics/QUA/board-pack');
    expect(await page.getByText('How these figures are calculated').count()).toBe(1);

    const filters = page.getByTestId('dashboard-filters');
    await filters.getByLabel('Financial year', { exact: true }).selectOption('2024');
    await filters.getByLabel('Quarter', { exact: true }).selectOption('2');
    await page.getByRole('button', { name: 'Show figures' }).click();
    await page.waitForURL(
      (url) =>
        url.pathname === '/ics/QUA' &&
        url.searchParams.get('fy') === '2024' &&
        url.searchParams.get('q') === '2',
    );
    expect(await page.getByTestId('dashboard-period').textContent()).toContain('2024/25 Q2');
    expect(await filters.getByLabel('Financial year', { exact: true }).inputValue()).toBe('2024');
    expect(await filters.getByLabel('Quarter', { exact: true }).inputValue()).toBe('2');
    // The ICS detail is still there.
    expect(await page.getByTestId('place-list').locator('li').count()).toBe(4);
  });

  it('should report bad filters in an error summary and still show the dashboard', async () => {
    const { page } = fixture;
    const response = await page.goto('/ics/QUA?fy=1999&q=9&theme=NOPE');
    expect(response?.status()).toBe(200);
    const summary = page.locator('.nhsuk-error-summary');
    expect(await summary.textContent()).toContain('Choose a theme from the list');
    expect(await page.getByTestId('dashboard-period').textContent()).toContain('All years');
  });
});

describe('ICS dashboard (axe)', () => {
  const fixture = usePage();

  it('should have no axe violations on the dashboard, filtered or with bad filters', async () => {
    const { page } = fixture;
    await visit(page, '/ics/QUA');
    expect(await page.getByTestId('ics-dashboard').count()).toBe(1);
    await visit(page, '/ics/QUA?fy=2024&q=2');
    await visit(page, '/ics/QUA?fy=1999&q=9&theme=NOPE');
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(1);
  });
});

describe('Regional view', () => {
  const fixture = usePage();

  it('should draw the hex map with the table of 11 ICSs beside it, and open an ICS dashboard from a hex by keyboard', async () => {
    const { page } = fixture;
    await visit(page, '/region');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'All 11 ICSs side by side',
    );
    // The map is drawn even before any measure has figures (every hex "No data").
    expect(await page.getByTestId('hex-link').count()).toBe(11);
    expect(await page.getByTestId('region-measure-table').locator('tbody tr').count()).toBe(11);
    expect(await page.getByTestId('hex-legend').locator('li').count()).toBeGreaterThan(0);
    if ((await page.getByTestId('region-no-measures').count()) === 0) {
      const comparison = page.getByTestId('region-comparison-table');
      expect(await comparison.locator('tbody tr').count()).toBe(12); // 11 ICSs and the region
    }
    expect(
      await page.getByRole('link', { name: 'Download a board pack' }).getAttribute('href'),
    ).toMatch(/^\/region\/board-pack/);
    await expectNoAxeViolations(page);

    // Tab from the board pack link until a hex has focus, then Enter opens its dashboard.
    await page.getByRole('link', { name: 'Download a board pack' }).focus();
    let name = '';
    for (let i = 0; i < 10 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() =>
        document.activeElement?.getAttribute('data-testid') === 'hex-link'
          ? (document.activeElement.getAttribute('aria-label') ?? '')
          : '',
      );
    }
    expect(name).toMatch(/^[A-Z][^:]+: /);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href.split('?')[0]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      name.split(':')[0],
    );
    expect(await page.getByTestId('ics-dashboard').count()).toBe(1);
  });

  it('should say so for an unknown measure and show the map of the first measure', async () => {
    const { page } = fixture;
    const response = await page.goto('/region?measure=no.such.measure&fy=2024&q=2');
    expect(response?.status()).toBe(200);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(
      'Choose a measure from the list',
    );
    expect(await page.getByTestId('dashboard-period').textContent()).toContain('2024/25 Q2');
    await expectNoAxeViolations(page);
  });
});

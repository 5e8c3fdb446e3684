import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

jest.setTimeout(180_000);

/**
 * Issue #14, Playwright step 5: a Black Country member asks for a PDF board
 * pack of their ICS, watches it being made, and downloads it. Anonymous
 * people are sent to sign in; a member of another ICS is told they cannot.
 */
describe('Board packs', () => {
  const fixture = usePage();

  it('should send anonymous people to sign in', async () => {
    const { page } = fixture;
    await page.goto('/ics/QUA/board-pack');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/ics/QUA/board-pack');
  });

  it('should let a Black Country member request a PDF board pack and download it', async () => {
    const { page } = fixture;
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);

    await visit(page, '/ics/QHL/board-pack');
    expect(await page.locator('h2').first().textContent()).toContain(
      'You cannot download board packs for this ICS',
    );
    await expectNoAxeViolations(page);

    await visit(page, '/ics/QUA/board-pack');
    await expectNoAxeViolations(page);
    await page.getByLabel('Financial year (April to March)').selectOption('all');
    await page.getByLabel('PDF (A4, for printing and board papers)').check();
    await page.getByRole('button', { name: 'Create board pack' }).click();
    await page.waitForURL((url) => /^\/board-packs\/[0-9a-f-]{36}$/.test(url.pathname));
    // While the job runs the page refreshes itself with <meta http-equiv="refresh"> (no
    // JavaScript needed), which axe's meta-refresh rule reports; axe judges the page with
    // refreshing turned off, and the finished page below.
    const packPath = new URL(page.url()).pathname;
    await visit(page, `${packPath}?refresh=off`);
    await expectNoAxeViolations(page);
    // Not visit(): that runs axe, which reports the refresh while the job is still running.
    await page.goto(packPath, { waitUntil: 'load' });

    // The page refreshes itself until the job is done.
    const link = page.getByRole('link', {
      name: /Download black-country-board-pack-all-years\.pdf/,
    });
    await link.waitFor({ timeout: 90_000 });
    await expectNoAxeViolations(page);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/board-packs\/[0-9a-f-]{36}\/download$/);
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toBe(
      'attachment; filename="black-country-board-pack-all-years.pdf"',
    );
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { accountNav, visit } from './support/journeys';

describe('Public pages', () => {
  const fixture = usePage();

  it('should explain the product on the home page with the signed-out header', async () => {
    const { page } = fixture;
    await visit(page, '/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Midlands Improvement Commons',
    );
    expect(await accountNav(page).getByRole('link', { name: 'Sign in' }).count()).toBe(1);
    const menu = page.getByRole('navigation', { name: 'Menu' });
    for (const name of ['Home', 'ICS directory', 'Organisations']) {
      expect(await menu.getByRole('link', { name }).count()).toBe(1);
    }
  });

  it('should link to the accessibility statement and privacy notice from the footer', async () => {
    const { page } = fixture;
    await visit(page, '/');
    const footer = page.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Accessibility statement' }).click();
    await page.waitForURL('**/accessibility');
    await expectNoAxeViolations(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice' }).click();
    await page.waitForURL('**/privacy');
    await expectNoAxeViolations(page);
  });

  it('should offer a skip link to the main content', async () => {
    const { page } = fixture;
    await page.goto('/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Skip to main content', href: '#maincontent' });
  });

  it('should show the NHS page-not-found pattern with a 404 status', async () => {
    const { page } = fixture;
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectNoAxeViolations(page);
  });
});

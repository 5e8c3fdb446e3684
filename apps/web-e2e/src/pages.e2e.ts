import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { accountNav, signIn, visit } from './support/journeys';

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

/** The header's primary navigation links, in order. */
async function menuLinks(page: Page): Promise<string[]> {
  const links = page
    .getByRole('banner')
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link');
  return (await links.allTextContents()).map((t) => t.trim());
}

/** Every link and button text in the header and main content. */
async function pageText(page: Page): Promise<string> {
  return `${await page.getByRole('banner').textContent()} ${await page.getByRole('main').textContent()}`;
}

describe('Signed-in chrome', () => {
  const fixture = usePage();
  const WORK = ['Review queue', 'Moderation', 'Admin'];

  it('should offer a signed-out visitor sign-in and an account, and no work links', async () => {
    const { page } = fixture;
    await visit(page, '/');
    expect(await accountNav(page).getByRole('link', { name: 'Create account' }).count()).toBe(1);
    expect(
      await page.getByRole('main').getByRole('link', { name: 'Create an account' }).count(),
    ).toBe(1);
    const menu = await menuLinks(page);
    for (const name of WORK) expect(menu).not.toContain(name);
  });

  it('should show a member what they can do, with no "Create an account" and no work links', async () => {
    const { page } = fixture;
    await signIn(page, 'member@example.org', DEMO_PASSWORD);
    await visit(page, '/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Marcus');
    expect(await pageText(page)).not.toMatch(/Create (an )?account/);
    const main = page.getByRole('main');
    for (const [name, href] of [
      ['My account', '/account'],
      ['My events', '/my/registrations'],
      ['Share a case study', '/case-studies/new'],
      ['Notifications', '/notifications'],
    ]) {
      expect(await main.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
    }
    const menu = await menuLinks(page);
    for (const name of WORK) expect(menu).not.toContain(name);
    // A verified member vouches for people joining their organisation.
    expect(await main.getByRole('link', { name: 'Join requests' }).count()).toBe(1);
    // Signed-in people are not offered the sign-up page.
    await page.goto('/sign-up');
    expect(new URL(page.url()).pathname).toBe('/account');
  });

  it('should give a moderator the review queue and moderation, not admin', async () => {
    const { page } = fixture;
    await signIn(page, 'moderator@example.org', DEMO_PASSWORD);
    await visit(page, '/');
    expect(await pageText(page)).not.toMatch(/Create (an )?account/);
    const menu = await menuLinks(page);
    expect(menu).toEqual(expect.arrayContaining(['Review queue', 'Moderation']));
    expect(menu).not.toContain('Admin');
    await page
      .getByRole('banner')
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Review queue' })
      .click();
    await page.waitForURL('**/case-studies/review', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    // Only the most specific link is the current page.
    const current = page.locator('.nhsuk-header__navigation-link[aria-current]');
    expect(await current.count()).toBe(1);
    expect((await current.textContent())?.trim()).toBe('Review queue');
    const moderation = await page.goto('/moderation');
    expect(moderation?.status()).toBe(200);
  });

  it('should give a regional admin review, moderation and admin links that all open', async () => {
    const { page } = fixture;
    await signIn(page, 'admin@example.org', DEMO_PASSWORD);
    await visit(page, '/');
    expect(await pageText(page)).not.toMatch(/Create (an )?account/);
    const menu = await menuLinks(page);
    expect(menu).toEqual(expect.arrayContaining(WORK));
    const nav = page.getByRole('banner').getByRole('navigation', { name: 'Menu' });
    for (const name of WORK) {
      const href = (await nav.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      const response = await page.goto(href);
      expect(response?.status()).toBe(200);
    }
    expect(await nav.getByRole('link', { name: 'Admin', exact: true }).getAttribute('href')).toBe(
      '/admin/requests',
    );
  });
});

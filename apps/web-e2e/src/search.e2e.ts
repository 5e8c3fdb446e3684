import type { Locator, Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { visit } from './support/journeys';

/** The header's search box, once hydrated (it becomes an ARIA combobox). */
async function headerCombobox(page: Page): Promise<Locator> {
  const box = page.getByRole('banner').getByRole('combobox', { name: 'Search the Commons' });
  await box.waitFor();
  return box;
}

/**
 * The API indexes the seeded documents in a sweep job at boot: wait until the
 * suggestions route finds a seeded title (at most a minute) before searching.
 */
async function waitForIndex(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const response = await page.request.get('/search/suggestions?q=work4health');
    const list = response.ok() ? ((await response.json()) as unknown[]) : [];
    if (list.length > 0) return;
    if (Date.now() > deadline) throw new Error('The search index did not fill within a minute');
    await page.waitForTimeout(2_000);
  }
}

describe('Search (issue #13)', () => {
  const fixture = usePage();

  beforeEach(async () => {
    await waitForIndex(fixture.page);
  }, 90_000);

  it('should search from the header by keyboard and go to a picked suggestion', async () => {
    const { page } = fixture;
    await visit(page, '/');
    const box = await headerCombobox(page);
    await box.focus();
    // Suggestions are titles with a word starting as typed; no seeded title has a word
    // starting "employ", so type the start of an employment case study's title.
    await page.keyboard.type('thriv', { delay: 30 });

    const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
    await listbox.getByRole('option').first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    const count = await listbox.getByRole('option').count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(8);
    expect(await page.getByTestId('search-suggestions-status').textContent()).toContain(
      `${count} ${count === 1 ? 'result' : 'results'} available`,
    );
    await expectNoAxeViolations(page);

    await page.keyboard.press('ArrowDown');
    const first = listbox.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    const title = ((await first.locator('.mic-search-suggest__title').textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(0);

    // Escape closes the list; ArrowDown in a closed list does nothing special.
    await page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isHidden()).toBe(true);
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();

    // Typing again reopens it; ArrowDown then Enter goes to the highlighted suggestion.
    await page.keyboard.type('e', { delay: 30 });
    await page.keyboard.press('Backspace');
    await listbox.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const picked = (
      (await listbox
        .getByRole('option')
        .first()
        .locator('.mic-search-suggest__title')
        .textContent()) ?? ''
    ).trim();
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/search'),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(picked);
  });

  it('should submit the header search with Enter and find the employment case studies for "jobs"', async () => {
    const { page } = fixture;
    await visit(page, '/case-studies');
    const box = await headerCombobox(page);
    await box.fill('jobs');
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'jobs'),
      box.press('Enter'),
    ]);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('jobs');
    expect(await page.getByTestId('search-count').textContent()).toMatch(/^\d[\d,]*\+? results?/);
    const results = page.getByTestId('search-results');
    expect(await results.textContent()).toContain('Work4Health');
    // Snippets highlight the matched words with <mark> and nothing else.
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect(await results.locator('script, img, iframe').count()).toBe(0);
    // Each result has a type tag and a same-site link.
    const link = results.getByRole('link', { name: /Work4Health/ }).first();
    expect(await link.getAttribute('href')).toMatch(/^\//);
    await link.click();
    await page.waitForURL((url) => url.pathname !== '/search');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Work4Health');
  });

  it('should find procurement for the misspelt "procurment", offering the correct spelling', async () => {
    const { page } = fixture;
    await visit(page, '/search?q=procurment');
    // Either the results are for the correction ("Showing results for procurement"), or the
    // misspelling matched on its own (English stemming) and the correction is offered as a link.
    const corrected = page.getByTestId('search-corrected');
    const offered = page.getByTestId('search-did-you-mean');
    await corrected.or(offered).waitFor();
    if (await corrected.count()) {
      expect(await corrected.textContent()).toContain('Showing results for procurement');
      expect(await corrected.textContent()).toContain('No results found for ‘procurment’');
    } else {
      const link = offered.getByRole('link', { name: 'procurement' });
      expect(await link.getAttribute('href')).toBe('/search?q=procurement');
    }
    const results = page.getByTestId('search-results');
    expect(await results.locator('li').count()).toBeGreaterThan(0);
    expect(((await results.textContent()) ?? '').toLowerCase()).toContain('procurement');
  });

  it('should give advice when nothing is found, and a search form for a blank query', async () => {
    const { page } = fixture;
    await visit(page, '/search?q=qxzvjw+wqzxjv');
    const empty = page.getByTestId('search-empty');
    expect(await empty.textContent()).toContain('checking your spelling');
    expect(
      await empty.getByRole('link', { name: 'Browse case studies' }).getAttribute('href'),
    ).toBe('/case-studies');

    const response = await page.goto('/search?q=++');
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search the Commons');
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
  });
});

describe('Search without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  beforeEach(async () => {
    await waitForIndex(fixture.page);
  }, 90_000);

  it('should search from the header form and filter by a type facet with the Apply filters button', async () => {
    const { page } = fixture;
    // No axe here: it needs JavaScript in the page (the JavaScript tests audit /search).
    await page.goto('/');
    // Without JavaScript the header box is a plain search field in a GET form.
    const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the Commons' });
    await box.fill('employment');
    await Promise.all([
      page.waitForURL(
        (url) => url.pathname === '/search' && url.searchParams.get('q') === 'employment',
      ),
      page.getByRole('banner').getByRole('button', { name: 'Search' }).click(),
    ]);
    const tags = page.getByTestId('search-results').locator('.nhsuk-tag');
    expect(await tags.count()).toBeGreaterThan(0);

    const filters = page.getByTestId('search-filters');
    const caseStudies = filters.locator('input[name="types"][value="CASE_STUDY"]');
    await caseStudies.check();
    await Promise.all([
      page.waitForURL(
        (url) =>
          url.pathname === '/search' &&
          url.searchParams.get('q') === 'employment' &&
          url.searchParams.getAll('types').join() === 'CASE_STUDY',
      ),
      filters.getByRole('button', { name: 'Apply filters' }).click(),
    ]);
    expect(await filters.locator('input[name="types"][value="CASE_STUDY"]').isChecked()).toBe(true);
    const filteredTags = await page
      .getByTestId('search-results')
      .locator('.nhsuk-tag')
      .allTextContents();
    expect(filteredTags.length).toBeGreaterThan(0);
    for (const tag of filteredTags) expect(tag.trim()).toBe('Case study');
    expect(await page.getByTestId('search-results').textContent()).toContain('Work4Health');

    // The chosen filter is listed with a link that clears it.
    const chosen = page.getByTestId('search-chosen-filters');
    await Promise.all([
      page.waitForURL(
        (url) => url.pathname === '/search' && url.searchParams.getAll('types').length === 0,
      ),
      chosen
        .getByRole('link', { name: /^clear/ })
        .first()
        .click(),
    ]);
    expect(await page.getByTestId('search-chosen-filters').count()).toBe(0);
  });
});

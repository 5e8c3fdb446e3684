import type { Page } from 'playwright-core';

/** Fills an NHS date input with a time box (`<id>-day`, `-month`, `-year`, `-time`) from "YYYY-MM-DD" and "HH:mm". */
export async function fillDateTime(
  page: Page,
  id: string,
  date: string,
  time: string,
): Promise<void> {
  const [year, month, day] = date.split('-');
  await page.locator(`#${id}-day`).fill(String(Number(day)));
  await page.locator(`#${id}-month`).fill(String(Number(month)));
  await page.locator(`#${id}-year`).fill(year);
  await page.locator(`#${id}-time`).fill(time);
}

/** "YYYY-MM-DD" of a day `days` from now (UTC date; events are created at midday UK time, so close enough). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Fails when the page scrolls sideways (WCAG 1.4.10 reflow): the document is no wider than the window. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, path } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    path: location.pathname,
  }));
  if (scrollWidth > innerWidth)
    throw new Error(`${path} scrolls sideways: ${scrollWidth}px wide in a ${innerWidth}px window`);
}

/** Fails when a page shows technical text: raw GraphQL errors, stack traces or SQL. */
export async function expectNoTechnicalText(page: Page): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const pattern of [
    /Variable "\$/,
    /GraphQL/,
    /\bat [\w.]+ \(/,
    /QueryFailedError|duplicate key|violates/,
    /Unexpected token/,
  ]) {
    if (pattern.test(text))
      throw new Error(`${new URL(page.url()).pathname} shows technical text matching ${pattern}`);
  }
}

import type { Page } from 'playwright-core';

/* Keyboard-only journeys (WCAG 2.1.1): Tab, Enter and Space only, no clicks. */

/**
 * After a full page load the first Tab reaches the skip link, and Enter on it
 * moves focus to the main content, as a keyboard user would. (After a form's
 * soft navigation focus stays where it was, and the next Tab carries on from there.)
 */
export async function skipToMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  if (text.startsWith('Skip to main content')) await page.keyboard.press('Enter');
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export async function tabTo(
  page: Page,
  matches: (el: { id: string; text: string; tag: string }) => boolean,
  max = 80,
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        id: a?.id ?? '',
        text: (a?.textContent ?? '').trim(),
        tag: a?.tagName.toLowerCase() ?? '',
      };
    });
    if (matches(el)) return;
  }
  throw new Error('Focus never reached the element by Tab');
}

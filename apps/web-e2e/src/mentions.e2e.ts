import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn } from './support/journeys';

const LEAD = 'lead@example.org';
const MEMBER = 'member@example.org'; // Marcus Hall

describe('@mention autocomplete', () => {
  const fixture = usePage();

  it('should offer people after @ and 2 letters, pick one with the keyboard, and notify them', async () => {
    const { page } = fixture;
    const title = `Mention check ${Date.now().toString(36)}`;
    await signIn(page, LEAD, DEMO_PASSWORD);
    await page.goto('/toolkits/heat', { waitUntil: 'load' });
    const section = page.locator('section#section-address');
    await section.getByText('Start a discussion about Address').click();
    await section.getByLabel('Title').fill(title);
    await section.getByLabel('Your question or comment').fill('Who has tried this?');
    await section.getByRole('button', { name: 'Start discussion' }).click();
    await page.waitForURL('**/discussions/**', { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    const threadPath = new URL(page.url()).pathname;

    const box = page.locator('#body');
    await page.waitForFunction(
      () => document.getElementById('body')?.getAttribute('role') === 'combobox',
    );
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    // Escape closes the list and leaves the text alone.
    await box.click();
    await box.pressSequentially('Hi @Ma');
    const option = page.getByRole('option', { name: /Marcus Hall/ });
    await option.waitFor();
    await box.press('Escape');
    await page.waitForFunction(
      () => document.getElementById('body')?.getAttribute('aria-expanded') === 'false',
    );
    expect(await box.inputValue()).toBe('Hi @Ma');

    await box.fill('');
    await box.pressSequentially('Thanks @Mar');
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${activeId}"]`).textContent()).toContain('Marcus Hall');
    await expectNoAxeViolations(page);
    await box.press('Enter');
    expect(await box.inputValue()).toMatch(/^Thanks @\[Marcus Hall\]\(mention:[0-9a-f-]{36}\) $/);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('for the tip');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/, { waitUntil: 'load' });
    await page.locator('.mic-comment__body a', { hasText: '@Marcus Hall' }).waitFor();

    await page.context().clearCookies();
    await signIn(page, MEMBER, DEMO_PASSWORD);
    await page.goto('/notifications', { waitUntil: 'load' });
    const item = page.locator('li', { hasText: title });
    await item.first().waitFor();
    expect(await item.first().textContent()).toMatch(/mention/i);
    expect(threadPath).toMatch(/^\/discussions\//);
    // Leave no unread notifications behind for the other journeys on this database.
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('You have no unread notifications.').waitFor();
  });
});

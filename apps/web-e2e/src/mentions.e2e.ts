import { apiToken, gql } from './support/api';
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
    const mentionToken = (await box.inputValue()).trim().replace(/^Thanks /, '');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('for the tip');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/, { waitUntil: 'load' });
    await page.locator('.mic-comment__body a', { hasText: '@Marcus Hall' }).waitFor();

    // A second mention (through the API), so the member has more than one unread notification.
    const threadId = new URL(page.url()).pathname.split('/').pop();
    await gql(
      'mutation Post($input: PostCommentInput!) { postComment(input: $input) { id } }',
      { input: { threadId, body: `Also ${mentionToken}, see the Address step.` } },
      await apiToken(LEAD),
    );

    await page.context().clearCookies();
    await signIn(page, MEMBER, DEMO_PASSWORD);
    await page.goto('/notifications', { waitUntil: 'load' });
    const item = page.locator('li', { hasText: title });
    await item.first().waitFor();
    expect(await item.first().textContent()).toMatch(/mention/i);
    expect(threadPath).toMatch(/^\/discussions\//);

    // Fault 6: the unread state agrees everywhere: the summary, the New tags, the header and the API.
    const token = await apiToken(MEMBER);
    const apiUnread = async () =>
      (await gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token))
        .unreadNotificationCount;
    const expectUnread = async (count: number) => {
      const summary = (await page.getByTestId('unread-summary').textContent())?.trim();
      expect(summary).toBe(
        count === 0
          ? 'You have no unread notifications.'
          : `You have ${count} unread ${count === 1 ? 'notification' : 'notifications'}.`,
      );
      const bell = page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
      expect((await bell.textContent())?.trim()).toBe(
        count === 0 ? 'Notifications' : `Notifications (${count} unread)`,
      );
      expect(await apiUnread()).toBe(count);
    };
    const mention = page.locator('li', { hasText: 'Thanks @Marcus Hall for the tip' });
    expect(await mention.locator('.nhsuk-tag', { hasText: 'New' }).count()).toBe(1);
    // The mention reads as a name, not as the token typed into the box.
    expect(await mention.textContent()).toContain('Thanks @Marcus Hall for the tip');
    expect(await mention.textContent()).not.toContain('mention:');
    const unread = await page.locator('.mic-notification--unread').count();
    expect(unread).toBeGreaterThanOrEqual(2);
    await expectUnread(unread);
    await expectNoAxeViolations(page);

    // Opening it marks it read: one fewer everywhere.
    await mention.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === threadPath, { waitUntil: 'load' });
    await page.goto('/notifications', { waitUntil: 'load' });
    expect(await mention.locator('.nhsuk-tag', { hasText: 'New' }).count()).toBe(0);
    await expectUnread(unread - 1);

    // Mark all as read (with JavaScript: the header's count must follow, not keep the old number).
    // This also leaves no unread notifications behind for the other journeys on this database.
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('You have no unread notifications.').waitFor();
    await expectUnread(0);
    expect(await page.locator('.mic-notification--unread').count()).toBe(0);
  });
});

import type { Browser, Page } from 'playwright-core';

import { apiToken, gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, usePage } from './support/browser';
import { BASE_URL, DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

const LEAD = 'lead@example.org';
const MEMBER = 'member@example.org';
const ORGANISER = 'organiser@example.org';
const MODERATOR = 'moderator@example.org';

const XSS_PAYLOADS = [
  '<img src=x onerror="alert(\'img\')">',
  '<script>alert("script")</script>',
  '[click me](javascript:alert("link"))',
  '<svg onload="alert(\'svg\')"></svg>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
];

/** Opens a section's "Start a discussion" form on a toolkit page and starts a thread. */
async function startSectionThread(
  page: Page,
  sectionTitle: string,
  title: string,
  body: string,
): Promise<string> {
  const section = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: sectionTitle }),
  });
  await section.getByText(`Start a discussion about ${sectionTitle}`).click();
  await section.getByLabel('Title').fill(title);
  await section.getByLabel('Your question or comment').fill(body);
  await section.getByRole('button', { name: 'Start discussion' }).click();
  await page.waitForURL('**/discussions/**', { waitUntil: 'load' });
  // Next streams the <title> of dynamic pages: wait for it before running axe.
  await page.waitForFunction(() => document.title.length > 0);
  return new URL(page.url()).pathname;
}

async function postComment(page: Page, threadPath: string, body: string): Promise<void> {
  // Start from the bare thread URL so the wait below sees the new #comment- anchor.
  await page.goto(threadPath, { waitUntil: 'load' });
  await page.locator('#body').fill(body);
  await page.getByRole('button', { name: 'Post comment' }).click();
  await page.waitForURL(/#comment-/);
}

describe('Discussions', () => {
  const fixture = usePage();

  it('should render stored XSS payloads inert on the thread page (no dialog, no script, no handlers)', async () => {
    const { page } = fixture;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signIn(page, LEAD, DEMO_PASSWORD);
    await visit(page, '/toolkits/heat');
    const threadPath = await startSectionThread(page, 'Assess', 'XSS check', XSS_PAYLOADS[0]);
    for (const payload of XSS_PAYLOADS.slice(1)) await postComment(page, threadPath, payload);

    await page.goto(threadPath, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    const bodies = page.locator('.mic-comment__body');
    expect(await bodies.count()).toBe(XSS_PAYLOADS.length);
    expect(
      await page
        .locator(
          '.mic-comment__body img, .mic-comment__body script, .mic-comment__body svg, .mic-comment__body iframe',
        )
        .count(),
    ).toBe(0);
    expect(await page.locator('.mic-comment__body a[href^="javascript"]').count()).toBe(0);
    const handlers = await page.$$eval('.mic-comment__body *', (els) =>
      els.flatMap((el) => el.getAttributeNames().filter((name) => name.startsWith('on'))),
    );
    expect(handlers).toEqual([]);
    // The text is shown, escaped, so readers can see what was written.
    expect(await bodies.first().textContent()).toContain('<img src=x');
    await expectNoAxeViolations(page);
  });

  describe('a member comments on a toolkit section, another replies with a mention', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser.close();
    });

    it('should notify the first member, who sees it in the notification centre', async () => {
      const { page } = fixture;
      await signIn(page, MEMBER, DEMO_PASSWORD);
      await visit(page, '/toolkits');
      await page.getByRole('link', { name: 'Health Inequalities Toolkit (Phase 1)' }).click();
      await page.waitForURL('**/toolkits/health-inequalities-toolkit-phase-1', {
        waitUntil: 'load',
      });
      await page.waitForFunction(() => document.title.length > 0);
      await expectNoAxeViolations(page);
      const threadPath = await startSectionThread(
        page,
        'Standards',
        'How do you apply the standards?',
        'We are starting with **procurement**. Any tips?',
      );
      await expectNoAxeViolations(page);

      const other = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB' });
      const organiser = await other.newPage();
      await signIn(organiser, ORGANISER, DEMO_PASSWORD);
      await organiser.goto(threadPath);
      await organiser.getByRole('link', { name: /Reply to Marcus Hall/ }).click();
      const prefilled = await organiser.locator('#body').inputValue();
      expect(prefilled).toMatch(/^@\[Marcus Hall\]\(mention:[0-9a-f-]{36}\) $/);
      await organiser
        .locator('#body')
        .fill(`${prefilled}we did this in Walsall, happy to share our template.`);
      await organiser.getByRole('button', { name: 'Post comment' }).click();
      await organiser.waitForURL(/#comment-/);
      expect(
        await organiser.locator('.mic-comment-replies .mic-comment__body').last().textContent(),
      ).toContain('@Marcus Hall');
      await other.close();

      await page.goto('/account');
      const bell = page.getByRole('link', { name: /Notifications \(\d+ unread\)/ });
      expect(await bell.count()).toBe(1);
      await bell.click();
      await page.waitForURL('**/notifications', { waitUntil: 'load' });
      await page.waitForFunction(() => document.title.length > 0);
      await expectNoAxeViolations(page);
      const mention = page.getByRole('link', {
        name: 'Owen Price mentioned you in "How do you apply the standards?"',
      });
      expect(await mention.count()).toBe(1);
      await mention.click();
      await page.waitForURL(/\/discussions\/.+#comment-/);
      expect(await page.getByText('we did this in Walsall').count()).toBe(1);
      // Opening it marked it read: it is no longer marked New, and the
      // summary agrees with the list (other journeys may have left the
      // shared demo member other unread notifications).
      await page.goto('/notifications');
      const item = page.locator('.mic-notification', { has: mention });
      expect(await item.count()).toBe(1);
      expect(await item.getAttribute('class')).not.toContain('mic-notification--unread');
      expect(await item.getByText('New').count()).toBe(0);
      const stillUnread = await page.locator('.mic-notification--unread').count();
      expect(await page.getByTestId('unread-summary').textContent()).toBe(
        stillUnread === 0
          ? 'You have no unread notifications.'
          : `You have ${stillUnread} unread ${stillUnread === 1 ? 'notification' : 'notifications'}.`,
      );
    });
  });

  it('should show moderators the review queue and keep it from members', async () => {
    const { page } = fixture;
    await signIn(page, MODERATOR, DEMO_PASSWORD);
    await visit(page, '/moderation');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Moderation queue');
    await visit(page, '/settings/notifications');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Notification settings',
    );
  });

  it('should ask the moderator before hiding a flagged comment, and keep the reason after an error', async () => {
    const { page } = fixture;
    // A comment by the lead on the HEAT toolkit, reported by the member (through the API).
    const lead = await apiToken(LEAD);
    const toolkit = await gql<{ toolkit: { id: string } }>(
      '{ toolkit(slug: "heat") { id } }',
      {},
      lead,
    );
    const words = `Moderation check ${Date.now().toString(36)}`;
    const thread = await gql<{
      startThread: { comments: { edges: Array<{ node: { id: string } }> } };
    }>(
      'mutation Start($input: StartThreadInput!) { startThread(input: $input) { comments(first: 1) { edges { node { id } } } } }',
      {
        input: {
          subjectType: 'TOOLKIT',
          subjectId: toolkit.toolkit.id,
          title: words,
          body: `${words}: a comment to be reported.`,
        },
      },
      lead,
    );
    await gql(
      'mutation Flag($input: FlagCommentInput!) { flagComment(input: $input) { id } }',
      {
        input: { commentId: thread.startThread.comments.edges[0].node.id, reason: 'PERSONAL_DATA' },
      },
      await apiToken(MEMBER),
    );

    await signIn(page, MODERATOR, DEMO_PASSWORD);
    await visit(page, '/moderation');
    const item = page.locator('section', { hasText: words });
    // Reasons read as words, not codes.
    expect(await item.textContent()).toContain('Personal data');
    expect(await item.textContent()).not.toContain('PERSONAL_DATA');

    // No reason: the error summary says so, on the page (not in the URL), and the decision is kept.
    await item.getByLabel('Decision').selectOption('HIDE');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.locator('.nhsuk-error-summary').waitFor();
    expect(await item.locator('.nhsuk-error-summary').textContent()).toContain('Enter the reason');
    expect(page.url()).not.toContain('error=');
    expect(await item.getByLabel('Decision').inputValue()).toBe('HIDE');
    await expectNoAxeViolations(page);

    // Hiding asks first; "No, go back" keeps what was typed.
    await item.getByLabel(/^Reason/).fill('Shares a phone number');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.getByText('Are you sure you want to hide this comment?').waitFor();
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'No, go back' }).click();
    await item.getByLabel(/^Reason/).waitFor();
    expect(await item.getByLabel(/^Reason/).inputValue()).toBe('Shares a phone number');
    expect(await item.getByLabel('Decision').inputValue()).toBe('HIDE');

    // Confirmed: the decision is recorded.
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.getByRole('button', { name: 'Yes, hide the comment' }).click();
    await page.getByText('Decision recorded.').waitFor();
    expect(new URL(page.url()).search).toBe('?done=1');
  });
});

describe('Discussions without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should show a refused reply on the page, back at the reply box, with the text kept', async () => {
    const { page } = fixture;
    const lead = await apiToken(LEAD);
    const toolkit = await gql<{ toolkit: { id: string } }>(
      '{ toolkit(slug: "heat") { id } }',
      {},
      lead,
    );
    const thread = await gql<{ startThread: { id: string } }>(
      'mutation Start($input: StartThreadInput!) { startThread(input: $input) { id } }',
      {
        input: {
          subjectType: 'TOOLKIT',
          subjectId: toolkit.toolkit.id,
          title: `No-script replies ${Date.now().toString(36)}`,
          body: 'Replies without JavaScript.',
        },
      },
      lead,
    );
    await signIn(page, MEMBER, DEMO_PASSWORD);
    await page.goto(`/discussions/${thread.startThread.id}`);

    // Blank: the error is on the page, not in the address.
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#body-error').textContent()).toContain('Enter your comment');
    expect(page.url()).not.toContain('error=');
    expect(new URL(page.url()).hash).toBe('#reply');

    // Too long: refused, and every character typed is still in the box.
    const long = 'A very long comment. '.repeat(1000);
    await page.locator('#body').fill(long);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.locator('#body-error').waitFor();
    expect(await page.locator('#body-error').textContent()).toContain('20,000 characters or fewer');
    expect(await page.locator('#body').inputValue()).toBe(long);
    // (axe cannot run with JavaScript off; the same page is audited with it on by the page walk.)
  });
});

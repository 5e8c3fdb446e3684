import { apiToken, gql } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

const LEAD = 'lead@example.org'; // Leah Bassi, Walsall Healthcare NHS Trust: owns Work4Health
const MEMBER = 'member@example.org'; // Marcus Hall

describe('Discussions everywhere', () => {
  const fixture = usePage();

  it('a member starts a thread on a case study; its owner pins it and accepts an answer; edits keep a visible history; removal asks first', async () => {
    const { page, context } = fixture;
    const memberToken = await apiToken(MEMBER);
    const { caseStudies } = await gql<{
      caseStudies: { edges: Array<{ node: { slug: string; title: string } }> };
    }>('{ caseStudies(first: 50) { edges { node { slug title } } } }', {}, memberToken);
    const work4health = caseStudies.edges.find((e) => e.node.title.startsWith('Work4Health'))?.node;
    if (!work4health) throw new Error('The seeded Work4Health case study is missing');
    const casePath = `/case-studies/${work4health.slug}`;
    const title = `Recruiting through Work4Health ${Date.now().toString(36)}`;

    // Signed out: the section asks to sign in.
    await page.goto(casePath, { waitUntil: 'load' });
    await page.getByRole('link', { name: 'Sign in to join the discussion' }).waitFor();

    // A member starts a thread from the case study page.
    await signIn(page, MEMBER, DEMO_PASSWORD);
    await visit(page, casePath);
    const section = page.locator('section#discussion');
    await section.getByText(`Start a discussion about ${work4health.title}`).click();
    await section.getByLabel('Title').fill(title);
    await section.getByLabel('Your question or comment').fill('How did you find the first cohort?');
    await section.getByRole('button', { name: 'Start discussion' }).click();
    await page.waitForURL('**/discussions/**', { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    const threadPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: work4health.title }).first().waitFor();

    // The member replies, then edits the reply: the history shows what changed.
    await page.locator('#body').fill('We recruited on Monday mornings.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/);
    const answerId = new URL(page.url()).hash.replace('#comment-', '');
    await page.locator(`#comment-${answerId}`).getByRole('link', { name: /Edit/ }).click();
    await page.waitForURL('**/edit', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    await page.locator('#body').fill('We recruited on Tuesday mornings.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`#comment-${answerId}`), { waitUntil: 'load' });
    const answer = page.locator(`#comment-${answerId}`);
    await answer.getByText('(edited)').waitFor();
    await answer.getByText('Edit history (1 edit)').click();
    // Screen readers hear "[removed: Monday]" and "[added: Tuesday]" (visually hidden brackets).
    expect(await answer.locator('del').textContent()).toBe('[removed: Monday]');
    expect(await answer.locator('ins').textContent()).toBe('[added: Tuesday]');
    expect(await answer.locator('del').isVisible()).toBe(true);
    await expectNoAxeViolations(page);

    // A comment removed by its author: the NHS "Are you sure?" page first.
    // (From the bare thread URL, so the wait below sees the new comment's anchor.)
    await page.goto(threadPath, { waitUntil: 'load' });
    await page.locator('#body').fill('Posted by mistake');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/);
    const mistakeId = new URL(page.url()).hash.replace('#comment-', '');
    expect(mistakeId).not.toBe(answerId);
    await page
      .locator(`#comment-${mistakeId}`)
      .getByRole('link', { name: /Remove/ })
      .click();
    await page.waitForURL('**/delete', { waitUntil: 'load' });
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, remove this comment' }).click();
    await page.waitForURL(/removed=1/, { waitUntil: 'load' });
    await page.locator(`#comment-${mistakeId}`).getByText('This comment was removed.').waitFor();

    // The member may not pin: the controls are not shown to them.
    expect(await page.getByRole('button', { name: 'Pin thread' }).count()).toBe(0);

    // The case study's owner pins the thread and accepts the answer.
    await context.clearCookies();
    await signIn(page, LEAD, DEMO_PASSWORD);
    await visit(page, threadPath);
    await page.getByRole('button', { name: 'Pin thread' }).click();
    await page.getByRole('button', { name: 'Unpin thread' }).waitFor();
    await page
      .locator(`#comment-${answerId}`)
      .getByRole('button', { name: /Accept as answer/ })
      .click();
    await page
      .locator(`#comment-${answerId} .nhsuk-tag`, { hasText: 'Accepted answer' })
      .waitFor();
    await page.getByRole('button', { name: 'Clear accepted answer' }).waitFor();
    await expectNoAxeViolations(page);

    // The thread list: filters work without JavaScript (a GET form).
    await visit(page, '/discussions');
    await page.getByLabel('About').selectOption('CASE_STUDY');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=CASE_STUDY/, { waitUntil: 'load' });
    const row = page.locator('li', { has: page.getByRole('link', { name: title }) });
    await row.getByText('Pinned').waitFor();
    await row.getByText('Answered').waitFor();
    await page.getByLabel('Unanswered').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/unanswered=1/, { waitUntil: 'load' });
    expect(await page.getByRole('link', { name: title }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The member's profile: name and organisation, never the email.
    const { me } = await gql<{ me: { id: string } }>('{ me { id } }', {}, memberToken);
    await visit(page, `/people/${me.id}`);
    await page.getByRole('heading', { level: 1, name: 'Marcus Hall' }).waitFor();
    await page.getByText('Healthwatch Birmingham').first().waitFor();
    expect(await page.content()).not.toContain(MEMBER);
    // An unknown person: page not found.
    const missing = await page.goto('/people/00000000-0000-4000-8000-000000000000');
    expect(missing?.status()).toBe(404);
  });
});

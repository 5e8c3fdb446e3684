import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

/*
 * Peer review and archive, as reviewers and authors meet them: the review
 * queue links to a review page with the full case study and the criteria;
 * approving asks "are you sure" and a second approval says it is already
 * published; returning needs comments; the wrong role gets "page not found";
 * archiving asks first and the case study leaves the library. Status tags
 * read as words everywhere. Axe on every page; no page scrolls sideways at
 * 390 px.
 */

const API_URL = process.env['E2E_API_URL'] ?? 'http://localhost:4000/graphql';
const LEAD = 'lead@example.org';
const REVIEWER = 'moderator@example.org';

async function api<T>(
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]?.message);
  return body.data as T;
}

const tokens = new Map<string, string>();
async function tokenFor(email: string): Promise<string> {
  const cached = tokens.get(email);
  if (cached) return cached;
  const signedIn = await api<{ signIn: { accessToken: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  tokens.set(email, signedIn.signIn.accessToken);
  return signedIn.signIn.accessToken;
}

interface Created {
  id: string;
  slug: string;
  title: string;
}

/** A case study by the Walsall lead (Black Country), with Markdown, a contact and a sourced figure. */
async function createCaseStudy(label: string, { submit = true } = {}): Promise<Created> {
  const token = await tokenFor(LEAD);
  const title = `${label} ${Date.now()}`;
  const created = await api<{ createCaseStudy: { id: string; slug: string } }>(
    `mutation($input: CreateCaseStudyInput!) { createCaseStudy(input: $input) { id slug } }`,
    {
      input: {
        title,
        summary: 'Residents into NHS jobs through a three-week academy.',
        problem: 'High **unemployment** near the hospital.',
        approach: '- Level 1 qualification\n- A guaranteed interview',
        icsOdsCode: 'QUA',
        placeName: 'Walsall',
        themes: ['EMPLOYMENT'],
        evidenceLevel: 'BEFORE_AFTER',
        contact: { name: 'Leah Bassi', role: 'Anchor lead', email: 'leah.bassi@example.org' },
      },
    },
    token,
  );
  const cs = created.createCaseStudy;
  await api(
    `mutation($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`,
    {
      input: {
        caseStudyId: cs.id,
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: 42,
        measuredOn: '2025-06-30',
        sourceTitle: 'Walsall Healthcare quarterly report',
      },
    },
    token,
  );
  if (submit) {
    await api(
      `mutation($input: CaseStudyIdInput!) { submitCaseStudy(input: $input) { id } }`,
      { input: { id: cs.id } },
      token,
    );
  }
  return { ...cs, title };
}

async function approveByApi(cs: Created): Promise<void> {
  await api(
    `mutation($input: ReviewCaseStudyInput!) { approveCaseStudy(input: $input) { id } }`,
    { input: { id: cs.id } },
    await tokenFor(REVIEWER),
  );
}

/** Enum values and technical text never shown to people. */
const NOT_FOR_PEOPLE =
  /\b(DRAFT|SUBMITTED|PUBLISHED|ARCHIVED|CONFLICT|BAD_USER_INPUT|FORBIDDEN)\b|Variable "\$|GraphQL|\bat \S+ \(.*:\d+:\d+\)/;

async function expectPlainText(page: Page): Promise<void> {
  const text = (await page.getByRole('main').textContent()) ?? '';
  expect(text).not.toMatch(NOT_FOR_PEOPLE);
}

/** The page fits a 390 px wide phone: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, path: string): Promise<void> {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(path, { waitUntil: 'load' });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(`${path}: ${scrollWidth}px wide`).toBe(`${path}: ${clientWidth}px wide`);
  if (previous) await page.setViewportSize(previous);
}

async function checkAllCriteria(page: Page): Promise<void> {
  for (const label of [
    'The evidence supports what the case study claims',
    'Outcome figures have a date and a source',
    'A named person can be contacted about it',
    'The organisations involved agreed to share it, and no one can be identified without consent',
  ])
    await page.getByLabel(label).check();
}

describe('Peer review of case studies', () => {
  const fixture = usePage();

  it('should link the queue to a review page with the criteria and the full case study, ask before publishing, and say a second approval found it already published', async () => {
    const { page, context } = fixture;
    const cs = await createCaseStudy('E2E review approve');
    await signIn(page, REVIEWER, DEMO_PASSWORD);

    await visit(page, '/case-studies/review');
    const item = page.locator(`[data-testid="review-queue-item"][data-slug="${cs.slug}"]`);
    expect(await item.textContent()).toContain('Submitted for review');
    expect(await item.textContent()).toContain('Walsall Healthcare NHS Trust');
    expect(await item.textContent()).toContain('Black Country');
    await expectPlainText(page);
    await item.getByRole('link', { name: cs.title }).click();
    await page.waitForURL(`**/case-studies/${cs.slug}/review`);
    await expectNoAxeViolations(page);
    await expectPlainText(page);

    // The criteria, with what the platform found.
    const criteria = page.getByTestId('review-criteria');
    expect(await criteria.locator('[data-criterion="figures"]').textContent()).toContain(
      'The one figure has a date and a source.',
    );
    expect(await criteria.locator('[data-criterion="contact"]').textContent()).toContain(
      'Leah Bassi, Anchor lead',
    );
    expect(await criteria.locator('[data-criterion="consent"]').textContent()).toContain('Check');
    // The case study as it will be published: Markdown rendered, figures with date and source.
    const preview = page.getByTestId('case-study-preview');
    expect(await preview.locator('strong', { hasText: 'unemployment' }).count()).toBe(1);
    expect(await preview.locator('li', { hasText: 'A guaranteed interview' }).count()).toBe(1);
    expect(await preview.textContent()).not.toContain('**');
    expect(await preview.getByTestId('review-outcome-series').textContent()).toContain(
      'Walsall Healthcare quarterly report',
    );

    // Returning needs comments; what was ticked is kept.
    await page.getByLabel('The evidence supports what the case study claims').check();
    await page.getByRole('button', { name: 'Return to author' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Enter comments for the author');
    expect(await page.locator('#comments-error').textContent()).toContain('Enter comments');
    expect(
      await page.getByLabel('The evidence supports what the case study claims').isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page);

    // Approving needs every criterion confirmed.
    await page.getByLabel('Comments for the author').fill('Clear, dated and sourced.');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.locator('#criteria-error').waitFor();
    expect(await summary.textContent()).toContain(
      'Confirm you have checked every review criterion',
    );
    expect(await page.getByLabel('Comments for the author').inputValue()).toBe(
      'Clear, dated and sourced.',
    );

    // Then "are you sure" (in this tab and in a second one).
    await checkAllCriteria(page);
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: `Are you sure you want to approve and publish ${cs.title}?`,
      })
      .waitFor();
    await expectNoAxeViolations(page);
    const second = await context.newPage();
    await second.goto(`/case-studies/${cs.slug}/review`);
    await checkAllCriteria(second);
    await second.getByRole('button', { name: 'Approve and publish' }).click();
    await second.getByRole('button', { name: 'Yes, approve and publish' }).waitFor();

    await page.getByRole('button', { name: 'Yes, approve and publish' }).click();
    await page.waitForURL(`**/case-studies/review?published=${cs.slug}`);
    expect(await page.getByTestId('review-done').textContent()).toContain('Case study published');
    await expectNoAxeViolations(page);
    expect(await page.locator(`[data-slug="${cs.slug}"]`).count()).toBe(0);

    // The second click: a plain message, not an error page.
    await second.getByRole('button', { name: 'Yes, approve and publish' }).click();
    await second.locator('.nhsuk-error-summary').waitFor();
    expect(await second.locator('.nhsuk-error-summary').textContent()).toContain(
      'This case study has already been published',
    );
    await expectNoAxeViolations(second);
    await expectPlainText(second);
    await second.close();

    // Published, with the peer-review badge; its review page now says there is nothing to decide.
    await visit(page, `/case-studies/${cs.slug}`);
    expect(await page.getByRole('main').textContent()).toContain(
      'Peer-reviewed by Coventry and Warwickshire',
    );
    await visit(page, `/case-studies/${cs.slug}/review`);
    expect(await page.getByTestId('cannot-review').textContent()).toContain(
      'This case study has already been published',
    );
  }, 180_000);

  it('should return a case study with comments, which its authors then see as "Returned to author"', async () => {
    const { page } = fixture;
    const cs = await createCaseStudy('E2E review return');
    await signIn(page, REVIEWER, DEMO_PASSWORD);
    await visit(page, `/case-studies/${cs.slug}/review`);
    await page
      .getByLabel('Comments for the author')
      .fill('Add the source of the interview figures.');
    await page.getByRole('button', { name: 'Return to author' }).click();
    await page.waitForURL('**/case-studies/review?returned=1');
    expect(await page.getByTestId('review-done').textContent()).toContain(
      'Case study returned to its author',
    );
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, LEAD, DEMO_PASSWORD);
    await visit(page, '/case-studies/mine');
    const row = page.locator(`[data-testid="my-case-studies"] tr[data-slug="${cs.slug}"]`);
    expect(await row.textContent()).toContain('Returned to author');
    await expectPlainText(page);
    await visit(page, `/case-studies/${cs.slug}/edit/5`);
    expect(await page.getByTestId('editor-status').textContent()).toContain('Returned to author');
    expect(await page.getByRole('main').textContent()).toContain(
      'Add the source of the interview figures.',
    );
    await visit(page, `/case-studies/${cs.slug}/edit/1`);
    expect(await page.getByTestId('editor-status').textContent()).toContain('Returned to author');
    await visit(page, `/case-studies/${cs.slug}`);
    expect(await page.getByRole('main').textContent()).toContain('Returned to author');
    await expectPlainText(page);
  }, 180_000);

  it('should show "page not found" to people without a reviewer role, and to authors', async () => {
    const { page } = fixture;
    const cs = await createCaseStudy('E2E review wrong role');
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    for (const path of ['/case-studies/review', `/case-studies/${cs.slug}/review`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
      await expectNoAxeViolations(page);
    }
    await page.context().clearCookies();
    await signIn(page, LEAD, DEMO_PASSWORD);
    const response = await page.goto(`/case-studies/${cs.slug}/review`);
    expect(response?.status()).toBe(404);
  }, 180_000);

  it('should fit a 390 px phone on the review and queue pages', async () => {
    const { page } = fixture;
    const cs = await createCaseStudy('E2E review narrow');
    await signIn(page, REVIEWER, DEMO_PASSWORD);
    await expectNoSidewaysScroll(page, '/case-studies/review');
    await expectNoSidewaysScroll(page, `/case-studies/${cs.slug}/review`);
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(page, `/case-studies/${cs.slug}/review`);
  }, 180_000);
});

describe('Archiving a case study', () => {
  const fixture = usePage();

  it('should ask "are you sure", confirm, take it out of the library, and answer a second click plainly', async () => {
    const { page, context } = fixture;
    const cs = await createCaseStudy('E2E archive');
    await approveByApi(cs);

    // Someone who cannot edit it is told so.
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    await visit(page, `/case-studies/${cs.slug}`);
    expect(await page.getByTestId('archive-case-study').count()).toBe(0);
    await visit(page, `/case-studies/${cs.slug}/archive`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'You cannot archive this case study',
    );

    await page.context().clearCookies();
    await signIn(page, LEAD, DEMO_PASSWORD);
    await visit(page, `/case-studies/${cs.slug}`);
    await page.getByTestId('archive-case-study').click();
    await page.waitForURL(`**/case-studies/${cs.slug}/archive`);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Are you sure you want to archive ${cs.title}?`,
    );
    expect(await page.getByRole('main').textContent()).toContain('Published');
    await expectPlainText(page);
    const second = await context.newPage();
    await second.goto(`/case-studies/${cs.slug}/archive`);

    await page.getByRole('button', { name: 'Yes, archive this case study' }).click();
    await page.waitForURL(`**/case-studies/${cs.slug}/archived`);
    expect(await page.getByTestId('archived-panel').textContent()).toContain('Case study archived');
    await expectNoAxeViolations(page);

    await second.getByRole('button', { name: 'Yes, archive this case study' }).click();
    await second.locator('.nhsuk-error-summary').waitFor();
    expect(await second.locator('.nhsuk-error-summary').textContent()).toContain(
      'This case study has already been archived',
    );
    await expectPlainText(second);
    await second.close();

    // No longer listed in the library; marked archived on its page and in "your case studies".
    await visit(page, `/case-studies?q=${encodeURIComponent(cs.title)}`);
    expect(await page.locator(`a[href="/case-studies/${cs.slug}"]`).count()).toBe(0);
    await visit(page, `/case-studies/${cs.slug}`);
    expect(await page.getByTestId('archived-notice').textContent()).toContain('archived');
    expect(await page.getByTestId('archive-case-study').count()).toBe(0);
    await visit(page, '/case-studies/mine');
    expect(
      await page
        .locator(`[data-testid="my-case-studies"] tr[data-slug="${cs.slug}"]`)
        .textContent(),
    ).toContain('Archived');
    await expectNoSidewaysScroll(page, '/case-studies/mine');
  }, 180_000);
});

describe('Peer review and archive without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should review, confirm and publish, and archive, with plain form posts', async () => {
    const { page } = fixture;
    const cs = await createCaseStudy('E2E no script review');
    await signIn(page, REVIEWER, DEMO_PASSWORD);
    await page.goto(`/case-studies/${cs.slug}/review`);
    await page.getByRole('button', { name: 'Return to author' }).click();
    await page.locator('#comments-error').waitFor();
    await checkAllCriteria(page);
    await page.getByLabel('Comments for the author').fill('Well evidenced.');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('button', { name: 'Yes, approve and publish' }).waitFor();
    await page.getByRole('button', { name: 'Yes, approve and publish' }).click();
    await page.waitForURL(`**/case-studies/review?published=${cs.slug}`);
    expect(await page.getByTestId('review-done').textContent()).toContain('Case study published');

    await page.context().clearCookies();
    await signIn(page, LEAD, DEMO_PASSWORD);
    await page.goto(`/case-studies/${cs.slug}/archive`);
    await page.getByRole('button', { name: 'Yes, archive this case study' }).click();
    await page.waitForURL(`**/case-studies/${cs.slug}/archived`);
    expect(await page.getByTestId('archived-panel').textContent()).toContain('Case study archived');
  }, 180_000);
});

import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, submitSignIn, visit } from './support/journeys';

describe('Guided case study editor', () => {
  const fixture = usePage();

  it('should save a draft at every step, show a validation error in the error summary and inline, check answers, and refuse a stale save with CONFLICT', async () => {
    const { page, context } = fixture;
    const title = `E2E guided editor ${Date.now()}`;
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);

    // Step 1 creates the draft.
    await visit(page, '/case-studies/new');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Summary').fill('A guided-editor journey written by the e2e tier.');
    await page.getByLabel('Employment and employability').check();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL(/\/case-studies\/e2e-guided-editor-\d+\/edit\/2$/);
    const slug = new URL(page.url()).pathname.split('/')[2] as string;
    await expectNoAxeViolations(page);

    // Step 2.
    await page.getByLabel('The problem or reason').fill('Too few local residents in NHS jobs.');
    await page.getByLabel('Aims').fill('Fifty residents into work in a year.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/3');
    await expectNoAxeViolations(page);

    // Step 3.
    await page.getByLabel('Core components').fill('- Guaranteed interview');
    await page.getByLabel('Partners').fill('Walsall College: runs the training');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/4');
    await expectNoAxeViolations(page);

    // Step 4: an invalid email comes back from the API as BAD_USER_INPUT on contact.email.
    await page.getByLabel('Contact name (optional)').fill('Asha Patel');
    await page.getByLabel('Contact email (optional)').fill('not-an-email');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('There is a problem');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#contactEmail');
    expect(await page.locator('#contactEmail-error').textContent()).toMatch(/email/i);
    // What was typed is kept.
    expect(await page.getByLabel('Contact name (optional)').inputValue()).toBe('Asha Patel');
    await expectNoAxeViolations(page);
    await page.getByLabel('Contact email (optional)').fill('asha.patel@example.org');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    // The Outcomes step comes before check your answers.
    await page.waitForURL('**/edit/outcomes');
    await page.getByRole('link', { name: 'Continue to check your answers' }).click();
    await page.waitForURL('**/edit/5');
    await expectNoAxeViolations(page);

    // Check your answers shows what was saved; change one answer.
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Walsall College: runs the training');
    expect(await main.textContent()).toContain('asha.patel@example.org');
    await page.getByRole('link', { name: 'Change aims' }).click();
    await page.waitForURL('**/edit/2');
    await page.getByLabel('Aims').fill('Sixty residents into work in a year.');
    await page.getByRole('button', { name: 'Save and check your answers' }).click();
    await page.waitForURL('**/edit/5');
    expect(await main.textContent()).toContain('Sixty residents into work');

    // Attach a document from check your answers; it is listed with a download link.
    await page.setInputFiles('#attachment-file', {
      name: 'evaluation.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Upload and attach' }).click();
    await page
      .getByTestId('case-study-attachments')
      .waitFor({ timeout: 15_000 })
      .catch(async () => {
        throw new Error(`No attachment listed: ${await page.getByRole('main').textContent()}`);
      });
    const link = page
      .getByTestId('case-study-attachments')
      .getByRole('link', { name: 'evaluation.pdf' });
    const href = (await link.getAttribute('href')) as string;
    const downloaded = await page.request.get(href);
    expect(downloaded.status()).toBe(200);
    expect(downloaded.headers()['content-type']).toBe('application/pdf');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.waitForURL(`**/case-studies/${slug}`);
    expect(await page.getByTestId('case-study-attachments').textContent()).toContain(
      'evaluation.pdf',
    );
    await expectNoAxeViolations(page);

    // Concurrent edits: two tabs open step 2 at the same version; the second save gets CONFLICT.
    await page.getByTestId('edit-case-study').click();
    await page.waitForURL('**/edit/1');
    // With JavaScript, a pause in typing autosaves the step (and the form keeps the new version).
    await page.goto(`/case-studies/${slug}/edit/3`);
    await page.getByLabel('Adaptable parts').fill('Length of the course.');
    await page.getByTestId('autosave-status').getByText('Draft saved').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/4');
    await page.goto(`/case-studies/${slug}/edit/3`);
    expect(await page.getByLabel('Adaptable parts').inputValue()).toBe('Length of the course.');

    await page.goto(`/case-studies/${slug}/edit/2`);
    const other = await context.newPage();
    await other.goto(`/case-studies/${slug}/edit/2`);
    await other.getByLabel('Aims').fill('Changed in the other tab.');
    await other.getByRole('button', { name: 'Save and continue' }).click();
    await other.waitForURL('**/edit/3');
    await other.close();
    await page.getByLabel('Aims').fill('Changed in this tab.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Someone else changed this case study');
    await expectNoAxeViolations(page);
  }, 180_000);
});

/** The page fits a 390 px wide phone: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(`${page.url()}: ${scrollWidth}px wide`).toBe(`${page.url()}: ${clientWidth}px wide`);
}

const placeOptions = async (page: Page): Promise<string[]> =>
  (await page.locator('#placeName option').allTextContents()).map((t) => t.trim());

describe('Guided case study editor: places, Markdown, status and submitting', () => {
  const fixture = usePage({ viewport: { width: 390, height: 844 } });

  it('should offer only the chosen ICS’s places, render the Markdown on check your answers, label the status, and say what happens after submitting', async () => {
    const { page, context } = fixture;
    const title = `E2E places and markdown ${Date.now()}`;
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);

    // The lead's organisation is in the Black Country: that ICS and its places come first.
    await visit(page, '/case-studies/new');
    await expectNoSidewaysScroll(page);
    expect(await page.locator('#icsOdsCode').inputValue()).toBe('QUA');
    expect(await placeOptions(page)).toEqual([
      'Across the ICS',
      'Dudley',
      'Sandwell',
      'Walsall',
      'Wolverhampton',
    ]);
    // The place list follows the ICS.
    await page.getByLabel('Integrated care system').selectOption('QHL');
    await page.locator('#placeName option[value="Solihull"]').waitFor({ state: 'attached' });
    expect(await placeOptions(page)).toEqual(['Across the ICS', 'Birmingham', 'Solihull']);
    await page.getByLabel('Integrated care system').selectOption('QUA');
    await page.getByLabel('Place (optional)').selectOption('Walsall');
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel('Summary')
      .fill('Checks the editor renders Markdown and lists the right places.');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/2');
    const slug = new URL(page.url()).pathname.split('/')[2] as string;
    expect(await page.getByTestId('editor-status').textContent()).toBe('Status: Draft');
    await expectNoSidewaysScroll(page);

    await page
      .getByLabel('The problem or reason')
      .fill('Too few **local residents** in NHS jobs.\n\n- low pay\n- long journeys');
    await page
      .getByLabel('Aims')
      .fill(
        'See https://example.org/a-very-long-address-that-must-wrap-on-a-narrow-phone-screen-and-not-scroll-the-page',
      );
    await page.getByRole('button', { name: 'Save and check your answers' }).click();
    await page.waitForURL('**/edit/5');
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    const main = page.getByRole('main');
    expect(await main.locator('strong', { hasText: 'local residents' }).count()).toBe(1);
    expect(await main.locator('li', { hasText: 'long journeys' }).count()).toBe(1);
    expect(await main.textContent()).not.toContain('**');
    expect(await main.textContent()).toContain('Black Country, Walsall');
    expect(await page.getByTestId('editor-status').textContent()).toBe('Status: Draft');
    expect(await main.textContent()).not.toMatch(/\bDRAFT\b/);

    // A second tab still shows "Submit for review" after this one submits.
    const other = await context.newPage();
    await other.goto(`/case-studies/${slug}/edit/5`);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(`**/case-studies/${slug}/submitted`);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    expect(await page.getByTestId('submitted-panel').textContent()).toContain(
      'Case study submitted for review',
    );
    const next = (await main.textContent()) ?? '';
    expect(next).toContain('What happens next');
    expect(next).toContain('different integrated care system');
    expect(next).toContain('up to 2 weeks');
    expect(next).toContain('email');

    await other.getByRole('button', { name: 'Submit for review' }).click();
    await other.locator('.nhsuk-error-summary').waitFor();
    expect(await other.locator('.nhsuk-error-summary').textContent()).toContain(
      'This case study has already been submitted for review',
    );
    await other.close();

    await visit(page, `/case-studies/${slug}/edit/5`);
    expect(await page.getByTestId('editor-status').textContent()).toBe(
      'Status: Submitted for review',
    );
    await visit(page, `/case-studies/${slug}`);
    const tags = (await main.locator('.nhsuk-tag').allTextContents()).map((t) => t.trim());
    expect(tags).toContain('Submitted for review');
    expect(tags).not.toContain('submitted');
  }, 180_000);
});

describe('Guided case study editor without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should refuse a place left over from another ICS with a clear field error, keep what was typed, then list the new ICS’s places', async () => {
    const { page } = fixture;
    const title = `E2E no script places ${Date.now()}`;
    await page.goto('/sign-in?returnTo=%2Fcase-studies%2Fnew');
    await submitSignIn(page, 'lead@example.org', DEMO_PASSWORD);
    await page.waitForURL('**/case-studies/new');
    await page.getByLabel('Title').fill(title);
    await page
      .getByLabel('Summary')
      .fill('A place from the wrong ICS is refused without JavaScript.');
    await page.getByLabel('Place (optional)').selectOption('Walsall');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/2');
    const slug = new URL(page.url()).pathname.split('/')[2] as string;

    // Change the ICS but keep the Black Country place.
    await page.goto(`/case-studies/${slug}/edit/1`);
    await page.getByLabel('Title').fill(`${title} (changed)`);
    await page.getByLabel('Integrated care system').selectOption('QHL');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#placeName-error').textContent()).toContain(
      'Walsall is not in Birmingham and Solihull',
    );
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#placeName');
    expect(await page.getByLabel('Title').inputValue()).toBe(`${title} (changed)`);
    expect(await page.locator('#icsOdsCode').inputValue()).toBe('QHL');
    expect(await placeOptions(page)).toEqual([
      'Across the ICS',
      'Birmingham',
      'Solihull',
      'Walsall (not in Birmingham and Solihull)',
    ]);

    await page.getByLabel('Place (optional)').selectOption('Solihull');
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.waitForURL('**/edit/2');
    await page.goto(`/case-studies/${slug}/edit/5`);
    expect(await page.getByRole('main').textContent()).toContain(
      'Birmingham and Solihull, Solihull',
    );

    // Submitting works with a plain form post too.
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(`**/case-studies/${slug}/submitted`);
    expect(await page.getByTestId('submitted-panel').textContent()).toContain(
      'Case study submitted for review',
    );
  }, 180_000);
});

import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { expectNoAxeViolations } from './support/axe';
import { submitSignIn, visit } from './support/journeys';

const ICS_ADMIN = 'icsadmin@example.org';

describe('Toolkits without JavaScript', () => {
  // Plain HTML form posts only: server actions must work before (or without) hydration.
  const fixture = usePage({ javaScriptEnabled: false });

  it('should start a thread and reply from the toolkit page, and fill in and submit the HEAT assessment', async () => {
    const { page } = fixture;
    await page.goto('/sign-in?returnTo=%2Ftoolkits%2Fheat');
    await submitSignIn(page, ICS_ADMIN, DEMO_PASSWORD);
    await page.waitForURL('**/toolkits/heat');

    // <details> opens without JS when its summary is clicked.
    const section = page.locator('section#section-review');
    await section.getByText('Start a discussion about Review').click();
    await section.getByLabel('Title').fill('Review cadence');
    await section.getByLabel('Your question or comment').fill('Quarterly worked for us.');
    await section.getByRole('button', { name: 'Start discussion' }).click();
    await page.waitForURL('**/discussions/**');
    await page.locator('#body').fill('Follow-up without JavaScript');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/);
    expect(await page.getByText('Follow-up without JavaScript').count()).toBe(1);

    // Quote the first comment: the reply starts with an attributed blockquote.
    await page
      .getByRole('link', { name: /^Quote the comment by/ })
      .first()
      .click();
    await page.locator('#body').fill('Agreed, quarterly is right.');
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForURL(/#comment-/);
    const quoted = page.locator('.mic-comment__body blockquote').last();
    expect(await quoted.textContent()).toContain('Quarterly worked for us.');
    expect(await quoted.textContent()).toContain('wrote:');

    await page.goto('/toolkits/heat/assessment');
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const assessmentUrl = page.url();
    await page
      .getByLabel('Which programme or service are you assessing?')
      .fill('Falls prevention service');
    await page.getByRole('button', { name: 'Save and come back later' }).click();
    await page.waitForURL(/saved=1/);

    // Resume: the answer is still there; submitting with questions missing shows the error summary.
    await page.goto(assessmentUrl);
    expect(
      await page.getByLabel('Which programme or service are you assessing?').inputValue(),
    ).toBe('Falls prevention service');
    // A partly answered form: change the text, then submit with questions missing. The errors
    // show on the page (not in the address) and what was just typed is kept.
    await page
      .getByLabel('Which programme or service are you assessing?')
      .fill('Falls prevention service (community)');
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(1);
    expect(page.url()).not.toContain('error');
    expect(
      await page.getByLabel('Which programme or service are you assessing?').inputValue(),
    ).toBe('Falls prevention service (community)');
    await page
      .getByLabel('Which programme or service are you assessing?')
      .fill('Falls prevention service');

    await page.locator('#q-prepare-partners').check();
    await page.locator('#q-assess-data').check();
    await page.locator('#q-address-confidence').check();
    await page.locator('#q-review-frequency').check();
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await page.waitForURL(/submitted=1/);
    expect(await page.getByText('Assessment submitted.').count()).toBe(1);

    const csv = await page.request.get(
      assessmentUrl.replace(/\/assessments\/(.+)$/, '/assessments/$1/export/csv'),
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await csv.text()).toContain('Falls prevention service');
  });
});

describe('Toolkit pages with JavaScript', () => {
  const fixture = usePage();

  it('should pass axe on the toolkit list, the assessment start page and an assessment form', async () => {
    const { page } = fixture;
    await page.goto('/sign-in?returnTo=%2Ftoolkits');
    await submitSignIn(page, 'lead@example.org', DEMO_PASSWORD);
    await page.waitForURL('**/toolkits', { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    await expectNoAxeViolations(page);
    await visit(page, '/toolkits/heat/assessment');
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/, { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 2, name: 'Prepare' }).count()).toBe(1);
  });
});

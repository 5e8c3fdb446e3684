import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, submitSignIn, visit } from './support/journeys';

/*
 * The adopter's side of issue #11: "Adopt this" asks before it creates (and a
 * second submit makes no duplicate), adoption figures with bad values keep
 * what was typed and show plain field errors (fault 2), the spread matrix
 * (stage tags, legend, links, Region-wide, fits at 1280 and 390 px), the
 * lineage and the evidence chart on case-study pages.
 */

const API_URL = process.env['E2E_API_URL'] ?? 'http://localhost:4000/graphql';

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
  const body = (await res.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length)
    throw Object.assign(new Error(body.errors[0].message), {
      code: body.errors[0].extensions?.code,
    });
  return body.data as T;
}

async function tokenFor(email: string): Promise<string> {
  const data = await api<{ signIn: { accessToken: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  return data.signIn.accessToken;
}

/** A published case study's id and slug, found by the start of its title. */
async function caseStudyTitled(
  start: string,
): Promise<{ id: string; slug: string; title: string }> {
  const data = await api<{
    spreadMatrix: { caseStudies: { id: string; slug: string; title: string }[] };
  }>(`{ spreadMatrix { caseStudies { id slug title } } }`, {});
  const found = data.spreadMatrix.caseStudies.find((cs) => cs.title.startsWith(start));
  if (!found) throw new Error(`No published case study titled ${start}…`);
  return found;
}

/** The adoption of a case study by the person's organisation, declared through the API if need be. */
async function adoptionOf(email: string, caseStudyId: string): Promise<string> {
  const token = await tokenFor(email);
  const me = await api<{ me: { organisation: { id: string } } }>(
    `{ me { organisation { id } } }`,
    {},
    token,
  );
  const organisationId = me.me.organisation.id;
  const list = await api<{ adoptions: { id: string; organisation: { id: string } }[] }>(
    `query($id: ID!) { adoptions(filter: { caseStudyId: $id }) { id organisation { id } } }`,
    { id: caseStudyId },
  );
  const existing = list.adoptions.find((a) => a.organisation.id === organisationId);
  if (existing) return existing.id;
  const created = await api<{ adoptCaseStudy: { id: string } }>(
    `mutation($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id } }`,
    { input: { caseStudyId, organisationId } },
    token,
  );
  return created.adoptCaseStudy.id;
}

/** Fails when the page scrolls sideways (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
}

const TECHNICAL_TEXT =
  /Variable "\$|got invalid value|GraphQL|Expected (non-nullable )?type|at [\w.]+ \(|\bnull\b|measuredOn|metricKey/;

async function mainText(page: Page): Promise<string> {
  return (await page.getByRole('main').textContent()) ?? '';
}

async function fillFigure(
  page: Page,
  figure: {
    metric: string;
    value: string;
    day: string;
    month: string;
    year: string;
    source: string;
  },
): Promise<void> {
  const form = page.getByTestId('figure-form');
  await form.getByLabel('Metric').selectOption(figure.metric);
  await form.getByLabel('Figure', { exact: true }).fill(figure.value);
  await form.getByLabel('Day').fill(figure.day);
  await form.getByLabel('Month').fill(figure.month);
  await form.getByLabel('Year').fill(figure.year);
  await form.getByLabel('Source').fill(figure.source);
}

/** Checks fault 2: plain errors on the fields, what was typed kept, no error in the URL, no technical text. */
async function expectBadFigureKept(page: Page, adoptionId: string, axe = true): Promise<void> {
  const summary = page.locator('.nhsuk-error-summary');
  await summary.waitFor();
  expect(await summary.textContent()).toContain('Figure must be a number, like 12, 1,200 or 4.5');
  expect(await summary.textContent()).toContain('Date must be a real date');
  const form = page.getByTestId('figure-form');
  expect(await form.locator('#value-error').textContent()).toContain('Figure must be a number');
  expect(await form.locator('#measuredOn-error').textContent()).toContain(
    'Date must be a real date',
  );
  expect(await form.getByLabel('Figure', { exact: true }).inputValue()).toBe('lots');
  expect(await form.getByLabel('Day').inputValue()).toBe('31');
  expect(await form.getByLabel('Month').inputValue()).toBe('11');
  expect(await form.getByLabel('Year').inputValue()).toBe('2026');
  expect(await form.getByLabel('Source').inputValue()).toBe('Quarterly board report');
  expect(await form.getByLabel('Metric').inputValue()).toBe('PEOPLE_ENGAGED');
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/adoptions/${adoptionId}`);
  expect(url.search).not.toMatch(/error/i);
  expect(await mainText(page)).not.toMatch(TECHNICAL_TEXT);
  // The summary links to the first box of the date input.
  expect(await summary.locator('a[href="#measuredOn-day"]').count()).toBe(1);
  if (axe) await expectNoAxeViolations(page);
}

describe('Adopting a case study', () => {
  const fixture = usePage();

  it('should ask which organisation, a contact and a first stage before creating, then show next steps; a second submit makes no duplicate', async () => {
    const { page, context } = fixture;
    const ican = await caseStudyTitled('I CAN');
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);
    await visit(page, `/case-studies/${ican.slug}`);
    await page.getByRole('link', { name: 'Adopt this for your organisation' }).click();
    await page.waitForURL(`**/case-studies/${ican.slug}/adopt`);
    await expectNoAxeViolations(page);

    // Only the person's verified organisation; the contact is prefilled from their account.
    const org = page.getByRole('group', { name: 'Which organisation is adopting it?' });
    expect(await org.getByRole('radio').count()).toBe(1);
    expect(await org.getByLabel('Walsall Healthcare NHS Trust').isChecked()).toBe(true);
    expect(await page.getByLabel('Full name').inputValue()).toBe('Leah Bassi');
    expect(await page.getByLabel('Email address').inputValue()).toBe('lead@example.org');
    // The first stage: labels and hints, not enum values; Stopped is not offered.
    const stage = page.getByRole('group', { name: 'Which stage are you starting at?' });
    expect(await stage.getByRole('radio').count()).toBe(5);
    expect(await stage.textContent()).toContain('Trying it at a small scale');
    expect(await stage.textContent()).not.toMatch(/EXPLORING|PLANNING|STOPPED/);

    // The page at phone width: no sideways scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // A second tab with the same form open, to submit it again later.
    const second = await context.newPage();
    await second.goto(`/case-studies/${ican.slug}/adopt`);

    // Blank name and no stage: the error summary lists both, nothing is created, what was typed stays.
    await page.getByLabel('Full name').fill('');
    await page.getByLabel('Email address').fill('leah.bassi@example.org');
    await page.getByRole('button', { name: 'Declare adoption' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Enter the name of the contact for this adoption',
    );
    expect(await summary.textContent()).toContain('Select the stage you are starting at');
    expect(await page.getByLabel('Email address').inputValue()).toBe('leah.bassi@example.org');
    expect(new URL(page.url()).pathname).toBe(`/case-studies/${ican.slug}/adopt`);
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page);

    await page.getByLabel('Full name').fill('Leah Bassi');
    await stage.getByLabel('Planning', { exact: true }).check();
    await page.getByRole('button', { name: 'Declare adoption' }).click();
    await page.waitForURL(/\/adoptions\/[0-9a-f-]{36}\?declared=1$/);
    const adoptionPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);
    expect(await page.getByTestId('adoption-declared').textContent()).toContain(
      'Walsall Healthcare NHS Trust is adopting this practice, at the planning stage',
    );
    const next = page.getByTestId('next-steps');
    expect(await next.locator('li').count()).toBe(5);
    expect(await next.textContent()).toContain('University Hospitals Birmingham');
    const summaryList = await page.locator('.nhsuk-summary-list').first().textContent();
    expect(summaryList).toContain('Planning');
    expect(summaryList).toContain('Leah Bassi (adopter), leah.bassi@example.org');
    expect(summaryList).not.toMatch(/PLANNING|T\d\d:\d\d/);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The second tab submits the same form: it lands on the same adoption, and no duplicate exists.
    await second
      .getByRole('group', { name: 'Which stage are you starting at?' })
      .getByLabel('Exploring', { exact: true })
      .check();
    await second.getByRole('button', { name: 'Declare adoption' }).click();
    await second.waitForURL(/\/adoptions\/[0-9a-f-]{36}\?/);
    expect(new URL(second.url()).pathname).toBe(adoptionPath);
    await second.close();
    const adoptions = await api<{ adoptions: { organisation: { name: string } }[] }>(
      `query($id: ID!) { adoptions(filter: { caseStudyId: $id }) { organisation { name } } }`,
      { id: ican.id },
    );
    expect(
      adoptions.adoptions.filter((a) => a.organisation.name === 'Walsall Healthcare NHS Trust'),
    ).toHaveLength(1);

    // Going back to "Adopt this" now says it is already adopting, with a link.
    await visit(page, `/case-studies/${ican.slug}/adopt`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Your organisation is already adopting this',
    );
    expect(await page.locator(`a[href="${adoptionPath}"]`).count()).toBe(1);

    // The case study shows the lineage: origin, then the adopter with its stage and date.
    await visit(page, `/case-studies/${ican.slug}`);
    const lineage = page.getByTestId('lineage');
    expect(await lineage.textContent()).toContain('Origin: University Hospitals Birmingham');
    expect(await lineage.locator(`a[href="${adoptionPath}"]`).textContent()).toBe(
      'Walsall Healthcare NHS Trust',
    );
    expect(await lineage.textContent()).toMatch(
      /Planning\. Declared \d{1,2} [A-Z][a-z]+ \d{4}, learned from the origin\./,
    );

    // An adopter of the adopter: Coventry and Warwickshire ICB says it learned it from Walsall.
    await page.context().clearCookies();
    await signIn(page, 'moderator@example.org', DEMO_PASSWORD);
    await visit(page, `/case-studies/${ican.slug}/adopt`);
    const learned = page.getByRole('group', { name: 'Where did you learn about it?' });
    expect(
      await learned
        .getByLabel('From the origin, University Hospitals Birmingham NHS Foundation Trust')
        .isChecked(),
    ).toBe(true);
    await learned
      .getByLabel(/From an adopter, Walsall Healthcare NHS Trust \(Black Country\), declared/)
      .check();
    await page
      .getByRole('group', { name: 'Which stage are you starting at?' })
      .getByLabel('Exploring', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Declare adoption' }).click();
    await page.waitForURL(/\/adoptions\/[0-9a-f-]{36}\?declared=1$/);
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toMatch(
      /Learned from\s*Walsall Healthcare NHS Trust/,
    );
    await visit(page, `/case-studies/${ican.slug}`);
    const nested = page.getByTestId('lineage').locator(`li[data-adoption] li[data-adoption]`);
    expect(await nested.count()).toBe(1);
    expect(await nested.textContent()).toContain(
      'NHS Coventry and Warwickshire Integrated Care Board (Coventry and Warwickshire): Exploring.',
    );
    expect(await nested.textContent()).toContain('learned from Walsall Healthcare NHS Trust.');
  });

  it('should explain to an unverified member that adopting needs a verified membership, with a link', async () => {
    const { page } = fixture;
    const ican = await caseStudyTitled('I CAN');
    // A fresh account has no verified membership (sign-ups are limited per IP: one here).
    const email = `adopt-unverified-${Date.now()}@example.org`;
    await api(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
      input: { email, name: 'Una Verified', password: 'lantern-orchard-meadow-2026' },
    });
    await signIn(page, email, 'lantern-orchard-meadow-2026');
    await visit(page, `/case-studies/${ican.slug}/adopt`);
    expect(await page.getByTestId('not-verified').textContent()).toContain(
      'adopt case studies for an organisation',
    );
    expect(await page.getByRole('main').locator('a[href="/account/membership"]').count()).toBe(1);
    expect(await page.getByTestId('adopt-form').count()).toBe(0);
  });
});

describe('Adoption figures', () => {
  const fixture = usePage();

  it('should keep a bad figure ("lots", 31/11/2026) with plain field errors, then accept 1,200 and chart two figures', async () => {
    const { page } = fixture;
    const eye = await caseStudyTitled('Eye health workshops');
    const adoptionId = await adoptionOf('lead@example.org', eye.id);
    await signIn(page, 'lead@example.org', DEMO_PASSWORD);
    await visit(page, `/adoptions/${adoptionId}`);

    await fillFigure(page, {
      metric: 'PEOPLE_ENGAGED',
      value: 'lots',
      day: '31',
      month: '11',
      year: '2026',
      source: 'Quarterly board report',
    });
    await page.getByRole('button', { name: 'Add figure' }).click();
    await expectBadFigureKept(page, adoptionId);

    // Blank: every required field is named.
    await page.goto(`/adoptions/${adoptionId}`);
    await page.getByRole('button', { name: 'Add figure' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    for (const message of [
      'Select the metric the figure is for',
      'Enter the figure',
      'Enter the date the figure applies to',
      'Enter the source of the figure',
    ])
      expect(await summary.textContent()).toContain(message);
    expect(await mainText(page)).not.toMatch(TECHNICAL_TEXT);

    // Two good figures (one with a thousands comma): saved, shown in words, charted, and the table kept.
    await fillFigure(page, {
      metric: 'PEOPLE_ENGAGED',
      value: '1,200',
      day: '31',
      month: '3',
      year: '2025',
      source: 'Quarterly board report',
    });
    await page.getByRole('button', { name: 'Add figure' }).click();
    await page.getByTestId('adoption-saved').waitFor();
    expect(await page.getByTestId('adoption-saved').textContent()).toContain(
      'Figure added to People engaged',
    );
    expect(await page.getByTestId('adoption-outcomes').textContent()).toContain('1,200 people');
    expect(
      await page.getByTestId('figure-form').getByLabel('Figure', { exact: true }).inputValue(),
    ).toBe('');
    await fillFigure(page, {
      metric: 'PEOPLE_ENGAGED',
      value: '1500',
      day: '30',
      month: '9',
      year: '2025',
      source: 'https://example.org/board-report',
    });
    await page.getByRole('button', { name: 'Add figure' }).click();
    await page.getByTestId('outcome-chart').waitFor();
    expect(await page.getByTestId('outcome-chart').textContent()).toContain(
      'People engaged rose from 1,200 people on 31 March 2025 to 1,500 people on 30 September 2025',
    );
    expect(
      await page.getByTestId('adoption-outcomes').getByTestId('outcome-table').textContent(),
    ).toContain('1,500 people');
    await expectNoAxeViolations(page);
  });
});

describe('Adoption figures without JavaScript', () => {
  const fixture = usePage({ javaScriptEnabled: false });

  it('should keep a bad figure with plain field errors when the form is posted without JavaScript', async () => {
    const { page } = fixture;
    const eye = await caseStudyTitled('Eye health workshops');
    const adoptionId = await adoptionOf('lead@example.org', eye.id);
    // No axe here: it needs script in the page (the same page is checked with JavaScript above).
    await page.goto(`/sign-in?returnTo=${encodeURIComponent(`/adoptions/${adoptionId}`)}`);
    await submitSignIn(page, 'lead@example.org', DEMO_PASSWORD);
    await page.waitForURL(`**/adoptions/${adoptionId}`);
    await fillFigure(page, {
      metric: 'PEOPLE_ENGAGED',
      value: 'lots',
      day: '31',
      month: '11',
      year: '2026',
      source: 'Quarterly board report',
    });
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Add figure' }).click(),
    ]);
    await expectBadFigureKept(page, adoptionId, false);
  });
});

describe('Spread of practice', () => {
  const fixture = usePage();

  it('should colour cells by stage with words and a key, link adoptions, say Region-wide, and fit at 1280 and 390 px', async () => {
    const { page } = fixture;
    // Coventry and Warwickshire ICB adopts the region-wide Safe and Well visits.
    const safe = await caseStudyTitled('Safe and Well');
    const adoptionId = await adoptionOf('moderator@example.org', safe.id);
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, '/spread');
    const matrix = page.getByTestId('spread-matrix');
    const cell = (ics: string, slug: string) =>
      matrix.locator(`tr[data-ics="${ics}"] td[data-case-study="${slug}"]`);

    // The adoption: its stage in words, as an NHS tag, linked to the adoption.
    const adopted = cell('QWU', safe.slug);
    expect(await adopted.textContent()).toBe('Exploring');
    expect(await adopted.locator('a').getAttribute('href')).toBe(`/adoptions/${adoptionId}`);
    expect(await adopted.locator('.nhsuk-tag').count()).toBe(1);
    // Region-wide practice, not "None", in every other ICS.
    const column = matrix.locator(`td[data-case-study="${safe.slug}"]`);
    expect(await column.count()).toBe(11);
    for (const text of await column.allTextContents())
      expect(['Region-wide', 'Exploring']).toContain(text);
    // Never colour alone: the key names every colour.
    const legend = await page.getByTestId('spread-legend').textContent();
    for (const label of ['Origin', 'Region-wide', 'Exploring', 'Sustained', 'Stopped', 'None'])
      expect(legend).toContain(label);
    // Short column headings carry the full title.
    expect(await matrix.locator('thead abbr').first().getAttribute('title')).toMatch(/.{25,}/);

    // 1280 px: every column is on screen without scrolling the table.
    const region = page.getByRole('region', { name: /Furthest adoption stage by ICS/ });
    const fits = await region.evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(fits).toBe(true);
    const lastHeader = await matrix.locator('thead th').last().boundingBox();
    expect((lastHeader?.x ?? 0) + (lastHeader?.width ?? 0)).toBeLessThanOrEqual(1280);
    await expectNoSidewaysScroll(page);

    // 390 px: the page does not scroll sideways; the table scrolls in its region, ICS column in view.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    expect(await region.getAttribute('tabindex')).toBe('0');
    await expectNoAxeViolations(page);
  });
});

describe('Evidence on case-study pages', () => {
  const fixture = usePage();

  it('should chart a metric once it has two figures, keeping the table of the same figures below', async () => {
    const { page } = fixture;
    const kickstart = await caseStudyTitled('Kickstart placements');
    await visit(page, `/case-studies/${kickstart.slug}`);
    // One figure: the table only.
    const series = page.getByTestId('outcome-series');
    expect(await series.getByTestId('outcome-chart').count()).toBe(0);

    // A regional admin adds a second, later figure to the origin series.
    const token = await tokenFor('admin@example.org');
    await api(
      `mutation($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`,
      {
        input: {
          caseStudyId: kickstart.id,
          metricKey: 'WORK_PLACEMENTS',
          value: 180,
          measuredOn: '2023-01-31',
          sourceTitle: 'Dudley Group annual report 2023',
        },
      },
      token,
    );
    await visit(page, `/case-studies/${kickstart.slug}`);
    const chart = series.getByTestId('outcome-chart');
    expect(await chart.count()).toBe(1);
    const img = chart.getByRole('img');
    expect(await img.getAttribute('aria-labelledby')).toMatch(/chart-title .*chart-desc/);
    expect(await chart.textContent()).toMatch(
      /Work placements provided rose from .* on 31 January 2022 to 180 people on 31 January 2023 \(2 figures\)/,
    );
    const table = series.getByTestId('outcome-table');
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.textContent()).toContain('Dudley Group annual report 2023');
    // The chart comes before the table of the same figures.
    const chartBox = await chart.boundingBox();
    const tableBox = await table.boundingBox();
    expect((chartBox?.y ?? 0) < (tableBox?.y ?? 0)).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
  });
});

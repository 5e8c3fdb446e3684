import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

const API_URL = process.env['E2E_API_URL'] ?? 'http://localhost:4000/graphql';
const WORK4HEALTH = 'work4health-sector-based-work-academy-into-nhs-and-care-roles';

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

describe('Case studies', () => {
  const fixture = usePage();

  it('should filter the library by theme and open a case study with its sourced outcome figures', async () => {
    const { page } = fixture;
    await visit(page, '/case-studies');
    const list = page.getByTestId('case-study-list');
    expect(await list.locator('li.nhsuk-card').count()).toBeGreaterThanOrEqual(8);

    await page.getByLabel('Theme').selectOption('WORKFORCE');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/case-studies' && url.searchParams.get('theme') === 'WORKFORCE',
    );
    await expectNoAxeViolations(page);
    await list.locator(`a[href="/case-studies/${WORK4HEALTH}"]`).click();
    await page.waitForURL(`**/case-studies/${WORK4HEALTH}`);
    await expectNoAxeViolations(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Work4Health');
    const series = page.getByTestId('outcome-series');
    expect(await series.count()).toBe(2);
    const table = page.locator('#outcome-local_residents_into_jobs');
    expect(await table.textContent()).toContain('more than 150 people');
    expect(await table.textContent()).toContain('OHID Midlands report, January 2025');
  });

  it('should show an overdue case study with the stale banner', async () => {
    const { page } = fixture;
    await visit(page, '/case-studies?stale=only');
    const first = page.getByTestId('case-study-list').locator('a.nhsuk-card__link').first();
    await first.click();
    await page.waitForURL('**/case-studies/**');
    await expectNoAxeViolations(page);
    expect(await page.locator('.nhsuk-warning-callout').textContent()).toContain(
      'Overdue for review',
    );
  });

  it('should let an admin confirm an overdue case study is still current', async () => {
    const { page } = fixture;
    await signIn(page, 'admin@example.org', DEMO_PASSWORD);
    await visit(page, '/case-studies?stale=only');
    await page.getByTestId('case-study-list').locator('a.nhsuk-card__link').first().click();
    await page.waitForURL('**/case-studies/**');
    const path = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Confirm it is still current' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versions' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await page.locator('.nhsuk-warning-callout').count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain('Confirmed still current');
    await expectNoAxeViolations(page);
  });

  it('should show an adoption in the spread matrix for the adopting ICS', async () => {
    const { page } = fixture;
    // A member in Birmingham and Solihull (QHL) declares an adoption of Work4Health (Black Country).
    const signedIn = await api<{ signIn: { accessToken: string; user: { id: string } } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }`,
      { input: { email: DEMO_MEMBER_EMAIL, password: DEMO_PASSWORD } },
    );
    const token = signedIn.signIn.accessToken;
    const me = await api<{ me: { organisation: { id: string } } }>(
      `{ me { organisation { id } } }`,
      {},
      token,
    );
    const cs = await api<{ caseStudy: { id: string } }>(
      `query($slug: String!) { caseStudy(slug: $slug) { id } }`,
      { slug: WORK4HEALTH },
    );
    await api(
      `mutation($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id } }`,
      { input: { caseStudyId: cs.caseStudy.id, organisationId: me.me.organisation.id } },
      token,
    ).catch((error: { code?: string }) => {
      if (error.code !== 'CONFLICT') throw error; // already adopting from an earlier run
    });

    await visit(page, '/spread?theme=EMPLOYMENT');
    const matrix = page.getByTestId('spread-matrix');
    expect(await matrix.locator('tbody tr').count()).toBe(11);
    expect(
      await matrix.locator(`tr[data-ics="QHL"] td[data-case-study="${WORK4HEALTH}"]`).textContent(),
    ).toBe('Exploring');
    expect(
      await matrix.locator(`tr[data-ics="QUA"] td[data-case-study="${WORK4HEALTH}"]`).textContent(),
    ).toBe('Origin');
  });

  it('should set the origin and an adopter side by side with their periods, saying a running total cannot be compared with a quarter, citing the population source', async () => {
    const { page } = fixture;
    // Healthwatch Birmingham (QHL) adopts Work4Health (Black Country, QUA) and reports 30 residents into jobs.
    const signedIn = await api<{ signIn: { accessToken: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
      { input: { email: DEMO_MEMBER_EMAIL, password: DEMO_PASSWORD } },
    );
    const token = signedIn.signIn.accessToken;
    const me = await api<{ me: { organisation: { id: string } } }>(
      `{ me { organisation { id } } }`,
      {},
      token,
    );
    const cs = await api<{ caseStudy: { id: string } }>(
      `query($slug: String!) { caseStudy(slug: $slug) { id } }`,
      { slug: WORK4HEALTH },
    );
    await api(
      `mutation($input: AdoptCaseStudyInput!) { adoptCaseStudy(input: $input) { id } }`,
      { input: { caseStudyId: cs.caseStudy.id, organisationId: me.me.organisation.id } },
      token,
    ).catch((error: { code?: string }) => {
      if (error.code !== 'CONFLICT') throw error; // adopted by the spread test or an earlier run
    });
    const adoptions = await api<{ adoptions: { id: string; organisation: { id: string } }[] }>(
      `query($filter: AdoptionsFilter) { adoptions(filter: $filter) { id organisation { id } } }`,
      { filter: { caseStudyId: cs.caseStudy.id, icsOdsCode: 'QHL' } },
    );
    const adoption = adoptions.adoptions.find((a) => a.organisation.id === me.me.organisation.id);
    if (!adoption) throw new Error('no adoption by the demo member');
    await api(
      `mutation($input: AddOutcomeMeasurementInput!) { addOutcomeMeasurement(input: $input) { id } }`,
      {
        input: {
          adoptionId: adoption.id,
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 30,
          periodStart: '2025-04-01',
          measuredOn: '2025-06-30',
          sourceTitle: 'Healthwatch Birmingham quarterly report',
        },
      },
      token,
    );

    await visit(page, `/case-studies/${WORK4HEALTH}`);
    const table = page.locator('#comparison-local_residents_into_jobs');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    // Like with like (issue #14): the origin's 150 is a running total, the adopter's 30 is for
    // one quarter, so neither is set beside the other per 100,000; the page says why.
    const origin = await rows.nth(0).textContent();
    expect(origin).toContain('(origin), Black Country');
    expect(origin).toContain('to Jan 2025 (running total)');
    expect(origin).toContain('1,213,200');
    expect(await rows.nth(0).getByTestId('per-100k').textContent()).toBe('Cannot be compared');
    const adopter = await rows.nth(1).textContent();
    expect(adopter).toContain('Birmingham and Solihull');
    expect(adopter).toContain('30 people, Apr 2025 to Jun 2025');
    expect(adopter).toContain('1,361,100');
    expect(await rows.nth(1).getByTestId('per-100k').textContent()).toBe('Cannot be compared');
    expect(await page.getByTestId('not-comparable').first().textContent()).toBe(
      "These figures cannot be compared: the origin's is a running total to Jan 2025, the adopter's is for one quarter.",
    );
    expect(await page.getByTestId('population-source').textContent()).toBe(
      "Population: ONS Census 2021 usual resident population, sum of the ICB's local authorities (published 28 June 2022).",
    );
  });
});

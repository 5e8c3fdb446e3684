import { API_URL } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_MEMBER_EMAIL, DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

/** `me` with a bearer token, straight against the API (as an integrator's tool would). */
async function meWith(token: string): Promise<{ email?: string; code?: string }> {
  const res = await fetch(API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { email } }' }),
  });
  const body = (await res.json()) as {
    data?: { me: { email: string } | null };
    errors?: { extensions?: { code?: string } }[];
  };
  return { email: body.data?.me?.email, code: body.errors?.[0]?.extensions?.code };
}

describe('Personal access tokens and /developers', () => {
  const fixture = usePage();

  it('should create a token on /account/tokens, use it against the API, revoke it, and read the API docs', async () => {
    const { page } = fixture;
    await signIn(page, DEMO_MEMBER_EMAIL, DEMO_PASSWORD);
    await visit(page, '/account/tokens');

    // A blank name: the error summary (axe on every /developers and /account page runs in the page walk).
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();

    const name = `E2E report ${Date.now()}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Read only').check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const panel = page.getByTestId('new-access-token');
    await panel.waitFor();
    await expectNoAxeViolations(page);
    const token = await page.getByLabel('Token', { exact: true }).inputValue();
    expect(token).toMatch(/^mic_pat_[A-Za-z0-9_-]{43}$/);

    expect(await meWith(token)).toEqual({ email: DEMO_MEMBER_EMAIL, code: undefined });

    // Back on the list (the token text is never shown again), revoke it.
    await page.getByRole('link', { name: 'I have copied it: back to my tokens' }).click();
    await page.waitForURL('**/account/tokens');
    const row = page.locator('tr', { hasText: name });
    expect(await row.textContent()).toContain('Read only');
    expect(await page.content()).not.toContain(token);
    await row.getByRole('button', { name: /Revoke/ }).click();
    await page.waitForURL('**/account/tokens?revoked=1');
    expect(await page.locator('tr', { hasText: name }).count()).toBe(0);

    expect((await meWith(token)).code).toBe('UNAUTHENTICATED');

    await visit(page, '/developers');
    await page.getByRole('link', { name: 'Mutations', exact: true }).click();
    await page.waitForURL('**/developers/mutations');
    await page.locator('#mutation-createAccessToken').getByRole('link', { name: 'NewAccessToken', exact: true }).click();
    await page.waitForURL('**/developers/types/NewAccessToken#type-NewAccessToken');
    const sdl = await page.request.get('/developers/schema.graphql');
    expect(sdl.headers()['content-type']).toContain('text/plain');
    expect(await sdl.text()).toContain('createAccessToken(input: CreateAccessTokenInput!): NewAccessToken!');
  });
});

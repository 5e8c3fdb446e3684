import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { signIn, visit } from './support/journeys';

jest.setTimeout(120_000);

/**
 * Issue #15: a regional admin reads the audit log at /admin/audit (their own
 * sign-in is in it), filters it with the GET form, and downloads the filtered
 * entries as CSV; the download itself then shows in the log.
 */
describe('Audit log', () => {
  const fixture = usePage();

  it('should let an admin filter the log by keyboard and download it as CSV, the download audited', async () => {
    const { page } = fixture;
    await signIn(page, 'admin@example.org', DEMO_PASSWORD);
    await visit(page, '/admin/audit');
    await page.getByTestId('audit-table').waitFor();

    await page.getByLabel('Action').selectOption({ label: 'Signed in' });
    await page.getByLabel('From date').fill('2000-01-01');
    await page.getByLabel('From date').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('action') === 'sign_in.succeeded');
    await visit(page, page.url());
    const rows = page.getByTestId('audit-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allTextContents()) expect(text).toContain('Signed in');

    const href = await page.getByTestId('audit-csv').getAttribute('href');
    expect(href).toBe('/admin/audit/export.csv?action=sign_in.succeeded&from=2000-01-01');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,when_utc,actor_id,actor_name,action,action_label,target_type,target_id,summary,request_id',
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(',sign_in.succeeded,'))).toBe(true);

    await visit(page, '/admin/audit?action=audit_log.exported');
    expect(
      await page.getByTestId('audit-table').locator('tbody tr').first().textContent(),
    ).toContain('Audit log exported');
  });

  it('should tell a member they cannot see it and refuse them the CSV', async () => {
    const { page } = fixture;
    await signIn(page, 'member@example.org', DEMO_PASSWORD);
    await visit(page, '/admin/audit');
    expect(await page.getByTestId('not-allowed').textContent()).toContain(
      'Only regional admins and ICS admins',
    );
    expect((await page.request.get('/admin/audit/export.csv')).status()).toBe(403);
  });
});

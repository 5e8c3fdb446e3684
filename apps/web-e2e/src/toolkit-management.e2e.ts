import type { Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { usePage } from './support/browser';
import { DEMO_PASSWORD } from './support/env';
import { submitSignIn } from './support/journeys';

const PUBLISHER = 'lead@example.org'; // verified member of Walsall Healthcare NHS Trust
const FOLLOWER = 'member@example.org';

async function signInAs(page: Page, email: string, returnTo: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await submitSignIn(page, email, DEMO_PASSWORD);
  await page.waitForURL(`**${returnTo}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.title.length > 0);
}

describe('Toolkit management', () => {
  const fixture = usePage();

  it('should create a toolkit, publish a version with a changed section and a file, and tell a follower which section changed', async () => {
    const { page } = fixture;
    const stamp = Date.now().toString(36);
    const title = `Falls prevention toolkit ${stamp}`;

    // Create, with validation errors first (NHS error summary + inline errors).
    await signInAs(page, PUBLISHER, '/toolkits');
    await page.getByRole('link', { name: 'Create a toolkit' }).click();
    await page.waitForURL('**/toolkits/new', { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create toolkit' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#title-error').textContent()).toContain('Enter a title');
    await expectNoAxeViolations(page);
    await page.getByLabel('Toolkit title').fill(title);
    await page.getByLabel('Summary').fill('How we cut falls in care homes.');
    await page.locator('#sections-0-key').fill('method');
    await page.locator('#sections-0-title').fill('Method');
    await page.locator('#sections-0-body').fill('Step one');
    await page.getByRole('button', { name: 'Create toolkit' }).click();
    await page.waitForURL(/\/toolkits\/falls-prevention-toolkit-[a-z0-9]+$/, { waitUntil: 'load' });
    const toolkitPath = new URL(page.url()).pathname;

    // Someone else follows it.
    await signInAs(page, FOLLOWER, toolkitPath);
    expect(await page.getByRole('link', { name: 'Publish a new version' }).count()).toBe(0);
    const follow = page.getByTestId('follow-control');
    await follow.getByLabel('Watching', { exact: true }).check();
    await follow.getByRole('button', { name: `Save follow setting for ${title}` }).click();
    await page.waitForURL(/follow=changed/, { waitUntil: 'load' });
    expect(
      await page.getByTestId('follow-control').getByLabel('Watching', { exact: true }).isChecked(),
    ).toBe(true);
    await page.goto(`${toolkitPath}/versions/new`, { waitUntil: 'load' });
    expect(
      await page
        .getByRole('heading', { name: 'You cannot publish a new version of this toolkit' })
        .count(),
    ).toBe(1);

    // The publisher uploads (a disguised HTML file is refused), edits one section and publishes.
    await signInAs(page, PUBLISHER, toolkitPath);
    await page.getByRole('link', { name: 'Publish a new version' }).click();
    await page.waitForURL(`**${toolkitPath}/versions/new`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.length > 0);
    await expectNoAxeViolations(page);
    expect(await page.locator('#sections-0-body').inputValue()).toBe('Step one');
    await page.locator('#upload-file').setInputFiles({
      name: 'fake.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.waitForURL(/uploadError=/, { waitUntil: 'load' });
    expect(await page.locator('#upload-file-error').count()).toBe(1);
    await expectNoAxeViolations(page);
    await page.locator('#upload-file').setInputFiles({
      name: 'falls-guide.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\nfalls guide\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.waitForURL(/file=/, { waitUntil: 'load' });
    expect(await page.getByLabel('falls-guide.pdf').isChecked()).toBe(true);
    await page.getByLabel('What changed in version 2').fill('Added step two and the guide');
    await page.locator('#sections-0-body').fill('Step one, then step two');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.waitForURL(/\?version=2$/, { waitUntil: 'load' });
    expect(await page.getByRole('link', { name: /falls-guide\.pdf/ }).count()).toBeGreaterThan(0);

    // The follower is told which section changed.
    await signInAs(page, FOLLOWER, '/notifications');
    const item = page.locator('li', { hasText: `${title} version 2 published` });
    await item.first().waitFor();
    expect(await item.first().textContent()).toContain('Method (changed)');
    await expectNoAxeViolations(page);
    // Leave no unread notifications behind for the other journeys on this database.
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByText('You have no unread notifications.').waitFor();
  });
});

describe('Toolkit management without JavaScript', () => {
  // Plain HTML form posts only: the server actions and the upload route handler work before (or without) hydration.
  const fixture = usePage({ javaScriptEnabled: false });

  it('should create a toolkit and publish version 2 with an uploaded file using plain form posts', async () => {
    const { page } = fixture;
    const title = `No script toolkit ${Date.now().toString(36)}`;
    await page.goto('/sign-in?returnTo=%2Ftoolkits%2Fnew');
    await submitSignIn(page, PUBLISHER, DEMO_PASSWORD);
    await page.waitForURL('**/toolkits/new');
    await page.getByLabel('Toolkit title').fill(title);
    await page.getByLabel('Summary').fill('Works without scripts.');
    await page.getByRole('button', { name: 'Create toolkit' }).click();
    await page.waitForURL(/\/toolkits\/no-script-toolkit-[a-z0-9]+$/);
    const toolkitPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: 'Publish a new version' }).click();
    await page.waitForURL(`**${toolkitPath}/versions/new`);
    await page.locator('#upload-file').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Plain notes\n'),
    });
    await page.getByRole('button', { name: 'Upload file' }).click();
    await page.waitForURL(/file=/);
    // A too-short changelog comes back with the error summary and the typed section kept.
    await page.locator('#sections-0-key').fill('intro');
    await page.locator('#sections-0-title').fill('Introduction');
    await page.locator('#sections-0-body').fill('Hello');
    await page.getByLabel('What changed in version 2').fill('x');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.locator('.nhsuk-error-summary a[href="#changelog"]').waitFor();
    expect(await page.locator('#sections-0-body').inputValue()).toBe('Hello');
    await page.getByLabel('What changed in version 2').fill('Added an introduction');
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    // The browser keeps the #changelog fragment of the upload redirect across this one.
    await page.waitForURL(/\?version=2(#changelog)?$/);
    expect(await page.getByRole('link', { name: /notes\.txt/ }).count()).toBeGreaterThan(0);
  });
});

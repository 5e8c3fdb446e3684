import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

import { BASE_URL, CHROMIUM_PATH } from './env';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface PageFixture {
  /** The page for the current test (a fresh context, so no cookies carry over). */
  readonly page: Page;
  readonly context: BrowserContext;
}

/**
 * Jest fixture: one browser per test file, a fresh context and page per test.
 * After each test it fails if the page requested any other origin than the
 * app (fonts, CDNs, analytics...), threw an uncaught error or reported a
 * Content Security Policy violation.
 */
export function usePage(options: BrowserContextOptions = {}): PageFixture {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let externalRequests: string[] = [];
  let pageErrors: string[] = [];
  let cspViolations: string[] = [];
  const appOrigin = new URL(BASE_URL).origin;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Browser did not start');
    externalRequests = [];
    pageErrors = [];
    cspViolations = [];
    context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', ...options });
    // Runs through the DevTools protocol, so the page's own CSP does not apply to it.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (
        url.protocol !== 'http:' &&
        url.protocol !== 'https:' &&
        url.protocol !== 'ws:' &&
        url.protocol !== 'wss:'
      ) {
        return; // data:, blob:, chrome-extension: ...
      }
      if (url.origin !== appOrigin) externalRequests.push(request.url());
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (/^CSP violation:|Content Security Policy/.test(text)) cspViolations.push(`${page?.url()}: ${text}`);
    });
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
    const problems = [
      ...externalRequests.map((url) => `request to another host: ${url}`),
      ...pageErrors.map((message) => `uncaught page error: ${message}`),
      ...cspViolations.map((message) => `Content Security Policy violation: ${message}`),
    ];
    if (problems.length > 0) throw new Error(`Page problems:\n  ${problems.join('\n  ')}`);
  });

  return {
    get page(): Page {
      if (!page) throw new Error('No page: use the fixture inside a test');
      return page;
    },
    get context(): BrowserContext {
      if (!context) throw new Error('No context: use the fixture inside a test');
      return context;
    },
  };
}

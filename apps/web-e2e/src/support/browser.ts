import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

import { BASE_URL, CHROMIUM_PATH } from './env';
import { checkPageState } from './page-checks';

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
 * Content Security Policy violation; and if any page it loaded showed raw
 * GraphQL or technical text, carried an `error=` query parameter or scrolled
 * sideways at the viewport's width (see ./page-checks.ts). Those page checks
 * run on every load and once more on the last page before it closes.
 */
export function usePage(
  options: BrowserContextOptions = {},
  /** Other origins this journey may visit on purpose (e.g. the demo identity provider). */
  allowedOrigins: readonly string[] = [],
): PageFixture {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let externalRequests: string[] = [];
  let pageErrors: string[] = [];
  let cspViolations: string[] = [];
  let pageProblems = new Set<string>();
  let pendingChecks: Array<Promise<void>> = [];
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
    pageProblems = new Set();
    pendingChecks = [];
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
      if (url.origin !== appOrigin && !allowedOrigins.includes(url.origin)) externalRequests.push(request.url());
    });
    page = await context.newPage();
    const checked = page;
    const check = (): void => {
      pendingChecks.push(
        checkPageState(checked).then((problems) => {
          for (const problem of problems) pageProblems.add(problem);
        }),
      );
    };
    page.on('load', check);
    page.on('framenavigated', (frame) => {
      // Client-side navigations (and server actions that redirect) fire no load event.
      if (frame === checked.mainFrame()) check();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (/^CSP violation:|Content Security Policy/.test(text))
        cspViolations.push(`${page?.url()}: ${text}`);
    });
  });

  afterEach(async () => {
    if (page && !page.isClosed()) {
      await page.waitForLoadState('load').catch(() => undefined);
      for (const problem of await checkPageState(page)) pageProblems.add(problem);
    }
    await Promise.all(pendingChecks);
    await context?.close();
    context = undefined;
    page = undefined;
    const problems = [
      ...externalRequests.map((url) => `request to another host: ${url}`),
      ...pageErrors.map((message) => `uncaught page error: ${message}`),
      ...cspViolations.map((message) => `Content Security Policy violation: ${message}`),
      ...pageProblems,
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

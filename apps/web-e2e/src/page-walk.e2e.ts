// The page walk: every page route of the web app, as the right user, at phone
// width (390 x 844) and at 1280 px. Each page must pass axe (WCAG 2.2 AA),
// must not scroll sideways, and must show no raw GraphQL or technical text nor
// carry an error in its URL. Then a form walk submits the forms on those
// pages with bad input and checks nothing typed is lost.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoAxeViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { BASE_URL, DEMO_PASSWORD } from './support/env';
import { submitSignIn } from './support/journeys';
import { checkPageState } from './support/page-checks';
import { DEMO_EMAILS, loadWalkIds } from './support/walk-data';
import type { WalkIds, Who } from './support/walk-data';
import { KNOWN_BY_OTHER_BRANCH, WALK, discoverRoutes, visitPath } from './support/walk-routes';
import { FORMS, KNOWN_FORMS_BY_OTHER_BRANCH, walkForm } from './support/walk-forms';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface RolePage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and CSP violations since the last visit. */
  problems: string[];
}

let browser: Browser;
let ids: WalkIds;
const roles = new Map<Who, RolePage>();

/** One signed-in (or signed-out) page per role, reused across the walk. */
async function pageFor(who: Who): Promise<RolePage> {
  const existing = roles.get(who);
  if (existing) return existing;
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-GB', viewport: PHONE });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  const page = await context.newPage();
  const role: RolePage = { context, page, problems: [] };
  page.on('pageerror', (error) => role.problems.push(`uncaught page error: ${error.message}`));
  page.on('console', (message) => {
    if (/^CSP violation:|Content Security Policy/.test(message.text())) {
      role.problems.push(`Content Security Policy violation: ${message.text()}`);
    }
  });
  if (who !== 'anonymous') {
    await page.goto('/sign-in');
    await submitSignIn(page, DEMO_EMAILS[who], DEMO_PASSWORD);
    await page.waitForURL('**/account');
  }
  roles.set(who, role);
  return role;
}

beforeAll(async () => {
  browser = await launchBrowser();
  ids = await loadWalkIds();
}, 60_000);

afterAll(async () => {
  for (const role of roles.values()) await role.context.close();
  await browser?.close();
});

describe('Page walk', () => {
  it('should have a walk entry for every page route (new pages are walked automatically)', () => {
    const routes = discoverRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const missing = routes.filter((route) => !WALK[route]);
    expect(missing).toEqual([]);
    // And no entry for a page that no longer exists.
    expect(Object.keys(WALK).filter((route) => !routes.includes(route))).toEqual([]);
    expect(Object.keys(KNOWN_BY_OTHER_BRANCH).filter((route) => !routes.includes(route))).toEqual(
      [],
    );
  });

  const visits = Object.entries(WALK).flatMap(([route, list]) =>
    list.map((visit) => ({ route, visit })),
  );
  for (const { route, visit } of visits) {
    const known = KNOWN_BY_OTHER_BRANCH[route];
    const name = `${route} as ${visit.as}${known ? ` (known by other branch ${known.branch}: ${known.why})` : ''}`;
    (known ? it.skip : it)(name, async () => {
      const role = await pageFor(visit.as);
      const { page } = role;
      role.problems = [];
      const path = visitPath(visit, ids);
      await page.setViewportSize(PHONE);
      const response = await page.goto(path, { waitUntil: 'load' });
      const failures: string[] = [];
      const status = response?.status() ?? 0;
      if (status !== 200) failures.push(`${path}: status ${status} (expected 200 for ${visit.as})`);
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
      failures.push(...(await checkPageState(page)));
      await page.setViewportSize(DESKTOP);
      failures.push(...(await checkPageState(page)));
      await page.setViewportSize(PHONE);
      failures.push(...role.problems);
      if (failures.length)
        throw new Error(`Page walk of ${route} as ${visit.as}:\n  ${failures.join('\n  ')}`);
    });
  }
});

describe('Form walk', () => {
  for (const form of FORMS) {
    const known = KNOWN_FORMS_BY_OTHER_BRANCH[form.name];
    const name = `${form.name} as ${form.as}${known ? ` (known by other branch ${known.branch}: ${known.why})` : ''}`;
    (known ? it.skip : it)(name, async () => {
      const role = await pageFor(form.as);
      role.problems = [];
      const failures = await walkForm(role.page, form, ids);
      failures.push(...role.problems);
      if (failures.length)
        throw new Error(`Form walk of ${form.name}:\n  ${failures.join('\n  ')}`);
    });
  }
});

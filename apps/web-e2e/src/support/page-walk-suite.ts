// The page walk and the form walk, shared by page-walk.e2e.ts, page-walk-2.e2e.ts
// (each half of the page visits, so the two e2e workers share the longest job)
// and form-walk.e2e.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { expectNoAxeViolations } from './axe';
import { launchBrowser } from './browser';
import { BASE_URL, DEMO_PASSWORD } from './env';
import { submitSignIn } from './journeys';
import { checkPageState } from './page-checks';
import { DEMO_EMAILS, loadWalkIds } from './walk-data';
import type { WalkIds, Who } from './walk-data';
import { KNOWN_BY_OTHER_BRANCH, WALK, discoverRoutes, visitPath } from './walk-routes';
import { FORMS, KNOWN_FORMS_BY_OTHER_BRANCH, walkForm } from './walk-forms';

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

function useWalkBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser();
    ids = await loadWalkIds();
  }, 60_000);

  afterAll(async () => {
    for (const role of roles.values()) await role.context.close();
    roles.clear();
    await browser?.close();
  });
}

/**
 * Every page route as the right user (shard `shard` of `of`): status 200, axe
 * (WCAG 2.2 AA), no sideways scroll at phone and desktop width, no technical text,
 * no uncaught error or CSP violation.
 */
export function describePageWalk(shard: number, of: number): void {
  useWalkBrowser();
  describe(`Page walk (part ${shard + 1} of ${of})`, () => {
    if (shard === 0) {
      it('should have a walk entry for every page route (new pages are walked automatically)', () => {
        const routes = discoverRoutes();
        expect(routes.length).toBeGreaterThan(40);
        const missing = routes.filter((route) => !WALK[route]);
        expect(missing).toEqual([]);
        // And no entry for a page that no longer exists.
        expect(Object.keys(WALK).filter((route) => !routes.includes(route))).toEqual([]);
        expect(
          Object.keys(KNOWN_BY_OTHER_BRANCH).filter((route) => !routes.includes(route)),
        ).toEqual([]);
      });
    }

    const visits = Object.entries(WALK)
      .flatMap(([route, list]) => list.map((visit) => ({ route, visit })))
      .filter((_, index) => index % of === shard);
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
        if (status !== 200)
          failures.push(`${path}: status ${status} (expected 200 for ${visit.as})`);
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
}

/** Submits the forms on those pages with bad input and checks nothing typed is lost. */
export function describeFormWalk(): void {
  useWalkBrowser();
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
}

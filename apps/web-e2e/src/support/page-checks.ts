import type { Page } from 'playwright-core';

/**
 * Text that must never reach a page: raw GraphQL, server or database errors
 * and stack traces. People get a plain-English message against the field (or
 * in the error summary) instead.
 */
export const TECHNICAL_TEXT: ReadonlyArray<{ label: string; pattern: RegExp }> = [
  { label: 'GraphQL variable error', pattern: /Variable "\$/ },
  { label: 'GraphQL coercion error', pattern: /got invalid value/ },
  {
    label: 'GraphQL validation error',
    pattern: /Cannot query field|Unknown argument "|Expected type/,
  },
  {
    label: 'GraphQL error code',
    pattern:
      /\b(?:INTERNAL_SERVER_ERROR|BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|UNAUTHENTICATED)\b/,
  },
  { label: 'Apollo error', pattern: /\b(?:ApolloError|CombinedGraphQLErrors|ServerError):/ },
  { label: 'stack frame', pattern: /\bat \S+ \(\S+:\d+:\d+\)|\bat (?:file|node):\S+:\d+:\d+/ },
  { label: 'JavaScript error', pattern: /\b(?:TypeError|ReferenceError|SyntaxError|RangeError):/ },
  {
    label: 'database error',
    pattern:
      /invalid input syntax for type|QueryFailedError|duplicate key value violates|violates (?:foreign key|not-null|check) constraint/,
  },
  { label: 'connection error', pattern: /\bECONNREFUSED\b|\bECONNRESET\b|\bETIMEDOUT\b/ },
  { label: 'object printed as text', pattern: /\[object Object\]/ },
];

/** The technical patterns found in a piece of page text (labels with the matched text). */
export function findTechnicalText(text: string): string[] {
  const found: string[] = [];
  for (const { label, pattern } of TECHNICAL_TEXT) {
    const match = pattern.exec(text);
    if (match) {
      const start = Math.max(0, match.index - 40);
      const excerpt = text.slice(start, match.index + match[0].length + 60).replace(/\s+/g, ' ');
      found.push(`${label}: "…${excerpt}…"`);
    }
  }
  return found;
}

/** Errors a check may meet when the page navigates or closes under it: not a finding. */
function isNavigationRace(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|Target page, context or browser has been closed|Target closed|frame was detached|navigation|Cannot find context|Timeout \d+ms exceeded/i.test(
    message,
  );
}

/**
 * Checks the page as it is now: no raw GraphQL or technical text in the body,
 * no `error=` query parameter in the URL, and no sideways scrolling at the
 * current viewport width. Returns problems (with the URL); never throws.
 */
export async function checkPageState(page: Page): Promise<string[]> {
  if (page.isClosed()) return [];
  try {
    await page.waitForLoadState('load', { timeout: 15_000 });
    const url = page.url();
    if (!/^https?:/.test(url)) return [];
    const problems: string[] = [];
    const parsed = new URL(url);
    if (parsed.searchParams.has('error')) {
      problems.push(`${parsed.pathname}${parsed.search}: error message in the URL (error=)`);
    }
    const state = await page.evaluate(() => ({
      text: document.body?.innerText ?? '',
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    // The API pages for developers name the error codes on purpose.
    const documentsApi = parsed.pathname === '/developers' || parsed.pathname.startsWith('/developers/');
    for (const found of findTechnicalText(state.text)) {
      if (documentsApi && found.startsWith('GraphQL error code')) continue;
      problems.push(`${parsed.pathname}${parsed.search}: technical text on the page (${found})`);
    }
    if (state.scrollWidth > state.innerWidth + 1) {
      problems.push(
        `${parsed.pathname}${parsed.search}: scrolls sideways at ${state.innerWidth} px (content is ${state.scrollWidth} px wide)`,
      );
    }
    return problems;
  } catch (error) {
    if (isNavigationRace(error) || page.isClosed()) return [];
    return [
      `page check failed on ${page.url()}: ${error instanceof Error ? error.message : String(error)}`,
    ];
  }
}

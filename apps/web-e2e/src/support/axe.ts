import { readFileSync } from 'node:fs';

import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Violation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  nodes: Array<{ target: string; html: string; failureSummary: string }>;
};

function formatViolations(url: string, violations: Violation[]): string {
  const lines = [`${violations.length} accessibility violation(s) on ${url}:`];
  for (const violation of violations) {
    lines.push(
      `\n[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`,
      `  ${violation.helpUrl}`,
    );
    for (const node of violation.nodes) {
      lines.push(`  - ${node.target}`, `    ${node.html.slice(0, 200)}`);
      for (const summary of node.failureSummary.split('\n')) lines.push(`      ${summary}`);
    }
  }
  return lines.join('\n');
}

/**
 * Runs axe-core on the current page with the WCAG 2.x A/AA rules and fails
 * on any violation, listing each rule, element and fix.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams metadata (the <title>) after the first bytes: audit the page
  // once it has finished loading and has its title, not half-way through.
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, {
    timeout: 10_000,
  });
  // Judge the page at rest: after a click the pointer may rest on a link of the next page,
  // whose hover style (no underline) axe would otherwise report as link-in-text-block.
  await page.mouse.move(0, 0);
  // Evaluated through the DevTools protocol rather than added as a <script>:
  // the app's CSP (rightly) refuses inline scripts without its nonce.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags: string[]) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<AxeResults> };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html,
        failureSummary: node.failureSummary ?? '',
      })),
    }));
  }, WCAG_TAGS);
  if (violations.length > 0) {
    throw new Error(formatViolations(page.url(), violations));
  }
}

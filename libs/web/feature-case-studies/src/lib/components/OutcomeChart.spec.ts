import { describe, expect, it } from '@jest/globals';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { OutcomeChart } from './OutcomeChart';

const render = (points: { measuredOn: string; value: number }[]): string =>
  renderToStaticMarkup(
    createElement(OutcomeChart, {
      points,
      tableId: 'outcome-jobs',
      label: 'Local residents into jobs',
      unit: 'people',
    }),
  );

describe('OutcomeChart', () => {
  it('should draw nothing for a single figure (the table alone is shown)', () => {
    expect(render([{ measuredOn: '2025-01-01', value: 3 }])).toBe('');
  });

  it('should draw an SVG with a text alternative and a link to the table, styled by classes only', () => {
    const html = render([
      { measuredOn: '2025-01-01', value: 3 },
      { measuredOn: '2025-09-30', value: 12 },
    ]);
    expect(html).toContain('<svg');
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="outcome-jobs-chart-title outcome-jobs-chart-desc"');
    expect(html).toContain(
      '<title id="outcome-jobs-chart-title">Chart: Local residents into jobs over time</title>',
    );
    expect(html).toContain(
      'Local residents into jobs rose from 3 people on 1 January 2025 to 12 people on 30 September 2025 (2 figures).',
    );
    expect(html).toContain('href="#outcome-jobs"');
    expect(html).toContain('class="mic-chart__line"');
    // The CSP refuses inline styles: colours come from CSS classes, never style= or colour literals.
    expect(html).not.toMatch(/style=/);
    expect(html).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { IcsDashboardQuery, RegionDashboardQuery } from '@mic/web-data-access';
import { renderToStaticMarkup } from 'react-dom/server';

import { parseDashboardFilters } from '../utils/params';
import { Chart } from './Chart';
import { HexMap } from './HexMap';
import { IcsDashboardView } from './IcsDashboardView';
import { RegionDashboardView } from './RegionDashboardView';

const NOW = new Date('2026-12-05T12:00:00Z');
const THEMES = [
  { key: 'EMPLOYMENT', label: 'Employment' },
  { key: 'PROCUREMENT', label: 'Procurement' },
];

const measure = (over: Partial<IcsDashboardQuery['icsDashboard']['headlines'][number]> = {}) => ({
  key: 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
  group: 'OUTCOMES',
  label: 'Local residents into jobs',
  unit: 'people',
  themeKey: 'EMPLOYMENT',
  value: 150,
  atLeast: true,
  basis: 3,
  per100k: 12.36,
  perPopulation: true,
  aggregation: 'Sum of the latest in-period figure per practice.',
  figuresUrl: '/metrics/LOCAL_RESIDENTS_INTO_JOBS?ics=QUA',
  ...over,
});

const dashboard: IcsDashboardQuery['icsDashboard'] = {
  themeKey: null,
  aggregationRules: ['Cumulative figures are never added to in-period ones.'],
  generatedAt: '2026-12-05T12:00:00.000Z',
  period: {
    label: '2024/25 Q2 (Jul to Sep 2024)',
    financialYear: 2024,
    quarter: 2,
    from: '2024-07-01',
    to: '2024-09-30',
  },
  headlines: [
    measure(),
    measure({
      key: 'outcomes.SOCIAL_VALUE',
      label: 'Social value',
      unit: 'GBP',
      themeKey: 'PROCUREMENT',
      value: 1234567,
      atLeast: false,
      per100k: null,
      perPopulation: false,
      figuresUrl: null,
    }),
  ],
  measures: [
    measure({
      key: 'practice.ORIGINATED',
      group: 'PRACTICE',
      label: 'Practices adopted elsewhere',
      unit: 'count',
      themeKey: null,
      value: 4,
      atLeast: false,
      per100k: null,
    }),
  ],
  sections: [
    {
      key: 'participation',
      title: 'Participation',
      summary: 'Attendance at regional events.',
      figures: [
        { label: 'Delegates', value: 42, unit: 'people', atLeast: false, note: null, href: null },
      ],
      tables: [
        {
          caption: 'Attendance by organisation type',
          empty: 'No attendance yet.',
          columns: [
            { label: 'Type', numeric: false },
            { label: 'Delegates', numeric: true },
          ],
          rows: [
            {
              cells: [
                { text: 'NHS trust', value: null, href: null },
                { text: '30', value: 30, href: null },
              ],
            },
          ],
        },
      ],
      charts: [
        {
          caption: 'Delegates by quarter',
          kind: 'BAR',
          unit: 'people',
          categories: ['Q1', 'Q2'],
          series: [{ label: 'Delegates', values: [12, 30] }],
          summary: 'Attendance rose from 12 to 30.',
        },
      ],
    },
  ],
};

describe('IcsDashboardView', () => {
  const html = (query: Record<string, string> = { fy: '2024', q: '2' }) =>
    renderToStaticMarkup(
      <IcsDashboardView
        odsCode="QUA"
        shortName="Black Country"
        dashboard={dashboard}
        themes={THEMES}
        filters={parseDashboardFilters(
          query,
          THEMES.map((t) => t.key),
          NOW,
        )}
        now={NOW}
      />,
    );

  it('should show headline measures grouped by theme with units, "at least", n and per 100,000', () => {
    const page = html();
    expect(page.indexOf('<h3>Employment</h3>')).toBeLessThan(page.indexOf('<h3>Procurement</h3>'));
    expect(page).toContain('at least 150 people');
    expect(page).toContain('n = 3');
    expect(page).toContain('at least 12.4 per 100,000 residents');
    expect(page).toContain('£1,234,567');
    expect(page).toContain('href="/metrics/LOCAL_RESIDENTS_INTO_JOBS?ics=QUA"');
    expect(page).toContain('See the figures behind this total');
    expect(page).toContain('Practice and spread');
  });

  it('should render the filters as a GET form with the chosen period selected', () => {
    const page = html();
    expect(page).toMatch(/<form [^>]*action="\/ics\/QUA" method="get"/);
    expect(page).toMatch(/<option value="2024" selected="">2024\/25<\/option>/);
    expect(page).toMatch(/<option value="2" selected="">Q2/);
    expect(page).toContain('href="/ics/QUA/board-pack?fy=2024&amp;q=2"');
  });

  it('should render sections: figure cards, an SVG chart with its table, and tables with captions and scope', () => {
    const page = html();
    expect(page).toContain('<h2 id="section-participation-heading">Participation</h2>');
    expect(page).toContain('role="img"');
    expect(page).toContain(
      '<title id="section-participation-chart-0-title">Chart: Delegates by quarter</title>',
    );
    expect(page).toContain('Attendance rose from 12 to 30.');
    expect(page).toContain('Delegates by quarter: the figures');
    expect(page).toContain(
      '<caption class="nhsuk-table__caption nhsuk-table__caption--s" id="section-participation-table-0-caption">Attendance by organisation type</caption>',
    );
    expect(page).toContain('<th scope="row" class="nhsuk-table__header">NHS trust</th>');
  });

  it('should list how the figures are calculated', () => {
    const page = html();
    expect(page).toContain('How these figures are calculated');
    expect(page).toContain('Cumulative figures are never added to in-period ones.');
    expect(page).toContain('Sum of the latest in-period figure per practice.');
  });

  it('should show an error summary for bad filters', () => {
    const page = html({ fy: '1990', theme: 'NOPE' });
    expect(page).toContain('Some filters could not be used');
    expect(page).toContain('href="#fy"');
    expect(page).toContain('href="#theme"');
  });
});

type RegionMeasure = NonNullable<RegionDashboardQuery['regionDashboard']['selected']>;

const ICSS = [
  ['QOC', 'Shropshire, Telford and Wrekin', 0, 1],
  ['QUA', 'Black Country', 1, 1],
  ['QHL', 'Birmingham and Solihull', 2, 1],
  ['QJM', 'Lincolnshire', 4, 0],
] as const;

const regionMeasure: RegionMeasure = {
  key: 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
  group: 'OUTCOMES',
  label: 'Local residents into jobs',
  unit: 'people',
  themeKey: 'EMPLOYMENT',
  aggregation: 'Sum.',
  perPopulation: true,
  regionValue: 300,
  regionAtLeast: true,
  regionBasis: 5,
  regionPer100k: 2.8,
  icss: ICSS.map(([odsCode, shortName, col, row], i) => ({
    value: i === 3 ? null : (i + 1) * 100,
    atLeast: i === 1,
    basis: i === 3 ? 0 : 2,
    per100k: i === 3 ? null : (i + 1) * 10,
    figuresUrl: i === 3 ? null : `/metrics/x?ics=${odsCode}`,
    ics: { odsCode, shortName, mapHex: { col, row } },
  })),
};

describe('HexMap', () => {
  const page = renderToStaticMarkup(<HexMap measure={regionMeasure} linkQuery="?fy=2024" />);

  it('should draw a link per ICS named with its figure per 100,000', () => {
    expect(page.match(/<a /g)).toHaveLength(4);
    expect(page).toContain('href="/ics/QUA?fy=2024"');
    expect(page).toContain('aria-label="Black Country: at least 20 per 100,000 residents"');
    expect(page).toContain('aria-label="Lincolnshire: no data"');
  });

  it('should colour from lightest to darkest class and hatch no data, with a legend in words', () => {
    expect(page).toContain('mic-hex__shape mic-hex--c1');
    expect(page).toContain('mic-hex__shape mic-hex--c5');
    expect(page).toContain('fill="url(#mic-hex-nodata)"');
    expect(page).toContain('Lowest: 10 to 14');
    expect(page).toContain('Highest: 26 to 30');
    expect(page).toContain('No data (hatched)');
  });

  it('should label hexes briefly outside the links, hidden from screen readers (the link names them)', () => {
    const labels = page.slice(page.indexOf('<g aria-hidden="true">'));
    expect(labels).toContain('class="mic-hex__label">BC</text>');
    expect(labels).toContain('class="mic-hex__label mic-hex__label--dark">BS</text>');
    expect(page.match(/<a [^>]*>[^]*?<\/a>/g)?.every((a) => !a.includes('<text'))).toBe(true);
  });
});

describe('RegionDashboardView', () => {
  it('should show the map, its table, region totals and every ICS on every measure', () => {
    const page = renderToStaticMarkup(
      <RegionDashboardView
        dashboard={{
          population: 10_831_300,
          aggregationRules: ['Per 100,000 residents: ONS Census 2021.'],
          generatedAt: '2026-12-05T12:00:00.000Z',
          period: { label: 'All years', financialYear: null, quarter: null },
          measures: [regionMeasure],
          selected: regionMeasure,
        }}
        icss={regionMeasure.icss.map((r) => r.ics)}
        themes={THEMES}
        filters={parseDashboardFilters(
          {},
          THEMES.map((t) => t.key),
          NOW,
        )}
        now={NOW}
      />,
    );
    expect(page).toContain('data-testid="hex-map"');
    expect(page).toContain('data-testid="region-measure-table"');
    expect(page).toContain('10,831,300 (ONS Census 2021)');
    expect(page).toContain('at least 300 people (n = 5)');
    expect(page).toContain('Local residents into jobs (per 100,000)');
    expect(page).toContain('<option value="outcomes.LOCAL_RESIDENTS_INTO_JOBS" selected="">');
    expect(page).toContain('href="/region/board-pack?measure=outcomes.LOCAL_RESIDENTS_INTO_JOBS"');
  });

  it('should say so when no measure has figures', () => {
    const page = renderToStaticMarkup(
      <RegionDashboardView
        dashboard={{
          population: 1,
          aggregationRules: [],
          generatedAt: '2026-12-05T12:00:00.000Z',
          period: { label: 'All years', financialYear: null, quarter: null },
          measures: [],
          selected: null,
        }}
        icss={regionMeasure.icss.map((r) => r.ics)}
        themes={THEMES}
        filters={parseDashboardFilters({}, [], NOW)}
        now={NOW}
      />,
    );
    expect(page).toContain('No measures have figures for this period yet.');
    // The map still shows every ICS, as "No data", each a link to its dashboard.
    expect(page.match(/data-testid="hex-link"/g)).toHaveLength(4);
    expect(page).toContain('aria-label="Black Country: no data"');
    expect(page).not.toContain('id="measure"');
  });
});

describe('Chart', () => {
  it('should draw a line chart with markers, axis titles, a key for several series and its table', () => {
    const page = renderToStaticMarkup(
      <Chart
        id="c"
        chart={{
          caption: 'Spend',
          kind: 'LINE',
          unit: 'GBP',
          categories: ['Q1', 'Q2'],
          series: [
            { label: 'Local', values: [1000, 2000] },
            { label: 'Other', values: [500, null] },
          ],
          summary: 'Local spend doubled.',
        }}
      />,
    );
    expect(page).toContain('role="img"');
    expect(page).toContain('aria-labelledby="c-title c-desc"');
    expect(page).toContain('Pounds (£)');
    expect(page).toContain('Other (square markers)');
    expect(page).toContain('<td class="nhsuk-table__cell nhsuk-table__cell--numeric">£2,000</td>');
    expect(page).toContain('<td class="nhsuk-table__cell nhsuk-table__cell--numeric">—</td>');
  });
});

import type { SectionContent } from '../../../common/dashboards/dashboard-measure';
import type { IcsDashboardData, RegionDashboardData } from '../dashboards.service';

/** One measure as a board pack prints it. */
export interface PackMeasure {
  key: string;
  group: string;
  label: string;
  unit: string;
  value: number | null;
  atLeast: boolean;
  basis: number;
  per100k: number | null;
  aggregation: string;
}

export interface PackSource {
  measureLabel: string;
  about: string;
  value: number;
  qualifier: string | null;
  measuredOn: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
}

/**
 * A dashboard (one ICS or the region) flattened for the PDF, CSV and XLSX
 * renderers, so all three print the same numbers from the same data.
 */
export interface BoardPackDocument {
  /** "NHS Black Country Integrated Care Board" or "Midlands region". */
  areaName: string;
  /** e.g. "Black Country board pack". */
  title: string;
  periodLabel: string;
  /** The filters used, as label/value pairs, printed on the first page. */
  filters: { label: string; value: string }[];
  generatedAt: Date;
  headlines: PackMeasure[];
  measures: PackMeasure[];
  sections: { key: string; title: string; content: SectionContent }[];
  aggregationRules: string[];
  sources: PackSource[];
}

/** Renders the document, reporting progress (0–1) after each part. */
export type PackProgress = (fraction: number) => Promise<void>;

const measureOf = (m: {
  key: string;
  group: string;
  label: string;
  unit: string;
  aggregation: string;
  value: number | null;
  atLeast: boolean;
  basis: number;
  per100k: number | null;
}): PackMeasure => ({
  key: m.key,
  group: m.group,
  label: m.label,
  unit: m.unit,
  value: m.value,
  atLeast: m.atLeast,
  basis: m.basis,
  per100k: m.per100k,
  aggregation: m.aggregation,
});

const sourceOf = (s: PackSource): PackSource => ({
  measureLabel: s.measureLabel,
  about: s.about,
  value: s.value,
  qualifier: s.qualifier,
  measuredOn: s.measuredOn,
  sourceTitle: s.sourceTitle,
  sourceUrl: s.sourceUrl,
});

export function icsPackDocument(
  data: IcsDashboardData,
  themeLabel: string | null,
): BoardPackDocument {
  return {
    areaName: data.ics.name,
    title: `${data.ics.shortName} board pack`,
    periodLabel: data.periodLabel,
    filters: [
      { label: 'Integrated care system', value: `${data.ics.name} (${data.ics.odsCode})` },
      { label: 'Period', value: data.periodLabel },
      { label: 'Theme', value: themeLabel ?? 'All themes' },
    ],
    generatedAt: data.generatedAt,
    headlines: data.headlines.map(measureOf),
    measures: data.measures.map(measureOf),
    sections: data.sections,
    aggregationRules: data.aggregationRules,
    sources: data.sources.map(sourceOf),
  };
}

const fmt = (n: number | null): string =>
  n === null ? 'No data' : n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export function regionPackDocument(
  data: RegionDashboardData,
  regionName: string,
  themeLabel: string | null,
): BoardPackDocument {
  const totals = data.measures.map((m) =>
    measureOf({
      ...m,
      value: m.region.value,
      atLeast: m.region.atLeast,
      basis: m.region.basis,
      per100k: m.region.per100k,
    }),
  );
  const tables = data.measures.map((m) => ({
    caption: `${m.label} (${m.unit}) by ICS, ${data.periodLabel}`,
    columns: [
      { label: 'ICS', numeric: false },
      { label: `Value (${m.unit})`, numeric: true },
      { label: 'Per 100,000 residents', numeric: true },
      { label: 'Records (n)', numeric: true },
    ],
    rows: m.icss.map((r) => ({
      cells: [
        { text: r.ics.shortName, value: null, href: null },
        {
          text: `${r.value.atLeast ? 'at least ' : ''}${fmt(r.value.value)}`,
          value: r.value.value,
          href: null,
        },
        { text: fmt(r.per100k), value: r.per100k, href: null },
        { text: String(r.value.basis), value: r.value.basis, href: null },
      ],
    })),
    empty: 'No ICS has data for this measure.',
  }));
  const charted = data.measures.filter((m) => m.perPopulation && m.region.value !== null);
  const charts = charted.map((m) => ({
    caption: `${m.label} per 100,000 residents by ICS, ${data.periodLabel}`,
    kind: 'BAR' as const,
    unit: `${m.unit} per 100,000`,
    categories: m.icss.map((r) => r.ics.shortName),
    series: [{ label: 'Per 100,000 residents', values: m.icss.map((r) => r.per100k) }],
    summary: summaryOf(
      m.label,
      m.icss.map((r) => ({ name: r.ics.shortName, value: r.per100k })),
    ),
  }));
  return {
    areaName: regionName,
    title: `${regionName} board pack`,
    periodLabel: data.periodLabel,
    filters: [
      { label: 'Area', value: `${regionName} (all 11 ICSs)` },
      { label: 'Period', value: data.periodLabel },
      { label: 'Theme', value: themeLabel ?? 'All themes' },
    ],
    generatedAt: data.generatedAt,
    headlines: totals.filter((m) => m.group === 'OUTCOMES'),
    measures: totals.filter((m) => m.group !== 'OUTCOMES'),
    sections: [
      {
        key: 'icss',
        title: 'The ICSs side by side',
        content: {
          summary: `Every measure for each of the 11 integrated care systems, ${data.periodLabel}. Counts are also shown per 100,000 residents (ONS Census 2021).`,
          figures: [],
          tables,
          charts,
        },
      },
    ],
    aggregationRules: data.aggregationRules,
    sources: data.sources.map(sourceOf),
  };
}

function summaryOf(label: string, values: { name: string; value: number | null }[]): string {
  const known = values.filter((v): v is { name: string; value: number } => v.value !== null);
  if (!known.length) return `No ICS has data for ${label}.`;
  const top = known.reduce((a, b) => (b.value > a.value ? b : a));
  return `${label}: highest per 100,000 residents in ${top.name} (${fmt(top.value)}); ${known.length} of ${values.length} ICSs have data.`;
}

/** "2024-25", "2024-25-q2" or "all-years" for file names. */
export function periodSlug(financialYear: number | null, quarter: number | null): string {
  if (financialYear === null) return 'all-years';
  const fy = `${financialYear}-${String((financialYear + 1) % 100).padStart(2, '0')}`;
  return quarter === null ? fy : `${fy}-q${quarter}`;
}

/** "black-country-board-pack-2024-25.pdf". */
export function packFileName(
  areaShortName: string,
  financialYear: number | null,
  quarter: number | null,
  format: 'PDF' | 'CSV' | 'XLSX',
): string {
  const area = areaShortName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${area || 'board'}-board-pack-${periodSlug(financialYear, quarter)}.${format.toLowerCase()}`;
}

/** How a number is printed: "at least 1,234", "No data". */
export function formatValue(value: number | null, atLeast: boolean): string {
  if (value === null) return 'No data';
  return `${atLeast ? 'at least ' : ''}${fmt(value)}`;
}

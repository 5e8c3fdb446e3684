/** The dashboard filters in the query string (`fy`, `q`, `theme`, `measure`), validated. */

export const FIRST_FINANCIAL_YEAR = 2015;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface DashboardFilterError {
  field: 'fy' | 'q' | 'theme' | 'measure';
  message: string;
}

export interface DashboardFilters {
  /** Financial year start (2024 = 2024/25); null for all years. */
  financialYear: number | null;
  /** 1 to 4; null for the whole year. */
  quarter: number | null;
  themeKey: string | null;
  measure: string | null;
  /** Values that were refused (and ignored). */
  errors: DashboardFilterError[];
}

/** The financial year (April to March) a date falls in, by its starting year. */
export function currentFinancialYear(now: Date = new Date()): number {
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** "2024/25". */
export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Options of the financial year select: "All years" then 2015/16 … the current year. */
export function financialYearOptions(now: Date = new Date()): { value: string; text: string }[] {
  const options = [{ value: '', text: 'All years' }];
  for (let year = FIRST_FINANCIAL_YEAR; year <= currentFinancialYear(now); year++) {
    options.push({ value: String(year), text: financialYearLabel(year) });
  }
  return options;
}

export const QUARTER_OPTIONS = [
  { value: '', text: 'Whole year' },
  { value: '1', text: 'Q1 (April to June)' },
  { value: '2', text: 'Q2 (July to September)' },
  { value: '3', text: 'Q3 (October to December)' },
  { value: '4', text: 'Q4 (January to March)' },
];

function single(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').trim();
}

const MEASURE_KEY = /^[A-Za-z0-9_.:-]{1,120}$/;

/**
 * Reads the filters; a bad value is ignored and reported (never thrown): the page shows an error
 * summary and the dashboard for the rest.
 */
export function parseDashboardFilters(
  params: RawSearchParams,
  themeKeys: ReadonlyArray<string>,
  now: Date = new Date(),
): DashboardFilters {
  const errors: DashboardFilterError[] = [];
  const fyRaw = single(params['fy']);
  const qRaw = single(params['q']);
  const themeRaw = single(params['theme']);
  const measureRaw = single(params['measure']);

  let financialYear: number | null = null;
  if (fyRaw && fyRaw !== 'all') {
    const year = /^\d{4}$/.test(fyRaw) ? Number(fyRaw) : NaN;
    if (year >= FIRST_FINANCIAL_YEAR && year <= currentFinancialYear(now)) financialYear = year;
    else {
      errors.push({
        field: 'fy',
        message: `Choose a financial year from ${financialYearLabel(FIRST_FINANCIAL_YEAR)} to ${financialYearLabel(currentFinancialYear(now))}, or all years`,
      });
    }
  }

  let quarter: number | null = null;
  if (qRaw) {
    if (!/^[1-4]$/.test(qRaw)) {
      errors.push({ field: 'q', message: 'Choose a quarter from Q1 to Q4, or the whole year' });
    } else if (financialYear === null) {
      if (!errors.some((e) => e.field === 'fy')) {
        errors.push({ field: 'q', message: 'Choose a financial year to see one quarter' });
      }
    } else quarter = Number(qRaw);
  }

  let themeKey: string | null = null;
  if (themeRaw) {
    if (themeKeys.includes(themeRaw)) themeKey = themeRaw;
    else errors.push({ field: 'theme', message: 'Choose a theme from the list' });
  }

  let measure: string | null = null;
  if (measureRaw) {
    if (MEASURE_KEY.test(measureRaw)) measure = measureRaw;
    else errors.push({ field: 'measure', message: 'Choose a measure from the list' });
  }

  return { financialYear, quarter, themeKey, measure, errors };
}

/** The GraphQL PeriodInput for the filters (undefined for all years). */
export function periodInput(
  filters: Pick<DashboardFilters, 'financialYear' | 'quarter'>,
): { financialYear: number; quarter?: number } | undefined {
  if (filters.financialYear === null) return undefined;
  return filters.quarter === null
    ? { financialYear: filters.financialYear }
    : { financialYear: filters.financialYear, quarter: filters.quarter };
}

/** The query string of the filters (for links that keep them), e.g. "?fy=2024&q=2". */
export function filtersQuery(
  filters: Pick<DashboardFilters, 'financialYear' | 'quarter' | 'themeKey'> & {
    measure?: string | null;
  },
): string {
  const params = new URLSearchParams();
  if (filters.measure) params.set('measure', filters.measure);
  if (filters.financialYear !== null) params.set('fy', String(filters.financialYear));
  if (filters.quarter !== null) params.set('q', String(filters.quarter));
  if (filters.themeKey) params.set('theme', filters.themeKey);
  const text = params.toString();
  return text ? `?${text}` : '';
}

import type { DatePart } from './date-parts';
import { londonToday, parseDateParts, readDateParts } from './date-parts';

/**
 * The outcome figure form (add and correct), used by the editor's Outcomes
 * step and the published case study's figures page: what the figure covers
 * (a period, a point in time or a running total to a date), its qualifier,
 * baseline and source. Read and checked on the server (no JavaScript needed).
 */

/** Qualifiers the form offers ("" = none); the API accepts any up to 40 characters. */
export const QUALIFIER_OPTIONS = ['', 'more than', 'at least', 'about', 'less than'] as const;

export type Coverage = 'PERIOD' | 'POINT' | 'RUNNING';

export const COVERAGE_TEXT: Record<Coverage, string> = {
  PERIOD: 'A period (start and end dates)',
  POINT: 'A point in time (a date)',
  RUNNING: 'A running total to a date',
};

export type OutcomeFigureField =
  | 'metricKey'
  | 'value'
  | 'qualifier'
  | 'coverage'
  | 'periodStart'
  | 'periodEnd'
  | 'pointOn'
  | 'runningTo'
  | 'baseline'
  | 'sourceTitle'
  | 'sourceUrl'
  | 'note'
  | 'reason';

export interface OutcomeFigureError {
  field?: OutcomeFigureField;
  /** The element the error summary links to. */
  fieldId?: string;
  message: string;
  parts?: DatePart[];
}

export interface OutcomeFigureFormState {
  errors: OutcomeFigureError[];
  /** What was typed, by input name, so nothing is lost on an error. */
  values: Record<string, string>;
  submittedAt?: number;
}

export const emptyOutcomeFigureState = (): OutcomeFigureFormState => ({ errors: [], values: {} });

export interface OutcomeFigureInput {
  metricKey: string;
  value: number;
  qualifier: string | null;
  cumulative: boolean;
  measuredOn: string;
  periodStart: string | null;
  baseline: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  note: string | null;
}

const DATE_FIELDS = ['periodStart', 'periodEnd', 'pointOn', 'runningTo'] as const;
const TEXT_FIELDS = [
  'metricKey',
  'value',
  'qualifier',
  'coverage',
  'baseline',
  'sourceTitle',
  'sourceUrl',
  'note',
  'reason',
] as const;

/** Every input of the form as typed (trimmed), for keeping on an error. */
export function readOutcomeFigureValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  const take = (name: string) => {
    const v = formData.get(name);
    if (typeof v === 'string') out[name] = v.trim();
  };
  for (const f of TEXT_FIELDS) take(f);
  for (const f of DATE_FIELDS) for (const p of ['day', 'month', 'year']) take(`${f}-${p}`);
  return out;
}

/** "1,200", "£3.5", "21%" → number; anything else → null. */
export function parseNumber(raw: string): number | null {
  const compact = raw.replace(/\s+/g, '').replace(/^£/, '').replace(/%$/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(compact)) return null;
  const value = Number(compact.replace(/,/g, ''));
  return Number.isFinite(value) && Math.abs(value) < 1e14 ? value : null;
}

const isUrl = (s: string): boolean => {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
};

export type ParsedOutcomeFigure =
  | { ok: true; input: OutcomeFigureInput; reason: string | null }
  | { ok: false; errors: OutcomeFigureError[] };

/**
 * Checks the form: a metric from the dictionary (unless `fixedMetricKey`, as
 * when correcting), a number, what the figure covers and its dates (a
 * period's start on or before its end, none in the future), a source title
 * or link.
 */
export function parseOutcomeFigureForm(
  formData: FormData,
  options: { metricKeys: readonly string[]; fixedMetricKey?: string; today?: string },
): ParsedOutcomeFigure {
  const v = readOutcomeFigureValues(formData);
  const today = options.today ?? londonToday();
  const errors: OutcomeFigureError[] = [];
  const metricKey = options.fixedMetricKey ?? v.metricKey ?? '';
  if (!options.fixedMetricKey && !options.metricKeys.includes(metricKey))
    errors.push({ field: 'metricKey', message: 'Select the metric the figure is for' });
  const rawValue = v.value ?? '';
  const value = parseNumber(rawValue);
  if (!rawValue) errors.push({ field: 'value', message: 'Enter the figure, like 150' });
  else if (value === null)
    errors.push({ field: 'value', message: 'Figure must be a number, like 12, 1,200 or 4.5' });
  const qualifier = v.qualifier ?? '';
  if (qualifier.length > 40)
    errors.push({ field: 'qualifier', message: 'Qualifier must be 40 characters or fewer' });

  const date = (field: (typeof DATE_FIELDS)[number], what: string, label: string) => {
    const r = parseDateParts(readDateParts(formData, field), { what, label, notAfter: today });
    if (!r.ok) {
      errors.push({ field, fieldId: `${field}-${r.parts[0]}`, message: r.message, parts: r.parts });
      return null;
    }
    return r.value;
  };
  const coverage = v.coverage as Coverage | undefined;
  let measuredOn: string | null = null;
  let periodStart: string | null = null;
  if (coverage === 'PERIOD') {
    periodStart = date('periodStart', 'the date the period starts', 'Start date');
    measuredOn = date('periodEnd', 'the date the period ends', 'End date');
    if (periodStart && measuredOn && periodStart > measuredOn)
      errors.push({
        field: 'periodStart',
        fieldId: 'periodStart-day',
        message: 'The period must start on or before the day it ends',
      });
  } else if (coverage === 'POINT') {
    measuredOn = date('pointOn', 'the date the figure applies to', 'Date');
  } else if (coverage === 'RUNNING') {
    measuredOn = date('runningTo', 'the date the running total runs to', 'Date');
  } else {
    errors.push({
      field: 'coverage',
      fieldId: 'coverage',
      message: 'Select what the figure covers: a period, a point in time or a running total',
    });
  }
  const rawBaseline = v.baseline ?? '';
  const baseline = rawBaseline ? parseNumber(rawBaseline) : null;
  if (rawBaseline && baseline === null)
    errors.push({ field: 'baseline', message: 'Baseline must be a number, like 40' });
  const sourceTitle = v.sourceTitle ?? '';
  const sourceUrl = v.sourceUrl ?? '';
  if (!sourceTitle && !sourceUrl)
    errors.push({
      field: 'sourceTitle',
      message: 'Enter the source of the figure: a document title or a link',
    });
  if (sourceTitle.length > 500)
    errors.push({ field: 'sourceTitle', message: 'Source title must be 500 characters or fewer' });
  if (sourceUrl && (!isUrl(sourceUrl) || sourceUrl.length > 1000))
    errors.push({
      field: 'sourceUrl',
      message: 'Source link must start with http:// or https://, like https://example.org/report',
    });
  const note = v.note ?? '';
  if (note.length > 2000)
    errors.push({ field: 'note', message: 'Note must be 2,000 characters or fewer' });
  const reason = v.reason ?? '';
  if (reason.length > 500)
    errors.push({ field: 'reason', message: 'Reason must be 500 characters or fewer' });
  if (errors.length || value === null || !measuredOn) return { ok: false, errors };
  return {
    ok: true,
    reason: reason || null,
    input: {
      metricKey,
      value,
      qualifier: qualifier || null,
      cumulative: coverage === 'RUNNING',
      measuredOn,
      periodStart: coverage === 'PERIOD' ? periodStart : null,
      baseline,
      sourceTitle: sourceTitle || null,
      sourceUrl: sourceUrl || null,
      note: note || null,
    },
  };
}

/** The form's values for an existing figure (the correct page starts from them). */
export function outcomeFigureValues(m: {
  value: number;
  qualifier?: string | null;
  cumulative: boolean;
  measuredOn: string;
  periodStart?: string | null;
  baseline?: number | null;
  sourceTitle?: string | null;
  sourceUrl?: string | null;
  note?: string | null;
}): Record<string, string> {
  const parts = (field: string, iso: string) => {
    const [y, mo, d] = iso.split('-');
    return {
      [`${field}-day`]: String(Number(d)),
      [`${field}-month`]: String(Number(mo)),
      [`${field}-year`]: y,
    };
  };
  const coverage: Coverage = m.cumulative ? 'RUNNING' : m.periodStart ? 'PERIOD' : 'POINT';
  return {
    value: String(m.value),
    qualifier: m.qualifier ?? '',
    coverage,
    ...(coverage === 'PERIOD'
      ? { ...parts('periodStart', m.periodStart as string), ...parts('periodEnd', m.measuredOn) }
      : coverage === 'POINT'
        ? parts('pointOn', m.measuredOn)
        : parts('runningTo', m.measuredOn)),
    baseline: m.baseline === null || m.baseline === undefined ? '' : String(m.baseline),
    sourceTitle: m.sourceTitle ?? '',
    sourceUrl: m.sourceUrl ?? '',
    note: m.note ?? '',
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (iso: string): string => {
  const [y, m] = iso.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
};
const dayMonthYear = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
};

/**
 * What a figure covers, in words: "Nov 2020 to Jul 2022" (a period), "to Jan
 * 2025 (running total)", or "on 31 Mar 2025" (a point in time).
 */
export function figurePeriodText(m: {
  cumulative: boolean;
  measuredOn: string;
  periodStart?: string | null;
}): string {
  if (m.cumulative) return `to ${monthYear(m.measuredOn)} (running total)`;
  if (m.periodStart) return `${monthYear(m.periodStart)} to ${monthYear(m.measuredOn)}`;
  return `on ${dayMonthYear(m.measuredOn)}`;
}

/** "more than 150", "1,200", "about £3,500" (GBP), "21%" (percent). */
export function figureValueText(
  m: { value: number; qualifier?: string | null },
  unit?: string,
): string {
  const n = m.value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  const u = unit?.toLowerCase();
  const num = u === 'gbp' || u === '£' ? `£${n}` : u === 'percent' || u === '%' ? `${n}%` : n;
  return m.qualifier ? `${m.qualifier} ${num}` : num;
}

/** A timestamp as "3 Dec 2026" (Europe/London). */
export function figureDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
    .format(new Date(iso))
    .replace('Sept', 'Sep');
}

/** The remove form: a reason is required (up to 500 characters). */
export function parseRemoveReason(
  formData: FormData,
): { ok: true; reason: string } | { ok: false; message: string } {
  const raw = formData.get('reason');
  const reason = typeof raw === 'string' ? raw.trim() : '';
  if (!reason) return { ok: false, message: 'Say why the figure is being removed' };
  if (reason.length > 500) return { ok: false, message: 'Reason must be 500 characters or fewer' };
  return { ok: true, reason };
}

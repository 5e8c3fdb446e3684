/**
 * The NHS date input (day, month and year boxes) read back on the server.
 * Messages follow the NHS service manual's date input pattern.
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

export type DatePartsResult =
  { ok: true; value: string } | { ok: false; message: string; parts: DatePart[] };

export interface DatePartsOptions {
  /** What the date is, for the "Enter …" message, e.g. "the date the figure applies to". */
  what: string;
  /** "Date" in messages such as "Date must be a real date". */
  label?: string;
  /** Today as YYYY-MM-DD: dates after it are refused ("must be today or in the past"). */
  notAfter?: string;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "11", "nov" or "November" → 11; anything else → NaN. */
function monthNumber(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const lower = text.toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => lower.length >= 3 && name.startsWith(lower));
  return index >= 0 ? index + 1 : Number.NaN;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The three parts as typed (trimmed) from a posted form, for the input `<id>-day` etc. */
export function readDateParts(formData: FormData, id: string): DateParts {
  const part = (name: DatePart): string => {
    const value = formData.get(`${id}-${name}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { day: part('day'), month: part('month'), year: part('year') };
}

/**
 * Joins day, month and year into YYYY-MM-DD, or says what is wrong and which
 * boxes to highlight: missing parts, not a real date (31 November), a year
 * without 4 numbers, or a date after `notAfter`.
 */
export function parseDateParts(parts: DateParts, options: DatePartsOptions): DatePartsResult {
  const label = options.label ?? 'Date';
  const day = parts.day?.trim() ?? '';
  const month = parts.month?.trim() ?? '';
  const year = parts.year?.trim() ?? '';
  const missing = (['day', 'month', 'year'] as const).filter((name) => !{ day, month, year }[name]);
  if (missing.length === 3)
    return { ok: false, message: `Enter ${options.what}`, parts: ['day', 'month', 'year'] };
  if (missing.length) {
    const words = missing.length === 1 ? `a ${missing[0]}` : `a ${missing[0]} and ${missing[1]}`;
    return { ok: false, message: `${label} must include ${words}`, parts: missing };
  }
  if (!/^\d{4}$/.test(year))
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  const d = /^\d{1,2}$/.test(day) ? Number(day) : Number.NaN;
  const m = monthNumber(month);
  const y = Number(year);
  const wrong: DatePart[] = [];
  if (!(d >= 1 && d <= 31)) wrong.push('day');
  if (!(m >= 1 && m <= 12)) wrong.push('month');
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    !wrong.length &&
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d;
  if (!real) {
    return {
      ok: false,
      message: `${label} must be a real date`,
      parts: wrong.length ? wrong : ['day', 'month', 'year'],
    };
  }
  const value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (options.notAfter && value > options.notAfter) {
    return {
      ok: false,
      message: `${label} must be today or in the past`,
      parts: ['day', 'month', 'year'],
    };
  }
  return { ok: true, value };
}

/** Today in Europe/London as YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

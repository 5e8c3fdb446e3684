import type { DateInputValue } from '@mic/web-ui';

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** UTC ISO string -> "YYYY-MM-DDTHH:mm" in Europe/London (for datetime-local inputs). */
export function utcToLondonLocal(iso: string): string {
  const parts = Object.fromEntries(LONDON_PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}`;
}

/** "YYYY-MM-DDTHH:mm" as UK clock time -> UTC ISO string (BST and GMT), or null if invalid. */
export function londonLocalToUtc(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc)) return null;
  // The London offset at that moment (try both candidate offsets around a clock change).
  for (const offsetMinutes of [0, 60]) {
    const candidate = asUtc - offsetMinutes * 60_000;
    if (utcToLondonLocal(new Date(candidate).toISOString()) === local.trim()) return new Date(candidate).toISOString();
  }
  return null;
}

export type DateTimePart = 'day' | 'month' | 'year' | 'time';

/** What the NHS date input (day, month, year and a 24-hour time) gave, read on the server. */
export interface DateTimeReading {
  /** The parts as typed, to show again after an error. */
  value: DateInputValue;
  /** The moment as a UTC ISO string (the parts are UK clock time); null when left blank and optional. */
  iso: string | null;
  /** What is wrong, in the NHS pattern's words, and which boxes to mark. */
  error?: { message: string; parts: DateTimePart[] };
}

export interface DateTimeLabels {
  /** Names the date in messages: "Start date" → "Start date must include a month". */
  date: string;
  /** Names the time in messages: "Start time" → "Enter the start time". */
  time: string;
  /** Said when every box is blank and an answer is required: "Enter the date and time the event starts". */
  missing: string;
}

const DATE_PARTS: DateTimePart[] = ['day', 'month', 'year'];

/** "9:30", "09:30", "0930", "9.30", "9am", "2:30pm" → "HH:mm"; null if it is not a real time. */
export function parseClockTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?\s*(am|pm)?$/i.exec(text.trim().replace(/\s+/g, ''));
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (match[2] === undefined && !meridiem) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function joinParts(parts: DateTimePart[]): string {
  const names = parts.map((p) => (p === 'time' ? 'time' : p));
  return names.length === 1 ? `a ${names[0]}` : `a ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Reads one NHS date-and-time input (`<id>-day`, `<id>-month`, `<id>-year`,
 * `<id>-time`) as UK clock time. Messages follow the NHS date input
 * pattern: "Enter …" when blank, "Start date must include a month" when a
 * part is missing, "Start date must be a real date" when it cannot be right.
 */
export function readDateTimeInput(form: FormData, id: string, labels: DateTimeLabels, required: boolean): DateTimeReading {
  const text = (part: DateTimePart) => String(form.get(`${id}-${part}`) ?? '').trim();
  const value: DateInputValue = { day: text('day'), month: text('month'), year: text('year'), time: text('time') };
  const typed = (part: DateTimePart) => (value[part] ?? '') !== '';
  if (!DATE_PARTS.some(typed) && !typed('time')) {
    return required ? { value, iso: null, error: { message: labels.missing, parts: [...DATE_PARTS, 'time'] } } : { value, iso: null };
  }
  const missingDate = DATE_PARTS.filter((p) => !typed(p));
  if (missingDate.length) {
    return { value, iso: null, error: { message: `${labels.date} must include ${joinParts(missingDate)}`, parts: missingDate } };
  }
  const [day, month, year] = [Number(value.day), Number(value.month), Number(value.year)];
  const notNumbers = DATE_PARTS.filter((p) => !/^\d+$/.test(value[p] ?? ''));
  if (notNumbers.length) return { value, iso: null, error: { message: `${labels.date} must be a real date`, parts: notNumbers } };
  if (!/^\d{4}$/.test(value.year ?? '')) return { value, iso: null, error: { message: `${labels.date} must include a year with 4 numbers, like 2026`, parts: ['year'] } };
  const real = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || real.getUTCDate() !== day || real.getUTCMonth() !== month - 1) {
    return { value, iso: null, error: { message: `${labels.date} must be a real date`, parts: month < 1 || month > 12 ? ['month'] : ['day'] } };
  }
  if (!typed('time')) return { value, iso: null, error: { message: `${labels.date} must include a time`, parts: ['time'] } };
  const clock = parseClockTime(value.time ?? '');
  if (!clock) return { value, iso: null, error: { message: `${labels.time} must be a real time, like 09:30 or 14:00`, parts: ['time'] } };
  const local = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${clock}`;
  const iso = londonLocalToUtc(local);
  // Only an hour skipped when the clocks go forward has no UK time.
  if (!iso) return { value, iso: null, error: { message: `${labels.time} does not exist in the UK on that day (the clocks go forward): choose another time`, parts: ['time'] } };
  return { value, iso };
}

/** A UTC moment as the date input's parts in UK clock time ("1", "12", "2026", "09:30"). */
export function utcToDateInputValue(iso: string | null | undefined): DateInputValue {
  if (!iso) return {};
  const local = utcToLondonLocal(iso);
  const [date, time] = local.split('T');
  const [year, month, day] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year, time };
}

import { ReviewCadence } from './commitment.enums';

/** Months between progress updates for each cadence. */
export const CADENCE_MONTHS: Record<ReviewCadence, number> = {
  [ReviewCadence.MONTHLY]: 1,
  [ReviewCadence.QUARTERLY]: 3,
  [ReviewCadence.SIX_MONTHLY]: 6,
  [ReviewCadence.ANNUAL]: 12,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date (YYYY-MM-DD) as UTC midnight. */
function parseDate(date: string): Date {
  if (!DATE.test(date)) throw new Error(`Not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/** YYYY-MM-DD of a Date, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The date `months` months after `date`; the end of a shorter month is kept
 * (31 January + 1 month = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const d = parseDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoDate(target);
}

/**
 * When the next progress update is due: one cadence after the latest update
 * (its reported date) or, before any update, after the commitment was made.
 */
export function nextUpdateDue(
  cadence: ReviewCadence,
  createdOn: string,
  lastReportedOn: string | null,
): string {
  const from = lastReportedOn && lastReportedOn > createdOn ? lastReportedOn : createdOn;
  return addMonths(from, CADENCE_MONTHS[cadence]);
}

/** Overdue: the next update was due before today. */
export function isOverdue(nextDue: string, today: string): boolean {
  return nextDue < today;
}

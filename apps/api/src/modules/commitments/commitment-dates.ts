import { isoDate } from './commitment-schedule';

/** A real calendar date written as YYYY-MM-DD (not 2026-02-30). */
export function realDate(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && isoDate(d) === date;
}

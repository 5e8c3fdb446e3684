import type { DashboardPeriod } from './dashboard-measure';

/**
 * Dashboard periods are NHS financial years (1 April to 31 March) and their
 * quarters (Q1 = April to June). A period is half-open: `to` is the first day
 * after it. No period means all time.
 */
export interface PeriodChoice {
  /** The year the financial year starts in: 2024 is 2024/25. */
  financialYear: number;
  /** 1–4, or null for the whole year. */
  quarter: number | null;
}

export const FIRST_FINANCIAL_YEAR = 2015;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The interval a choice covers (UTC dates). */
export function periodOf(choice: PeriodChoice): DashboardPeriod {
  const { financialYear: fy, quarter } = choice;
  if (quarter === null) {
    return { from: new Date(Date.UTC(fy, 3, 1)), to: new Date(Date.UTC(fy + 1, 3, 1)) };
  }
  const startMonth = 3 + (quarter - 1) * 3; // April = month 3
  return {
    from: new Date(Date.UTC(fy, startMonth, 1)),
    to: new Date(Date.UTC(fy, startMonth + 3, 1)),
  };
}

/** "2024/25", "2024/25 Q2 (Jul to Sep 2024)", or "All years". */
export function periodLabel(choice: PeriodChoice | null): string {
  if (!choice) return 'All years';
  const fy = `${choice.financialYear}/${String((choice.financialYear + 1) % 100).padStart(2, '0')}`;
  if (choice.quarter === null) return fy;
  const { from, to } = periodOf(choice);
  const last = new Date(to.getTime() - 86_400_000);
  return `${fy} Q${choice.quarter} (${MONTHS[from.getUTCMonth()]} to ${MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()})`;
}

/** Short quarter label for chart axes: "2024/25 Q1". */
export function quarterLabel(financialYear: number, quarter: number): string {
  return `${financialYear}/${String((financialYear + 1) % 100).padStart(2, '0')} Q${quarter}`;
}

/** The financial year and quarter a date falls in. */
export function quarterOf(date: Date | string): { financialYear: number; quarter: number } {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  const month = d.getUTCMonth();
  const financialYear = month >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return { financialYear, quarter: Math.floor(((month + 9) % 12) / 3) + 1 };
}

/** The financial year that today falls in. */
export function currentFinancialYear(now: Date): number {
  return quarterOf(now).financialYear;
}

/** Validates a choice from a client; returns an error message or null. */
export function periodChoiceError(choice: PeriodChoice, now: Date): string | null {
  const { financialYear: fy, quarter } = choice;
  if (!Number.isInteger(fy) || fy < FIRST_FINANCIAL_YEAR || fy > currentFinancialYear(now)) {
    return `Choose a financial year from ${FIRST_FINANCIAL_YEAR}/${String((FIRST_FINANCIAL_YEAR + 1) % 100)} to ${periodLabel({ financialYear: currentFinancialYear(now), quarter: null })}.`;
  }
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    return 'Choose a quarter from 1 to 4, or the whole year.';
  }
  return null;
}

/**
 * The quarters to draw a trend over: every quarter of the chosen period, or,
 * for all time, the last `allTimeQuarters` quarters up to now.
 */
export function trendQuarters(
  choice: PeriodChoice | null,
  now: Date,
  allTimeQuarters = 8,
): { financialYear: number; quarter: number; label: string; from: Date; to: Date }[] {
  const out: { financialYear: number; quarter: number; label: string; from: Date; to: Date }[] = [];
  const push = (financialYear: number, quarter: number) => {
    const p = periodOf({ financialYear, quarter });
    out.push({ financialYear, quarter, label: quarterLabel(financialYear, quarter), ...p });
  };
  if (choice && choice.quarter !== null) {
    push(choice.financialYear, choice.quarter);
  } else if (choice) {
    for (let q = 1; q <= 4; q++) push(choice.financialYear, q);
  } else {
    let { financialYear, quarter } = quarterOf(now);
    const list: [number, number][] = [];
    for (let i = 0; i < allTimeQuarters; i++) {
      list.unshift([financialYear, quarter]);
      quarter -= 1;
      if (quarter === 0) {
        quarter = 4;
        financialYear -= 1;
      }
    }
    for (const [fy, q] of list) push(fy, q);
  }
  return out;
}

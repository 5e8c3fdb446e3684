/** What the board pack form sends back: errors against fields and what was chosen. */
export interface BoardPackFormState {
  errors: ReadonlyArray<{ field?: string; message: string }>;
  values?: { financialYear: string; quarter: string; themeKey: string; format: string };
  submittedAt?: number;
}

export const BOARD_PACK_FORMATS = [
  { value: 'PDF', label: 'PDF (A4, for printing and board papers)' },
  { value: 'XLSX', label: 'Excel workbook (XLSX)' },
  { value: 'CSV', label: 'CSV (the figures in one file)' },
] as const;

export const FIRST_FINANCIAL_YEAR = 2015;

/** The financial year (start year) that a date falls in: April to March. */
export function currentFinancialYear(now: Date): number {
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

export const fyLabel = (fy: number): string => `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;

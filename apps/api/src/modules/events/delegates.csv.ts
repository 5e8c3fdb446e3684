/**
 * CSV writing with formula-injection protection: a cell starting with
 * =, +, -, @, tab or carriage return is prefixed with a single quote so
 * spreadsheet programs treat it as text (OWASP CSV injection guidance).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  const text = neutraliseCell(value === null || value === undefined ? '' : String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

import ExcelJS from 'exceljs';

import { csvCell, CsvError, parseCsv } from './csv';
import { IMPORT_COLUMNS, ImportFileError } from './import-rows';

export type ImportFormat = 'csv' | 'xlsx';

const CSV_TYPES = new Set(['text/csv', 'text/plain']);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import format of an uploaded file (by its checked content type), or null. */
export function importFormatOf(contentType: string): ImportFormat | null {
  if (CSV_TYPES.has(contentType)) return 'csv';
  if (contentType === XLSX_TYPE) return 'xlsx';
  return null;
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel's plain "CSV" save writes). */
function decodeText(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A cell as the text a person sees (dates as YYYY-MM-DD, formulas by their result). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('hyperlink' in value && typeof value.hyperlink === 'string') return value.hyperlink;
    if ('error' in value) return '';
  }
  return String(value);
}

/** The rows of the file as text cells: CSV as written, XLSX from its first worksheet. */
export async function readSpreadsheet(format: ImportFormat, data: Buffer): Promise<string[][]> {
  if (format === 'csv') {
    try {
      return parseCsv(decodeText(data));
    } catch (error) {
      if (error instanceof CsvError)
        throw new ImportFileError(`The CSV file cannot be read. ${error.message}.`);
      throw error;
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError(
      'The XLSX file cannot be read. Save it again from your spreadsheet program, or save it as CSV.',
    );
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw new ImportFileError('The XLSX file has no worksheet.');
  const rows: string[][] = [];
  const width = Math.max(sheet.columnCount, 1);
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  // eachRow skips trailing blanks; fill gaps so row numbers match the sheet.
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

export interface TemplateMetric {
  key: string;
  label: string;
  unit: string;
  definition: string;
}

/** The CSV template: the headings only (guidance is in the XLSX and on the import page). */
export function csvTemplate(): string {
  return `${IMPORT_COLUMNS.map((c) => csvCell(c.label)).join(',')}\r\n`;
}

/** The XLSX template: a Figures sheet with the headings, a Guidance sheet and the metric dictionary. */
export async function xlsxTemplate(metrics: TemplateMetric[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Midlands Improvement Commons';
  const figures = wb.addWorksheet('Figures');
  figures.addRow(IMPORT_COLUMNS.map((c) => c.label));
  figures.getRow(1).font = { bold: true };
  figures.columns.forEach((col) => (col.width = 22));
  figures.views = [{ state: 'frozen', ySplit: 1 }];
  const keys = metrics.map((m) => m.key);
  if (keys.length) {
    // A drop-down of the dictionary's keys on the metric_key column.
    for (let r = 2; r <= 1001; r++) {
      figures.getCell(r, 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`Metrics!$A$2:$A$${keys.length + 1}`],
      };
    }
  }
  const guidance = wb.addWorksheet('Guidance');
  guidance.addRow(['Column', 'What to enter']);
  guidance.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS) guidance.addRow([c.label, c.help]);
  guidance.getColumn(1).width = 16;
  guidance.getColumn(2).width = 110;
  const dict = wb.addWorksheet('Metrics');
  dict.addRow(['metric_key', 'Label', 'Unit', 'Definition']);
  dict.getRow(1).font = { bold: true };
  for (const m of metrics) dict.addRow([m.key, m.label, m.unit, m.definition]);
  dict.getColumn(1).width = 34;
  dict.getColumn(2).width = 40;
  dict.getColumn(4).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The error report: every row with errors, one line per error, in the file's own row numbers. */
export function errorReportCsv(
  rows: {
    rowNumber: number;
    cells: Record<string, string>;
    errors: { column: string; message: string }[];
  }[],
): string {
  const lines = [['row', 'column', 'value', 'error'].join(',')];
  for (const r of rows)
    for (const e of r.errors)
      lines.push(
        [r.rowNumber, e.column, r.cells[e.column] ?? '', e.message].map(csvCell).join(','),
      );
  return `${lines.join('\r\n')}\r\n`;
}

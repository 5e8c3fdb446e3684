/**
 * A small RFC 4180 CSV reader for outcome figure imports: quoted fields,
 * doubled quotes inside them, commas and line breaks inside quotes, CRLF or
 * LF line ends, a UTF-8 byte order mark, and a final line with or without a
 * line break. Fully blank lines are skipped.
 */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = input[i + 1];
          if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
            throw new CsvError(
              `Row ${line}: a quote must be followed by a comma or a line end`,
              line,
            );
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted || field !== '')
        throw new CsvError(`Row ${line}: a quote can only start a field`, line);
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      endField();
    } else if (c === '\r') {
      if (input[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (c === '\n') {
      endRow();
      line++;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(`Row ${line}: a quoted field is not closed`, line);
  if (field !== '' || fieldStarted || row.length) endRow();
  return rows;
}

/**
 * A cell for a downloadable CSV (the error report): quoted when needed, and a
 * cell starting with = + - @ (or a tab or carriage return) prefixed with ' so
 * spreadsheets do not run it as a formula.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Reading and checking the rows of an outcome-figure import (pure functions:
 * no database). A row becomes the figure `addOutcomeMeasurement` would save,
 * or a list of errors naming the column and saying what to fix.
 */

/** The template's columns, in order, with what each holds. */
export const IMPORT_COLUMNS = [
  {
    key: 'metric_key',
    label: 'metric_key',
    help: 'Metric key from the dictionary (see the Metrics sheet), e.g. LOCAL_RESIDENTS_INTO_JOBS. Required.',
  },
  {
    key: 'value',
    label: 'value',
    help: 'The figure, a number (e.g. 150 or 1,250.5). "more than 150" is read as qualifier "more than" and value 150. Required.',
  },
  {
    key: 'qualifier',
    label: 'qualifier',
    help: 'As the source words it: "more than", "about", "at least"... Optional.',
  },
  {
    key: 'period_start',
    label: 'period_start',
    help: 'First day of the period the figure covers (YYYY-MM-DD or DD/MM/YYYY). Leave blank for a point in time.',
  },
  {
    key: 'period_end',
    label: 'period_end',
    help: 'Last day of the period, or the date of a point-in-time figure (YYYY-MM-DD or DD/MM/YYYY). Required.',
  },
  {
    key: 'cumulative',
    label: 'cumulative',
    help: '"yes" for a running total since the practice began, "no" (or blank) for a figure for its own period.',
  },
  { key: 'baseline', label: 'baseline', help: 'Baseline value, where known. Optional.' },
  {
    key: 'source_title',
    label: 'source_title',
    help: 'Title of the source document. A source title or link is required.',
  },
  { key: 'source_url', label: 'source_url', help: 'Link to the source (http or https).' },
  {
    key: 'note',
    label: 'note',
    help: 'Anything a reader needs to know about the figure. Optional.',
  },
] as const;

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]['key'];

/** Other headings people write for the same columns (compared lower-case, spaces and dashes as _). */
const ALIASES: Record<string, ImportColumn> = {
  metric: 'metric_key',
  measure: 'metric_key',
  figure: 'value',
  amount: 'value',
  from: 'period_start',
  start: 'period_start',
  start_date: 'period_start',
  to: 'period_end',
  end: 'period_end',
  end_date: 'period_end',
  date: 'period_end',
  measured_on: 'period_end',
  running_total: 'cumulative',
  source: 'source_title',
  link: 'source_url',
  url: 'source_url',
  notes: 'note',
};

export const MAX_IMPORT_ROWS = 5000;

export interface ImportFigure {
  metricKey: string;
  value: number;
  qualifier: string | null;
  periodStart: string | null;
  measuredOn: string;
  cumulative: boolean;
  baseline: number | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  note: string | null;
}

export interface ImportRowError {
  column: string;
  message: string;
}

export interface CheckedRow {
  rowNumber: number;
  cells: Record<string, string>;
  figure: ImportFigure | null;
  errors: ImportRowError[];
}

export class ImportFileError extends Error {}

function normaliseHeading(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Maps the header row to columns. Unknown headings are an error (a typo would
 * otherwise silently drop a column); metric_key, value and period_end are required.
 */
export function readHeader(header: string[]): (ImportColumn | null)[] {
  const known = new Set<string>(IMPORT_COLUMNS.map((c) => c.key));
  const seen = new Set<ImportColumn>();
  const unknown: string[] = [];
  const columns = header.map((raw) => {
    const h = normaliseHeading(raw);
    if (!h) return null;
    const column = (known.has(h) ? h : ALIASES[h]) as ImportColumn | undefined;
    if (!column) {
      unknown.push(raw.trim());
      return null;
    }
    if (seen.has(column))
      throw new ImportFileError(`The column "${column}" appears twice in the first row.`);
    seen.add(column);
    return column;
  });
  if (unknown.length)
    throw new ImportFileError(
      `The first row has headings the template does not: ${unknown.map((u) => `"${u}"`).join(', ')}. Use the template's headings.`,
    );
  const missing = (['metric_key', 'value', 'period_end'] as const).filter((c) => !seen.has(c));
  if (missing.length)
    throw new ImportFileError(
      `The first row must name the columns; missing: ${missing.join(', ')}. Download the template to see them.`,
    );
  return columns;
}

const QUALIFIER_WORDS = [
  'more than',
  'over',
  'at least',
  'about',
  'around',
  'approximately',
  'almost',
  'nearly',
  'up to',
  'less than',
  'under',
];

/** "1,250", "£1,250.50", "12%", "more than 150" → { value, qualifier }. */
export function parseValue(text: string): { value: number; qualifier: string | null } | null {
  let t = text.trim().toLowerCase();
  let qualifier: string | null = null;
  if (t.startsWith('>')) {
    qualifier = 'more than';
    t = t.replace(/^>=?\s*/, '');
  } else if (t.startsWith('~')) {
    qualifier = 'about';
    t = t.slice(1).trim();
  } else {
    for (const word of QUALIFIER_WORDS) {
      if (t.startsWith(`${word} `)) {
        qualifier = word;
        t = t.slice(word.length).trim();
        break;
      }
    }
  }
  t = t.replace(/^£/, '').replace(/%$/, '').trim();
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(t)) return null;
  const value = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(value) || Math.abs(value) >= 1e14) return null;
  return { value, qualifier };
}

/** YYYY-MM-DD or DD/MM/YYYY (UK order) → YYYY-MM-DD, or null when not a real date. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  if (y < 1990 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0', 'in-period', 'in period'].includes(t)) return false;
  if (['yes', 'y', 'true', '1', 'cumulative'].includes(t)) return true;
  return null;
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** What an existing current figure looks like, to refuse a row that repeats it. */
export function figureKey(f: {
  metricKey: string;
  measuredOn: string;
  periodStart: string | null;
  cumulative: boolean;
}): string {
  return [f.metricKey, f.periodStart ?? '', f.measuredOn, f.cumulative ? 'c' : 'p'].join('|');
}

export interface CheckContext {
  /** Metric keys in the dictionary. */
  metricKeys: ReadonlySet<string>;
  /** figureKey()s of the practice's current figures. */
  existing: ReadonlySet<string>;
  /** Today (YYYY-MM-DD): figures cannot be dated in the future. */
  today: string;
}

/**
 * Checks one data row. `seen` collects figureKeys of earlier valid rows in
 * the same file, so a repeated row is reported rather than saved twice.
 */
export function checkRow(
  rowNumber: number,
  columns: (ImportColumn | null)[],
  raw: string[],
  ctx: CheckContext,
  seen: Map<string, number>,
): CheckedRow {
  const cells: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (c) cells[c] = (raw[i] ?? '').trim();
  });
  const cell = (c: ImportColumn) => cells[c] ?? '';
  const errors: ImportRowError[] = [];
  const err = (column: ImportColumn, message: string) => errors.push({ column, message });

  const metricKey = cell('metric_key').toUpperCase();
  if (!metricKey) err('metric_key', 'Enter a metric key.');
  else if (!ctx.metricKeys.has(metricKey))
    err('metric_key', `"${cell('metric_key')}" is not a metric in the dictionary.`);

  let value: number | null = null;
  let qualifier = cell('qualifier') || null;
  if (!cell('value')) err('value', 'Enter the figure.');
  else {
    const parsed = parseValue(cell('value'));
    if (!parsed) err('value', `"${cell('value')}" is not a number.`);
    else {
      value = parsed.value;
      if (parsed.qualifier && qualifier && parsed.qualifier !== qualifier.toLowerCase())
        err(
          'qualifier',
          `The value says "${parsed.qualifier}" but the qualifier says "${qualifier}".`,
        );
      qualifier = qualifier ?? parsed.qualifier;
    }
  }
  if (qualifier && qualifier.length > 40)
    err('qualifier', 'The qualifier must be 40 characters or fewer.');

  const measuredOn = cell('period_end') ? parseDate(cell('period_end')) : null;
  if (!cell('period_end'))
    err('period_end', 'Enter the date the figure applies to (the end of its period).');
  else if (!measuredOn)
    err('period_end', `"${cell('period_end')}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`);
  else if (measuredOn > ctx.today) err('period_end', 'The date cannot be in the future.');

  const periodStart = cell('period_start') ? parseDate(cell('period_start')) : null;
  if (cell('period_start') && !periodStart)
    err('period_start', `"${cell('period_start')}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`);
  else if (periodStart && measuredOn && periodStart > measuredOn)
    err('period_start', 'The period must start on or before its end.');

  const cumulative = parseYesNo(cell('cumulative'));
  if (cumulative === null) err('cumulative', `"${cell('cumulative')}" must be yes or no.`);

  let baseline: number | null = null;
  if (cell('baseline')) {
    const parsed = parseValue(cell('baseline'));
    if (!parsed || parsed.qualifier) err('baseline', `"${cell('baseline')}" is not a number.`);
    else baseline = parsed.value;
  }

  const sourceTitle = cell('source_title') || null;
  const sourceUrl = cell('source_url') || null;
  if (!sourceTitle && !sourceUrl)
    err('source_title', 'Give the source of the figure: a document title or a link.');
  if (sourceTitle && sourceTitle.length > 500)
    err('source_title', 'The source title must be 500 characters or fewer.');
  if (sourceUrl && (sourceUrl.length > 1000 || !isHttpUrl(sourceUrl)))
    err('source_url', 'The source link must be a web address starting with http:// or https://.');
  const note = cell('note') || null;
  if (note && note.length > 2000) err('note', 'The note must be 2,000 characters or fewer.');

  if (errors.length || value === null || !measuredOn || cumulative === null)
    return { rowNumber, cells, figure: null, errors };

  const figure: ImportFigure = {
    metricKey,
    value,
    qualifier,
    periodStart,
    measuredOn,
    cumulative,
    baseline,
    sourceTitle,
    sourceUrl,
    note,
  };
  const key = figureKey(figure);
  if (ctx.existing.has(key))
    return {
      rowNumber,
      cells,
      figure: null,
      errors: [
        {
          column: 'metric_key',
          message:
            'This practice already has a figure for this metric and period: correct it on the outcomes page instead.',
        },
      ],
    };
  const earlier = seen.get(key);
  if (earlier !== undefined)
    return {
      rowNumber,
      cells,
      figure: null,
      errors: [
        {
          column: 'metric_key',
          message: `Row ${earlier} already gives this metric for the same period.`,
        },
      ],
    };
  seen.set(key, rowNumber);
  return { rowNumber, cells, figure, errors: [] };
}

/** Drops fully blank rows and says how many data rows there are (header excluded). */
export function dataRows(rows: string[][]): {
  header: string[];
  body: { rowNumber: number; cells: string[] }[];
} {
  const [header, ...rest] = rows;
  if (!header || header.every((h) => !h.trim()))
    throw new ImportFileError('The file is empty: the first row must hold the template headings.');
  const body = rest
    .map((cells, i) => ({ rowNumber: i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!body.length) throw new ImportFileError('The file has headings but no figures.');
  if (body.length > MAX_IMPORT_ROWS)
    throw new ImportFileError(
      `The file has ${body.length.toLocaleString('en-GB')} rows; the most one import takes is ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split it into smaller files.`,
    );
  return { header, body };
}

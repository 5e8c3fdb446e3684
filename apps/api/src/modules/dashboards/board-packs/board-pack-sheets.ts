import ExcelJS from 'exceljs';

import type { SectionTable } from '../../../common/dashboards/dashboard-measure';
import type { BoardPackDocument, PackMeasure, PackProgress } from './board-pack-document';
import { chartTable } from './board-pack-pdf';

const stamp = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Neutralises spreadsheet formulas in text: a leading = + - @ (or tab/CR) gets a quote. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const MEASURE_HEADER = [
  'Key',
  'Group',
  'Measure',
  'Value',
  'At least',
  'Unit',
  'Per 100,000',
  'Records (n)',
  'How it is calculated',
];
const measureRow = (m: PackMeasure): (string | number | null)[] => [
  m.key,
  m.group,
  m.label,
  m.value,
  m.atLeast ? 'yes' : 'no',
  m.unit,
  m.per100k,
  m.basis,
  m.aggregation,
];

/** Every table of every section, charts included (as their numbers). */
function sectionTables(pack: BoardPackDocument): { section: string; table: SectionTable }[] {
  return pack.sections.flatMap((s) => [
    ...(s.content.figures.length
      ? [
          {
            section: s.title,
            table: {
              caption: `${s.title}: figures`,
              columns: [
                { label: 'Figure', numeric: false },
                { label: 'Value', numeric: true },
                { label: 'Unit', numeric: false },
                { label: 'Note', numeric: false },
              ],
              rows: s.content.figures.map((f) => ({
                cells: [
                  { text: f.label, value: null, href: null },
                  {
                    text: `${f.atLeast ? 'at least ' : ''}${f.value ?? ''}`,
                    value: f.value,
                    href: null,
                  },
                  { text: f.unit, value: null, href: null },
                  { text: f.note ?? '', value: null, href: null },
                ],
              })),
              empty: '',
            },
          },
        ]
      : []),
    ...s.content.tables.map((table) => ({ section: s.title, table })),
    ...s.content.charts.map((c) => ({ section: s.title, table: chartTable(c) })),
  ]);
}

/** A cell as stored: numbers as numbers, text neutralised. */
const cellOf = (
  c: { text: string; value: number | null },
  numeric: boolean,
): string | number | null => (numeric && c.value !== null ? c.value : safeText(c.text));

function sheetName(base: string, used: Set<string>): string {
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 28) || 'Table';
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 26)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * The board pack as a workbook: About (filters, generation time, rules),
 * Headlines, Measures, a sheet per section table or chart, and Sources.
 * Numbers are stored as numbers.
 */
export async function boardPackXlsx(
  pack: BoardPackDocument,
  progress: PackProgress,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Midlands Improvement Commons';
  wb.created = pack.generatedAt;
  wb.modified = pack.generatedAt;
  wb.title = `${pack.title}: ${pack.periodLabel}`;
  const used = new Set<string>();
  const sheet = (name: string, header: string[]) => {
    const ws = wb.addWorksheet(sheetName(name, used));
    ws.addRow(header.map(safeText)).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    header.forEach((h, i) => {
      ws.getColumn(i + 1).width = Math.min(60, Math.max(12, h.length + 2));
    });
    return ws;
  };

  const about = sheet('About', ['Item', 'Value']);
  about.addRow(['Board pack', safeText(pack.title)]);
  about.addRow(['Area', safeText(pack.areaName)]);
  for (const f of pack.filters) about.addRow([safeText(f.label), safeText(f.value)]);
  about.addRow(['Generated at', stamp(pack.generatedAt)]);
  pack.aggregationRules.forEach((r, i) =>
    about.addRow([`How these figures are calculated (${i + 1})`, safeText(r)]),
  );
  about.getColumn(2).width = 100;

  const headlines = sheet('Headlines', MEASURE_HEADER);
  for (const m of pack.headlines)
    headlines.addRow(measureRow(m).map((v) => (typeof v === 'string' ? safeText(v) : v)));
  const measures = sheet('Measures', MEASURE_HEADER);
  for (const m of pack.measures)
    measures.addRow(measureRow(m).map((v) => (typeof v === 'string' ? safeText(v) : v)));
  await progress(0.3);

  const tables = sectionTables(pack);
  for (const { section, table } of tables) {
    const ws = sheet(table.caption, [`${section}: ${table.caption}`]);
    ws.addRow(table.columns.map((c) => safeText(c.label))).font = { bold: true };
    for (const row of table.rows)
      ws.addRow(row.cells.map((c, i) => cellOf(c, table.columns[i]?.numeric ?? false)));
    table.columns.forEach((_, i) => (ws.getColumn(i + 1).width = i === 0 ? 40 : 16));
  }
  await progress(0.7);

  const sources = sheet('Sources', [
    'Measure',
    'Figure',
    'Qualifier',
    'Value',
    'Date',
    'Source',
    'Source URL',
  ]);
  for (const s of pack.sources) {
    sources.addRow([
      safeText(s.measureLabel),
      safeText(s.about),
      s.qualifier ? safeText(s.qualifier) : null,
      s.value,
      s.measuredOn,
      s.sourceTitle ? safeText(s.sourceTitle) : null,
      s.sourceUrl ? safeText(s.sourceUrl) : null,
    ]);
  }
  const out = Buffer.from(await wb.xlsx.writeBuffer());
  await progress(1);
  return out;
}

const csvCell = (v: string | number | null): string => {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return `"${safeText(v).replace(/"/g, '""')}"`;
};

/**
 * The board pack's figures as one CSV, a row per figure with its section:
 * About, Headlines, Measures, each section's figures, tables and chart
 * numbers (one row per numeric cell), and Sources.
 */
export async function boardPackCsv(
  pack: BoardPackDocument,
  progress: PackProgress,
): Promise<Buffer> {
  const header = ['Section', 'Table', 'Row', 'Column', 'Value', 'Text', 'Unit', 'At least', 'Note'];
  const lines: (string | number | null)[][] = [header];
  const add = (...cells: (string | number | null)[]) => lines.push(cells);
  for (const f of pack.filters)
    add('About', 'Filters', f.label, null, null, f.value, null, null, null);
  add('About', 'Filters', 'Generated at', null, null, stamp(pack.generatedAt), null, null, null);
  pack.aggregationRules.forEach((r, i) =>
    add(
      'About',
      'How these figures are calculated',
      String(i + 1),
      null,
      null,
      r,
      null,
      null,
      null,
    ),
  );
  for (const [section, list] of [
    ['Headlines', pack.headlines],
    ['Measures', pack.measures],
  ] as const) {
    for (const m of list) {
      add(
        section,
        null,
        m.label,
        'Value',
        m.value,
        m.key,
        m.unit,
        m.atLeast ? 'yes' : 'no',
        m.aggregation,
      );
      if (m.per100k !== null)
        add(
          section,
          null,
          m.label,
          'Per 100,000',
          m.per100k,
          m.key,
          m.unit,
          m.atLeast ? 'yes' : 'no',
          null,
        );
    }
  }
  await progress(0.4);
  for (const { section, table } of sectionTables(pack)) {
    for (const row of table.rows) {
      const rowLabel = row.cells[0]?.text ?? '';
      row.cells.forEach((c, i) => {
        if (i === 0 && row.cells.length > 1) return;
        const col = table.columns[i];
        add(
          section,
          table.caption,
          rowLabel,
          col?.label ?? '',
          col?.numeric ? c.value : null,
          c.text,
          null,
          null,
          null,
        );
      });
    }
  }
  await progress(0.8);
  for (const s of pack.sources) {
    add(
      'Sources',
      s.measureLabel,
      s.about,
      s.measuredOn,
      s.value,
      s.qualifier,
      null,
      null,
      [s.sourceTitle, s.sourceUrl].filter(Boolean).join(' '),
    );
  }
  await progress(1);
  return Buffer.from(`${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

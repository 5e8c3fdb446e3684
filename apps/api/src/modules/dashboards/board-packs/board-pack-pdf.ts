import PDFDocument from 'pdfkit';

import type { SectionChart, SectionTable } from '../../../common/dashboards/dashboard-measure';
import type { BoardPackDocument, PackMeasure, PackProgress } from './board-pack-document';
import { formatValue } from './board-pack-document';

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const INK = '#212b32';
const GREY = '#4c6272';
const RULE = '#d8dde0';
const BLUE = '#005eb8';
/** Colour-blind-safe series colours (Okabe–Ito). */
const SERIES = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000'];

const num = (n: number | null): string =>
  n === null ? '–' : n.toLocaleString('en-GB', { maximumFractionDigits: 1 });
const stamp = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The board pack as an A4 PDF: built-in Helvetica only (text stays
 * extractable), tables paginated with their header repeated, charts drawn as
 * vector paths with axes and labels and followed by the same numbers as a table.
 */
export async function boardPackPdf(
  pack: BoardPackDocument,
  progress: PackProgress,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${pack.title}: ${pack.periodLabel}`,
      Author: 'Midlands Improvement Commons',
      Subject: `Anchor institutions' 4th-purpose figures for ${pack.areaName}`,
      CreationDate: pack.generatedAt,
      ModDate: pack.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica');
  const steps = 4 + pack.sections.length;
  let step = 0;
  const advance = () => progress(++step / steps);

  // Title, filters, generation time.
  doc.fillColor(BLUE).font('Helvetica-Bold').fontSize(20).text(pack.areaName);
  doc.fillColor(INK).font('Helvetica').fontSize(14).text(`Board pack: ${pack.periodLabel}`);
  doc.moveDown(0.5).fontSize(10).fillColor(GREY);
  for (const f of pack.filters) doc.text(`${f.label}: ${f.value}`);
  doc.text(`Generated: ${stamp(pack.generatedAt)}`);
  doc
    .moveDown(0.3)
    .text(
      'Figures come from published case studies and adoptions on the Midlands Improvement Commons. The same filters give the same figures.',
    );
  doc.fillColor(INK);

  heading(doc, 'Headline figures');
  if (!pack.headlines.length) {
    para(doc, 'No outcome figures have been recorded for this period.');
  } else {
    for (const h of pack.headlines) headline(doc, h);
  }
  await advance();

  heading(doc, 'All measures');
  table(doc, measuresTable('All measures', [...pack.headlines, ...pack.measures]));
  await advance();

  for (const s of pack.sections) {
    heading(doc, s.title);
    if (s.content.summary) para(doc, s.content.summary);
    for (const f of s.content.figures) {
      headline(doc, {
        label: f.label,
        value: f.value,
        atLeast: f.atLeast,
        unit: f.unit,
        basis: null,
        aggregation: f.note ?? '',
      });
    }
    for (const c of s.content.charts) chart(doc, c);
    for (const t of s.content.tables) table(doc, t);
    await advance();
  }

  heading(doc, 'How these figures are calculated');
  for (const rule of pack.aggregationRules) bullet(doc, rule);
  await advance();

  heading(doc, 'Sources');
  if (!pack.sources.length) {
    para(doc, 'No sourced figures were counted for this period.');
  } else {
    table(
      doc,
      {
        caption: 'The source of every figure counted',
        columns: [
          { label: 'Measure', numeric: false },
          { label: 'Figure', numeric: false },
          { label: 'Value', numeric: true },
          { label: 'Date', numeric: false },
          { label: 'Source', numeric: false },
        ],
        rows: pack.sources.map((s) => ({
          cells: [
            { text: s.measureLabel, value: null, href: null },
            { text: s.about, value: null, href: null },
            {
              text: `${s.qualifier ? `${s.qualifier} ` : ''}${num(s.value)}`,
              value: s.value,
              href: null,
            },
            { text: s.measuredOn, value: null, href: null },
            {
              text: [s.sourceTitle ?? 'No source given', s.sourceUrl].filter(Boolean).join('\n'),
              value: null,
              href: null,
            },
          ],
        })),
        empty: '',
      },
      [0.18, 0.24, 0.12, 0.13, 0.33],
    );
  }
  await advance();

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .fontSize(8)
      .fillColor(GREY)
      .text(
        `${pack.title}, ${pack.periodLabel}. Generated ${stamp(pack.generatedAt)}. Page ${i + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - 35,
        { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottomOf = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

function ensure(doc: Doc, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensure(doc, 60);
  doc.x = MARGIN;
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(BLUE).text(text);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(INK);
}

function para(doc: Doc, text: string): void {
  doc.x = MARGIN;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(INK)
    .text(text, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

function bullet(doc: Doc, text: string): void {
  doc.x = MARGIN;
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(INK)
    .list([text], { bulletRadius: 1.5, textIndent: 10 });
  doc.moveDown(0.2);
}

function headline(
  doc: Doc,
  h: Pick<PackMeasure, 'label' | 'value' | 'atLeast' | 'unit' | 'aggregation'> & {
    basis: number | null;
  },
): void {
  ensure(doc, 50);
  doc.x = MARGIN;
  doc
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(INK)
    .text(`${formatValue(h.value, h.atLeast)} ${h.value === null ? '' : h.unit}`.trim());
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(h.label + (h.basis !== null ? ` (n = ${h.basis})` : ''));
  if (h.aggregation)
    doc.fontSize(8).fillColor(GREY).text(h.aggregation).fillColor(INK).fontSize(10);
  doc.moveDown(0.4);
}

function measuresTable(caption: string, measures: PackMeasure[]): SectionTable {
  return {
    caption,
    columns: [
      { label: 'Measure', numeric: false },
      { label: 'Value', numeric: true },
      { label: 'Unit', numeric: false },
      { label: 'Per 100,000', numeric: true },
      { label: 'Records (n)', numeric: true },
    ],
    rows: measures.map((m) => ({
      cells: [
        { text: m.label, value: null, href: null },
        { text: formatValue(m.value, m.atLeast), value: m.value, href: null },
        { text: m.unit, value: null, href: null },
        { text: num(m.per100k), value: m.per100k, href: null },
        { text: String(m.basis), value: m.basis, href: null },
      ],
    })),
    empty: 'There are no measures yet.',
  };
}

/** A table, split across pages with its header repeated. */
function table(doc: Doc, t: SectionTable, fractions?: number[]): void {
  const width = contentWidth(doc);
  const n = t.columns.length;
  const shares = fractions ?? t.columns.map((_, i) => (i === 0 && n > 1 ? 2 : 1));
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => (s / total) * width);
  const pad = 3;
  ensure(doc, 50);
  doc.x = MARGIN;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(t.caption, { width });
  doc.moveDown(0.2);
  if (!t.rows.length) {
    para(doc, t.empty);
    return;
  }
  const rowHeight = (texts: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    return (
      Math.max(
        ...texts.map((s, i) => doc.heightOfString(s || ' ', { width: widths[i] - 2 * pad })),
      ) +
      2 * pad
    );
  };
  const drawRow = (texts: string[], bold: boolean) => {
    const h = rowHeight(texts, bold);
    const y = doc.y;
    let x = MARGIN;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(9)
      .fillColor(INK);
    texts.forEach((s, i) => {
      doc.text(s, x + pad, y + pad, {
        width: widths[i] - 2 * pad,
        align: t.columns[i]?.numeric ? 'right' : 'left',
      });
      x += widths[i];
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.5)
      .strokeColor(bold ? INK : RULE)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  const header = t.columns.map((c) => c.label);
  drawRow(header, true);
  for (const row of t.rows) {
    const texts = row.cells.map((c) => c.text);
    const h = rowHeight(texts, false);
    if (doc.y + h > bottomOf(doc)) {
      doc.addPage();
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .fillColor(GREY)
        .text(`${t.caption} (continued)`, MARGIN, doc.y, { width });
      drawRow(header, true);
    }
    drawRow(texts, false);
  }
  doc.moveDown(0.6);
}

/** Rounds a maximum up to 1, 2 or 5 × 10ⁿ for the axis. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

/** A bar or line chart as vector paths, then its summary and its numbers as a table. */
function chart(doc: Doc, c: SectionChart): void {
  const width = contentWidth(doc);
  const plotH = 150;
  ensure(doc, plotH + 90);
  doc.x = MARGIN;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text(c.caption, { width });
  doc.moveDown(0.3);
  const values = c.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = niceMax(Math.max(0, ...values));
  const left = MARGIN + 45;
  const right = MARGIN + width - 5;
  const top = doc.y + 5;
  const base = top + plotH;
  const plotW = right - left;
  const yOf = (v: number) => base - (v / max) * plotH;

  // Axes and gridlines with labels.
  doc.lineWidth(0.5);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    const y = yOf(v);
    doc
      .moveTo(left, y)
      .lineTo(right, y)
      .strokeColor(i === 0 ? INK : RULE)
      .stroke();
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(GREY)
      .text(num(v), MARGIN, y - 3, { width: 40, align: 'right', lineBreak: false });
  }
  doc.moveTo(left, top).lineTo(left, base).strokeColor(INK).stroke();
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor(GREY)
    .text(c.unit, MARGIN, top - 10, { width: 200, lineBreak: false });

  const nCat = Math.max(1, c.categories.length);
  const slot = plotW / nCat;
  if (c.kind === 'BAR') {
    const nSeries = Math.max(1, c.series.length);
    const barW = Math.max(2, (slot * 0.7) / nSeries);
    c.series.forEach((s, si) => {
      s.values.forEach((v, ci) => {
        if (v === null || v <= 0) return;
        const x = left + ci * slot + slot * 0.15 + si * barW;
        doc
          .rect(x, yOf(v), barW - 1, base - yOf(v))
          .fillColor(SERIES[si % SERIES.length])
          .fill();
      });
    });
  } else {
    c.series.forEach((s, si) => {
      const colour = SERIES[si % SERIES.length];
      let started = false;
      s.values.forEach((v, ci) => {
        const x = left + ci * slot + slot / 2;
        if (v === null) {
          started = false;
          return;
        }
        if (!started) doc.moveTo(x, yOf(v));
        else doc.lineTo(x, yOf(v));
        started = true;
      });
      doc.lineWidth(1.5).strokeColor(colour).stroke();
      s.values.forEach((v, ci) => {
        if (v === null) return;
        doc
          .circle(left + ci * slot + slot / 2, yOf(v), 2)
          .fillColor(colour)
          .fill();
      });
    });
    doc.lineWidth(0.5);
  }
  // Category labels.
  const labelSize = nCat > 8 ? 6 : 7;
  c.categories.forEach((cat, ci) => {
    doc
      .font('Helvetica')
      .fontSize(labelSize)
      .fillColor(INK)
      .text(cat, left + ci * slot, base + 3, {
        width: slot,
        align: 'center',
        height: 20,
        ellipsis: true,
      });
  });
  doc.x = MARGIN;
  doc.y = base + 24;
  // Legend.
  if (c.series.length > 1) {
    let x = MARGIN;
    const y = doc.y;
    c.series.forEach((s, si) => {
      doc
        .rect(x, y + 1, 8, 8)
        .fillColor(SERIES[si % SERIES.length])
        .fill();
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor(INK)
        .text(s.label, x + 11, y, { lineBreak: false });
      x += 20 + doc.widthOfString(s.label);
    });
    doc.x = MARGIN;
    doc.y = y + 14;
  }
  doc.fillColor(INK);
  para(doc, c.summary);
  table(doc, chartTable(c));
}

/** A chart's numbers as a table: a row per category, a column per series. */
export function chartTable(c: SectionChart): SectionTable {
  return {
    caption: `${c.caption}: the numbers`,
    columns: [
      { label: 'Category', numeric: false },
      ...c.series.map((s) => ({ label: `${s.label} (${c.unit})`, numeric: true })),
    ],
    rows: c.categories.map((cat, ci) => ({
      cells: [
        { text: cat, value: null, href: null },
        ...c.series.map((s) => ({
          text: num(s.values[ci] ?? null),
          value: s.values[ci] ?? null,
          href: null,
        })),
      ],
    })),
    empty: 'No data.',
  };
}

import ExcelJS from 'exceljs';

import type { BoardPackDocument } from './board-pack-document';
import { boardPackPdf } from './board-pack-pdf';
import { boardPackCsv, boardPackXlsx } from './board-pack-sheets';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

const cell = (text: string, value: number | null = null) => ({ text, value, href: null });

const doc: BoardPackDocument = {
  areaName: 'NHS Black Country Integrated Care Board',
  title: 'Black Country board pack',
  periodLabel: '2024/25',
  filters: [{ label: 'Period', value: '2024/25' }],
  generatedAt: new Date('2026-12-05T12:00:00Z'),
  headlines: [
    {
      key: 'outcomes.JOBS',
      group: 'OUTCOMES',
      label: 'Local residents into jobs',
      unit: 'people',
      value: 1234,
      atLeast: true,
      basis: 3,
      per100k: 94.1,
      aggregation: 'Sum of the latest in-period figure per practice.',
    },
  ],
  measures: [],
  sections: [
    {
      key: 'spread',
      title: 'Practice and spread',
      content: {
        summary: 'How practice spreads.',
        figures: [
          {
            label: 'Adopted elsewhere',
            value: 14,
            unit: 'practices',
            atLeast: false,
            href: null,
            note: null,
          },
        ],
        tables: [
          {
            caption: 'Adoptions',
            columns: [
              { label: 'Practice', numeric: false },
              { label: 'Adoptions', numeric: true },
            ],
            rows: Array.from({ length: 120 }, (_, i) => ({
              cells: [cell(i === 0 ? '=HYPERLINK("x")' : `Practice ${i}`), cell(String(i), i)],
            })),
            empty: 'None',
          },
        ],
        charts: [
          {
            caption: 'Jobs by quarter',
            kind: 'LINE',
            unit: 'people',
            categories: ['2024/25 Q1', '2024/25 Q2', '2024/25 Q3', '2024/25 Q4'],
            series: [
              { label: 'In period', values: [10, null, 30, 25] },
              { label: 'Adopters', values: [1, 2, 3, 4] },
            ],
            summary: 'Rising.',
          },
          {
            caption: 'Stages',
            kind: 'BAR',
            unit: 'count',
            categories: ['Exploring', 'Sustained'],
            series: [{ label: 'Adoptions', values: [5, 0] }],
            summary: 'Mostly exploring.',
          },
        ],
      },
    },
  ],
  aggregationRules: ['Cumulative figures are never added to in-period figures.'],
  sources: [
    {
      measureLabel: 'Local residents into jobs',
      about: 'Walsall work academy',
      value: 1234,
      qualifier: 'more than',
      measuredOn: '2024-09-30',
      sourceTitle: 'Academy report',
      sourceUrl: 'https://example.org/report',
    },
  ],
};

describe('board pack renderers', () => {
  const progress = jest.fn(async () => undefined);

  it('should draw a paginated PDF with charts, their numbers and every source', async () => {
    const pdf = await boardPackPdf(doc, progress);
    const { text, numpages } = await pdfParse(pdf);
    expect(numpages).toBeGreaterThan(2);
    for (const s of [
      'NHS Black Country Integrated Care Board',
      'at least 1,234',
      'Jobs by quarter: the numbers',
      'Adoptions (continued)',
      'Practice 119',
      'How these figures are calculated',
      'Academy report',
      'https://example.org/report',
      'Generated: 2026-12-05 12:00 UTC',
    ]) {
      expect(text).toContain(s);
    }
    expect(progress).toHaveBeenLastCalledWith(1);
  });

  it('should keep numbers as numbers in the XLSX, a sheet per table and chart', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await boardPackXlsx(doc, progress)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'About',
      'Headlines',
      'Measures',
      'Practice and spread figures',
      'Adoptions',
      'Jobs by quarter the numbers',
      'Stages the numbers',
      'Sources',
    ]);
    const adoptions = wb.getWorksheet('Adoptions')!;
    expect(adoptions.getRow(3).getCell(1).value).toBe('\'=HYPERLINK("x")');
    expect(adoptions.getRow(4).getCell(2).value).toBe(1);
    expect(wb.getWorksheet('Headlines')!.getRow(2).getCell(4).value).toBe(1234);
  });

  it('should put every figure in one CSV with its section, formulas neutralised', async () => {
    const csv = (await boardPackCsv(doc, progress)).toString('utf8');
    expect(csv).toContain('"Practice and spread","Adoptions","\'=HYPERLINK(""x"")","Adoptions",0');
    expect(csv).toContain(
      '"Practice and spread","Jobs by quarter: the numbers","2024/25 Q3","In period (people)",30',
    );
    expect(csv).toContain(
      '"Sources","Local residents into jobs","Walsall work academy","2024-09-30",1234',
    );
  });
});

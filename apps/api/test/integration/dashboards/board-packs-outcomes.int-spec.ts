import ExcelJS from 'exceljs';

import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { BOARD_PACK_QUEUE } from '../../../src/modules/dashboards/board-packs/board-packs.service';
import { createCaseStudy } from '../factories/case-study.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';

// pdf-parse's entry file runs a self-test when required directly; its library file does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string }>;

const REQUEST = `mutation R($input: RequestBoardPackInput!) { requestBoardPack(input: $input) { id } }`;
const DASHBOARD = `query D($odsCode: String!, $period: PeriodInput) { icsDashboard(odsCode: $odsCode, period: $period) {
  headlines { key value basis per100k } measures { key value basis per100k } } }`;

/** Board packs from real figures: a published Black Country case study with an in-period outcome. */
describe('board packs of real outcome figures', () => {
  let t: TestApp;
  let token: string;
  const period = { financialYear: 2024, quarter: null };

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    const member = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    token = member.token;
    await createCaseStudy(t.db, {
      organisationId: member.organisationId,
      icsOdsCode: 'QUA',
      title: 'Walsall work academy',
      themes: ['EMPLOYMENT'],
      outcomes: [
        {
          metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
          value: 37,
          measuredOn: '2024-09-30',
          qualifier: 'more than',
          sourceTitle: 'Walsall academy Q2 report',
        },
      ],
    });
  });

  afterAll(() => t.close());

  const generate = async (format: string): Promise<Buffer> => {
    const res = await gql<{ requestBoardPack: { id: string } }>(t.url, {
      query: REQUEST,
      variables: { input: { odsCode: 'QUA', period, format } },
      as: token,
    });
    expect(res.errors).toBeUndefined();
    await t.app.get(JobsService).drain(BOARD_PACK_QUEUE);
    const file = await fetch(`${t.url}/board-packs/${res.data!.requestBoardPack.id}/download`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(file.status).toBe(200);
    return Buffer.from(await file.arrayBuffer());
  };

  it('should print the ICS name, the headline figure and its source in the PDF', async () => {
    const { text } = await pdfParse(await generate('PDF'));
    expect(text).toContain('NHS Black Country Integrated Care Board');
    expect(text).toContain('at least 37');
    expect(text).toContain('Walsall academy Q2 report');
    expect(text).toContain('Walsall work academy');
  });

  it('should hold the same numbers as icsDashboard in the XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await generate('XLSX')) as unknown as ArrayBuffer);
    const dash = await gql<{
      icsDashboard: Record<
        'headlines' | 'measures',
        { key: string; value: number | null; basis: number; per100k: number | null }[]
      >;
    }>(t.url, { query: DASHBOARD, variables: { odsCode: 'QUA', period } });
    expect(dash.errors).toBeUndefined();
    const sheet: Record<string, unknown> = {};
    for (const name of ['Headlines', 'Measures']) {
      wb.getWorksheet(name)!.eachRow((row, n) => {
        if (n > 1) {
          sheet[String(row.getCell(1).value)] = {
            value: row.getCell(4).value,
            per100k: row.getCell(7).value,
            basis: row.getCell(8).value,
          };
        }
      });
    }
    const all = [...dash.data!.icsDashboard.headlines, ...dash.data!.icsDashboard.measures];
    const jobs = all.find((m) => m.key === 'outcomes.LOCAL_RESIDENTS_INTO_JOBS');
    expect(jobs?.value).toBe(37);
    for (const m of all) {
      expect(sheet[m.key]).toEqual({ value: m.value, per100k: m.per100k, basis: m.basis });
    }
  });
});

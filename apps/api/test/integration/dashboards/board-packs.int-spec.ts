import ExcelJS from 'exceljs';
// pdf-parse's entry file runs a self-test when required directly; its library file does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string }>;

import { Role } from '@mic/shared-util';

import { DashboardRegistry } from '../../../src/common/dashboards/dashboard-measure';
import type { ComputedMeasure } from '../../../src/common/dashboards/dashboard-measure';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import { BOARD_PACK_QUEUE } from '../../../src/modules/dashboards/board-packs/board-packs.service';
import { createUser } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const REQUEST = `mutation R($input: RequestBoardPackInput!) { requestBoardPack(input: $input) { id status progress downloadUrl fileName areaName periodLabel error } }`;
const CAN = `query C($odsCode: String) { canRequestBoardPack(odsCode: $odsCode) }`;
const PACK = `query P($id: ID!) { boardPack(id: $id) { id status progress downloadUrl fileName byteSize error } }`;
const DASHBOARD = `query D($odsCode: String!, $period: PeriodInput) { icsDashboard(odsCode: $odsCode, period: $period) {
  headlines { key label value atLeast basis per100k } measures { key label value atLeast basis per100k } } }`;

type Pack = {
  id: string;
  status: string;
  areaName?: string;
  progress: number;
  downloadUrl: string | null;
  fileName: string | null;
  error: string | null;
};

/**
 * A measure with one sourced figure, standing in for the outcome measures the
 * features contribute (the registry is the contribution point every dashboard
 * and board pack reads, so both see the same numbers).
 */
const FIGURE_SOURCE = 'Walsall Works annual report 2024';
function fixtureMeasures(): ComputedMeasure[] {
  return [
    {
      key: 'outcomes.LOCAL_RESIDENTS_INTO_JOBS',
      group: 'OUTCOMES',
      label: 'Local residents into jobs',
      unit: 'people',
      themeKey: 'EMPLOYMENT',
      aggregation: 'Sum of the latest in-period figure per practice.',
      perPopulation: true,
      figuresPath: '/figures/LOCAL_RESIDENTS_INTO_JOBS',
      byIcs: new Map([['QUA', { value: 1234, atLeast: true, basis: 2 }]]),
      region: { value: 1234, atLeast: true, basis: 2 },
      sources: [
        {
          icsOdsCode: 'QUA',
          about: 'Walsall Together into work',
          value: 1234,
          qualifier: 'more than',
          measuredOn: '2024-09-30',
          sourceTitle: FIGURE_SOURCE,
          sourceUrl: 'https://example.org/walsall-works-2024',
        },
      ],
    },
    {
      key: 'practice.ADOPTIONS',
      group: 'PRACTICE',
      label: 'Practices adopted here',
      unit: 'count',
      themeKey: null,
      aggregation: 'Count of adoptions.',
      perPopulation: true,
      figuresPath: null,
      byIcs: new Map([['QUA', { value: 7, atLeast: false, basis: 7 }]]),
      region: { value: 9, atLeast: false, basis: 9 },
      sources: [],
    },
  ];
}

describe('board packs', () => {
  let t: TestApp;
  let jobs: JobsService;
  let member: TestUser;
  let unverified: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let icsAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    jest
      .spyOn(t.app.get(DashboardRegistry), 'measures')
      .mockImplementation(async () => fixtureMeasures());
    member = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    unverified = await createUser(t.db, { icsOdsCodes: ['QUA'], verified: false });
    outsider = await createUser(t.db, { icsOdsCodes: ['QHL'] });
    admin = await createUser(t.db, {
      roles: [{ role: Role.REGIONAL_ADMIN }],
      icsOdsCodes: ['QHL'],
    });
    icsAdmin = await createUser(t.db, {
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QHL' }],
      icsOdsCodes: ['QHL'],
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  const request = (as: string | undefined, input: Record<string, unknown>) =>
    gql<{ requestBoardPack: Pack }>(t.url, { query: REQUEST, variables: { input }, as });
  const pack = async (as: string, id: string) =>
    (await gql<{ boardPack: Pack }>(t.url, { query: PACK, variables: { id }, as })).data!.boardPack;
  const download = (as: string | undefined, id: string) =>
    fetch(`${t.url}/board-packs/${id}/download`, {
      headers: as ? { authorization: `Bearer ${as}` } : {},
    });

  const period = { financialYear: 2024, quarter: null };

  it('should generate an ICS PDF whose text has the ICS name, a headline figure and its source', async () => {
    const res = await request(member.token, { odsCode: 'QUA', period, format: 'PDF' });
    expect(res.errors).toBeUndefined();
    const queued = res.data!.requestBoardPack;
    expect(queued).toMatchObject({
      status: 'QUEUED',
      progress: 0,
      downloadUrl: null,
      periodLabel: '2024/25',
    });
    expect(await jobs.drain(BOARD_PACK_QUEUE)).toBe(1);
    const done = await pack(member.token, queued.id);
    expect(done).toMatchObject({
      status: 'DONE',
      progress: 100,
      downloadUrl: `/board-packs/${queued.id}/download`,
      fileName: 'black-country-board-pack-2024-25.pdf',
    });
    const file = await download(member.token, queued.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="black-country-board-pack-2024-25.pdf"',
    );
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfParse(bytes);
    expect(text).toContain('NHS Black Country Integrated Care Board');
    expect(text).toContain('at least 1,234');
    expect(text).toContain('Local residents into jobs');
    expect(text).toContain(FIGURE_SOURCE);
    expect(text).toContain('How these figures are calculated');
    expect(text).toContain('Period: 2024/25');
  });

  it('should write an XLSX that holds the same numbers as icsDashboard for the same inputs', async () => {
    const res = await request(member.token, { odsCode: 'QUA', period, format: 'XLSX' });
    await jobs.drain(BOARD_PACK_QUEUE);
    const file = await download(member.token, res.data!.requestBoardPack.id);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['About', 'Headlines', 'Measures', 'Sources']),
    );
    const dash = await gql<{
      icsDashboard: {
        headlines: { key: string; value: number | null; basis: number; per100k: number | null }[];
        measures: { key: string; value: number | null; basis: number; per100k: number | null }[];
      };
    }>(t.url, { query: DASHBOARD, variables: { odsCode: 'QUA', period } });
    expect(dash.errors).toBeUndefined();
    const rows = (name: string) => {
      const out: Record<string, { value: unknown; per100k: unknown; basis: unknown }> = {};
      wb.getWorksheet(name)!.eachRow((row, n) => {
        if (n === 1) return;
        out[String(row.getCell(1).value)] = {
          value: row.getCell(4).value,
          per100k: row.getCell(7).value,
          basis: row.getCell(8).value,
        };
      });
      return out;
    };
    const sheetRows = { ...rows('Headlines'), ...rows('Measures') };
    const all = [...dash.data!.icsDashboard.headlines, ...dash.data!.icsDashboard.measures];
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(sheetRows[m.key]).toEqual({ value: m.value, per100k: m.per100k, basis: m.basis });
    }
    expect(typeof sheetRows['outcomes.LOCAL_RESIDENTS_INTO_JOBS'].value).toBe('number');
    const sources: unknown[] = [];
    wb.getWorksheet('Sources')!.eachRow((row, n) => n > 1 && sources.push(row.getCell(6).value));
    expect(sources).toEqual([FIGURE_SOURCE]);
  });

  it('should write a CSV with a section column and formulas neutralised', async () => {
    const res = await request(member.token, { odsCode: 'qua', format: 'CSV' });
    expect(res.errors).toBeUndefined();
    await jobs.drain(BOARD_PACK_QUEUE);
    const file = await download(member.token, res.data!.requestBoardPack.id);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toContain(
      'black-country-board-pack-all-years.csv',
    );
    const csv = await file.text();
    expect(csv.split('\r\n')[0]).toBe(
      '"Section","Table","Row","Column","Value","Text","Unit","At least","Note"',
    );
    expect(csv).toContain('"Headlines",,"Local residents into jobs","Value",1234');
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('should let regional admins and ICS admins have the region pack, and no one else', async () => {
    expect(errorCode(await request(member.token, { format: 'PDF' }))).toBe('FORBIDDEN');
    const byAdmin = await request(admin.token, { format: 'XLSX', period });
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data!.requestBoardPack.areaName).toBe('Midlands region');
    const byIcsAdmin = await request(icsAdmin.token, { format: 'PDF' });
    expect(byIcsAdmin.errors).toBeUndefined();
    await jobs.drain(BOARD_PACK_QUEUE);
    const done = await pack(icsAdmin.token, byIcsAdmin.data!.requestBoardPack.id);
    expect(done).toMatchObject({ status: 'DONE', fileName: 'midlands-board-pack-all-years.pdf' });
    const { text } = await pdfParse(
      Buffer.from(await (await download(icsAdmin.token, done.id)).arrayBuffer()),
    );
    expect(text).toContain('Midlands region');
    expect(text).toContain('Black Country');
  });

  it('should refuse anonymous, other-ICS and unverified members, and allow a regional admin', async () => {
    expect(errorCode(await request(undefined, { odsCode: 'QUA', format: 'PDF' }))).toBe(
      'UNAUTHENTICATED',
    );
    const other = await request(outsider.token, { odsCode: 'QUA', format: 'PDF' });
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.errors![0].message).toBe('You cannot download board packs for this ICS.');
    expect(errorCode(await request(unverified.token, { odsCode: 'QUA', format: 'PDF' }))).toBe(
      'FORBIDDEN',
    );
    expect((await request(admin.token, { odsCode: 'QUA', format: 'CSV' })).errors).toBeUndefined();
    // QHL's ICS admin has QHL's pack but not QUA's.
    expect(
      (await request(icsAdmin.token, { odsCode: 'QHL', format: 'CSV' })).errors,
    ).toBeUndefined();
    expect(errorCode(await request(icsAdmin.token, { odsCode: 'QUA', format: 'CSV' }))).toBe(
      'FORBIDDEN',
    );
    await jobs.drain(BOARD_PACK_QUEUE);
  });

  it('should tell the web who may ask for a pack', async () => {
    const can = async (as: string, odsCode: string | null) =>
      (
        await gql<{ canRequestBoardPack: boolean }>(t.url, {
          query: CAN,
          variables: { odsCode },
          as,
        })
      ).data?.canRequestBoardPack;
    expect(await can(member.token, 'QUA')).toBe(true);
    expect(await can(member.token, null)).toBe(false);
    expect(await can(outsider.token, 'QUA')).toBe(false);
    expect(await can(unverified.token, 'QUA')).toBe(false);
    expect(await can(icsAdmin.token, null)).toBe(true);
    expect(errorCode(await gql(t.url, { query: CAN, variables: { odsCode: 'QUA' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(await gql(t.url, { query: CAN, variables: { odsCode: 'ZZZ' }, as: member.token })),
    ).toBe('NOT_FOUND');
  });

  it('should show and serve a pack only to its requester and regional admins', async () => {
    const id = (await request(member.token, { odsCode: 'QUA', format: 'CSV' })).data!
      .requestBoardPack.id;
    await jobs.drain(BOARD_PACK_QUEUE);
    const other = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    expect(errorCode(await gql(t.url, { query: PACK, variables: { id }, as: other.token }))).toBe(
      'NOT_FOUND',
    );
    expect((await download(other.token, id)).status).toBe(404);
    expect((await download(undefined, id)).status).toBe(401);
    expect((await download(admin.token, id)).status).toBe(200);
    expect((await pack(admin.token, id)).status).toBe('DONE');
  });

  it('should reject malformed and unknown ids, unknown ICSs, themes and periods', async () => {
    expect(
      errorCode(
        await gql(t.url, { query: PACK, variables: { id: 'not-a-uuid' }, as: member.token }),
      ),
    ).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
    expect(
      errorCode(
        await gql(t.url, {
          query: PACK,
          variables: { id: '00000000-0000-4000-8000-000000000000' },
          as: member.token,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect((await download(member.token, 'not-a-uuid')).status).toBe(400);
    expect((await download(member.token, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(errorCode(await request(member.token, { odsCode: 'ZZZ', format: 'PDF' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await request(member.token, { odsCode: 'QUA', format: 'DOCX' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await request(member.token, { odsCode: 'QUA', format: 'PDF', themeKey: 'NOPE' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await request(member.token, {
          odsCode: 'QUA',
          format: 'PDF',
          period: { financialYear: 1990 },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('should treat a second request while one is queued as a separate pack, and audit requests and generation', async () => {
    const a = (await request(member.token, { odsCode: 'QUA', format: 'PDF', period })).data!
      .requestBoardPack;
    const b = (await request(member.token, { odsCode: 'QUA', format: 'PDF', period })).data!
      .requestBoardPack;
    expect(a.id).not.toBe(b.id);
    expect(await jobs.drain(BOARD_PACK_QUEUE)).toBe(2);
    const [pa, pb] = [await pack(member.token, a.id), await pack(member.token, b.id)];
    expect(pa.status).toBe('DONE');
    expect(pb.status).toBe('DONE');
    const audit: { action: string; actor_id: string }[] = await t.db.query(
      `SELECT action, actor_id FROM audit_log WHERE target_type = 'board_pack' AND target_id = $1 ORDER BY created_at`,
      [a.id],
    );
    expect(audit).toEqual([
      { action: 'board_pack.requested', actor_id: member.id },
      { action: 'board_pack.generated', actor_id: member.id },
    ]);
    const csvA = await (await download(member.token, a.id)).arrayBuffer();
    expect(csvA.byteLength).toBeGreaterThan(1000);
  });
});

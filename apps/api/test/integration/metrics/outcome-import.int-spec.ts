import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';

import {
  CHECK_CHUNK,
  OUTCOME_IMPORT_CHECK_QUEUE,
} from '../../../src/modules/metrics/import/outcome-import.checker';
import { JobsService } from '../../../src/modules/jobs/jobs.service';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createCaseStudy } from '../factories/case-study.factory';
import { createOrganisation } from '../factories/organisation.factory';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';

const IMPORT = `mutation Import($input: ImportOutcomeMeasurementsInput!) {
  importOutcomeMeasurements(input: $input) { id status progress fileName format }
}`;
const GET = `query Get($id: ID!) { outcomeImport(id: $id) {
  id status progress totalRows processedRows validRowCount errorRowCount savedCount failureReason errorReportUrl
  errors(first: 50) { rowNumber column value message }
  preview(first: 50) { rowNumber metricKey value qualifier periodStart measuredOn cumulative sourceTitle }
} }`;
const CONFIRM = `mutation Confirm($id: ID!) { confirmOutcomeImport(id: $id) { id status savedCount } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelOutcomeImport(id: $id) { id status } }`;

const HEADER =
  'metric_key,value,qualifier,period_start,period_end,cumulative,baseline,source_title,source_url,note';

interface ImportView {
  id: string;
  status: string;
  progress: number;
  totalRows: number;
  processedRows: number;
  validRowCount: number;
  errorRowCount: number;
  savedCount: number | null;
  failureReason: string | null;
  errorReportUrl: string | null;
  errors: { rowNumber: number; column: string; value: string; message: string }[];
  preview: {
    rowNumber: number;
    metricKey: string;
    value: number;
    qualifier: string | null;
    cumulative: boolean;
  }[];
}

describe('bulk import of outcome figures (CSV and XLSX): checked, previewed, saved only when confirmed', () => {
  let t: TestApp;
  let dir: string;
  let lead: TestUser;
  let colleague: TestUser;
  let outsider: TestUser;
  let caseStudyId: string;
  let jobs: JobsService;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mic-imports-'));
    t = await createTestApp({ UPLOAD_DIR: dir });
    await resetDatabase(t.db);
    jobs = t.app.get(JobsService);
    const org = await createOrganisation(t.db, { icsOdsCodes: ['QUA'] });
    lead = await createUser(t.db, { organisationId: org.id });
    colleague = await createUser(t.db, { organisationId: org.id });
    outsider = await createUser(t.db, { icsOdsCodes: ['QHL'] });
    caseStudyId = (await createCaseStudy(t.db, { organisationId: org.id, icsOdsCode: 'QUA' })).id;
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function upload(
    token: string,
    name: string,
    content: Buffer | string,
    type: string,
  ): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const res = await fetch(`${t.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { id?: string; message?: string };
    if (!body.id) throw new Error(`upload refused: ${res.status} ${body.message}`);
    return body.id;
  }

  async function start(
    token: string,
    fileId: string,
    target: Record<string, string> = { caseStudyId },
  ) {
    return gql<{ importOutcomeMeasurements: { id: string; status: string } }>(t.url, {
      query: IMPORT,
      as: token,
      variables: { input: { ...target, fileId } },
    });
  }

  async function view(token: string, id: string) {
    return gql<{ outcomeImport: ImportView }>(t.url, { query: GET, as: token, variables: { id } });
  }

  const figureCount = async (): Promise<number> =>
    Number(
      (
        await t.db.query(
          'SELECT count(*) FROM outcome_measurement WHERE case_study_id = $1 AND superseded_at IS NULL AND removed_at IS NULL',
          [caseStudyId],
        )
      )[0].count,
    );

  it('reports every bad row with its column and saves nothing until confirmed', async () => {
    const before = await figureCount();
    const csv = [
      HEADER,
      'LOCAL_RESIDENTS_INTO_JOBS,12,,2025-04-01,2025-06-30,no,,Quarterly report,,',
      'LOCAL_RESIDENTS_INTO_JOBS,more than 150,,,31/03/2025,yes,,Annual report,https://example.org/r,',
      'NOT_A_METRIC,5,,,2025-06-30,no,,Report,,',
      'APPRENTICESHIPS_STARTED,lots,,,2025-06-30,no,,Report,,',
      'APPRENTICESHIPS_STARTED,3,,,2025-06-30,no,,,,',
      'LOCAL_RESIDENTS_INTO_JOBS,13,,2025-04-01,2025-06-30,no,,Quarterly report,,',
      '',
    ].join('\r\n');
    const fileId = await upload(lead.token, 'figures.csv', csv, 'text/csv');
    const started = await start(lead.token, fileId);
    expect(started.errors).toBeUndefined();
    const id = started.data!.importOutcomeMeasurements.id;
    expect(started.data!.importOutcomeMeasurements.status).toBe('VALIDATING');

    // Nothing is confirmable while the rows are being checked.
    expect(errorCode(await gql(t.url, { query: CONFIRM, as: lead.token, variables: { id } }))).toBe(
      'CONFLICT',
    );
    expect(await jobs.drain(OUTCOME_IMPORT_CHECK_QUEUE)).toBe(1);

    const checked = (await view(lead.token, id)).data!.outcomeImport;
    expect(checked).toMatchObject({
      status: 'READY',
      progress: 100,
      totalRows: 6,
      processedRows: 6,
      validRowCount: 2,
      errorRowCount: 4,
    });
    expect(checked.errors.map((e) => [e.rowNumber, e.column])).toEqual([
      [4, 'metric_key'],
      [5, 'value'],
      [6, 'source_title'],
      [7, 'metric_key'],
    ]);
    expect(checked.errors[0]).toMatchObject({ value: 'NOT_A_METRIC' });
    expect(checked.errors[3].message).toBe('Row 2 already gives this metric for the same period.');
    expect(checked.preview.map((p) => [p.rowNumber, p.value, p.qualifier, p.cumulative])).toEqual([
      [2, 12, null, false],
      [3, 150, 'more than', true],
    ]);
    expect(await figureCount()).toBe(before);

    // The error report is a CSV in the file's own row numbers, for the uploader only.
    const report = await fetch(`${t.url}${checked.errorReportUrl}`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(report.status).toBe(200);
    const text = await report.text();
    expect(text.split('\r\n')[0]).toBe('row,column,value,error');
    expect(text).toContain('4,metric_key,NOT_A_METRIC,');
    const stranger = await fetch(`${t.url}${checked.errorReportUrl}`, {
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(stranger.status).toBe(404);

    // Someone else cannot see, confirm or cancel it.
    expect(errorCode(await view(colleague.token, id))).toBe('NOT_FOUND');
    expect(
      errorCode(await gql(t.url, { query: CONFIRM, as: colleague.token, variables: { id } })),
    ).toBe('NOT_FOUND');

    // Confirm twice in parallel: the figures are saved once.
    const [a, b] = await Promise.all([
      gql<{ confirmOutcomeImport: { savedCount: number } }>(t.url, {
        query: CONFIRM,
        as: lead.token,
        variables: { id },
      }),
      gql<{ confirmOutcomeImport: { savedCount: number } }>(t.url, {
        query: CONFIRM,
        as: lead.token,
        variables: { id },
      }),
    ]);
    const ok = [a, b].filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0].data!.confirmOutcomeImport.savedCount).toBe(2);
    expect(errorCode([a, b].find((r) => r.errors)!)).toBe('CONFLICT');
    expect(await figureCount()).toBe(before + 2);
    const audited = await t.db.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'outcome_import.saved' AND target_id = $1`,
      [id],
    );
    expect(audited).toEqual([
      { actor_id: lead.id, details: expect.objectContaining({ savedCount: 2, caseStudyId }) },
    ]);
    const saved = await t.db.query(
      `SELECT value::float8 AS value, qualifier, cumulative, created_by_id FROM outcome_measurement
        WHERE case_study_id = $1 AND source_title IN ('Quarterly report', 'Annual report') ORDER BY value`,
      [caseStudyId],
    );
    expect(saved).toEqual([
      { value: 12, qualifier: null, cumulative: false, created_by_id: lead.id },
      { value: 150, qualifier: 'more than', cumulative: true, created_by_id: lead.id },
    ]);

    // The same file again: every row now repeats a current figure.
    const again = (
      await start(lead.token, await upload(lead.token, 'figures.csv', csv, 'text/csv'))
    ).data!.importOutcomeMeasurements.id;
    await jobs.drain(OUTCOME_IMPORT_CHECK_QUEUE);
    const repeat = (await view(lead.token, again)).data!.outcomeImport;
    expect(repeat.validRowCount).toBe(0);
    expect(repeat.errors.filter((e) => e.message.includes('already has a figure'))).toHaveLength(3);
    expect(
      errorCode(await gql(t.url, { query: CONFIRM, as: lead.token, variables: { id: again } })),
    ).toBe('BAD_USER_INPUT');
    expect(
      (
        await gql<{ cancelOutcomeImport: { status: string } }>(t.url, {
          query: CANCEL,
          as: lead.token,
          variables: { id: again },
        })
      ).data!.cancelOutcomeImport.status,
    ).toBe('CANCELLED');
  });

  it('reads an XLSX file (dates as dates, numbers as numbers) and shows progress chunk by chunk', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Figures');
    sheet.addRow(HEADER.split(','));
    const rows = CHECK_CHUNK * 2 + 10;
    for (let i = 0; i < rows; i++) {
      const end = new Date(Date.UTC(2020, 0, 1 + i));
      sheet.addRow([
        'SOCIAL_VALUE_GBP',
        1000 + i,
        null,
        null,
        end,
        'no',
        null,
        'Ledger',
        null,
        null,
      ]);
    }
    const fileId = await upload(
      lead.token,
      'ledger.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const id = (await start(lead.token, fileId)).data!.importOutcomeMeasurements.id;

    // Progress as stored after each chunk: watch it move while the job runs.
    const seen: number[] = [];
    const checker = jobs.drain(OUTCOME_IMPORT_CHECK_QUEUE);
    for (let i = 0; i < 200 && seen.at(-1) !== 100; i++) {
      seen.push((await view(lead.token, id)).data!.outcomeImport.progress);
      await new Promise((r) => setTimeout(r, 5));
    }
    await checker;
    const done = (await view(lead.token, id)).data!.outcomeImport;
    expect(done).toMatchObject({
      status: 'READY',
      totalRows: rows,
      validRowCount: rows,
      errorRowCount: 0,
      progress: 100,
    });
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1])).toBe(true);
    expect(done.preview[0]).toMatchObject({ rowNumber: 2, value: 1000 });
    // The uploaded bytes are not kept once checked.
    expect(
      (await t.db.query('SELECT content FROM outcome_import WHERE id = $1', [id]))[0].content,
    ).toBeNull();
  });

  it('refuses a file that is not a spreadsheet, a stranger’s file, a practice the uploader cannot edit, and a file it cannot read', async () => {
    const png = await upload(lead.token, 'notes.txt', 'just some notes\n', 'text/plain');
    // A .txt is read as CSV text: its first row is not the template's headings.
    const txt = (await start(lead.token, png)).data!.importOutcomeMeasurements.id;
    await jobs.drain(OUTCOME_IMPORT_CHECK_QUEUE);
    const failed = (await view(lead.token, txt)).data!.outcomeImport;
    expect(failed.status).toBe('FAILED');
    expect(failed.failureReason).toContain('headings');

    const mine = await upload(lead.token, 'f.csv', `${HEADER}\r\n`, 'text/csv');
    expect(errorCode(await start(colleague.token, mine))).toBe('NOT_FOUND');
    const outsiders = await upload(outsider.token, 'f.csv', `${HEADER}\r\n`, 'text/csv');
    expect(errorCode(await start(outsider.token, outsiders))).toBe('FORBIDDEN');
    expect(errorCode(await start(lead.token, mine, { caseStudyId: 'not-an-id' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await start(lead.token, mine, {}))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(t.url, { query: GET, variables: { id: txt } }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

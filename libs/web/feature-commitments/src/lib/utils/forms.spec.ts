import { describe, expect, it } from '@jest/globals';
import {
  isoFromParts,
  readEditForm,
  readUpdateForm,
  validateCreateForm,
  validateEditForm,
  validateUpdateForm,
} from './forms';
import type { CreateFormValues } from './forms';

const ID = '123e4567-e89b-12d3-a456-426614174000';

function form(entries: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
}

describe('progress update form', () => {
  it('should join real dates only', () => {
    expect(isoFromParts({ day: '31', month: '7', year: '2022' })).toBe('2022-07-31');
    expect(isoFromParts({ day: '30', month: '2', year: '2026' })).toBeNull();
    expect(isoFromParts({ day: 'x', month: '2', year: '2026' })).toBeNull();
  });

  it('should list every problem of a blank form against its field', () => {
    const result = validateUpdateForm(ID, readUpdateForm(form({})), '2026-12-05');
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'reportedOn',
      'status',
      'narrative',
    ]);
  });

  it('should refuse a future date, a non-number and a half-filled or unsafe link', () => {
    const values = readUpdateForm(
      form({
        'reportedOn-day': '6',
        'reportedOn-month': '12',
        'reportedOn-year': '2026',
        status: 'GREEN',
        narrative: 'Twelve people started work.',
        progressValue: 'lots',
        linkTitle0: 'Report',
        linkUrl0: 'javascript:alert(1)',
        linkUrl1: 'https://example.org',
      }),
    );
    const result = validateUpdateForm(ID, values, '2026-12-05');
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'reportedOn',
      'progressValue',
      'linkUrl0',
      'linkTitle1',
    ]);
  });

  it('should build the API input with evidence in order', () => {
    const values = readUpdateForm(
      form({
        'reportedOn-day': '5',
        'reportedOn-month': '12',
        'reportedOn-year': '2026',
        status: 'AMBER',
        narrative: '  Twelve people started work.  ',
        progressValue: '1,200',
        caseStudyIds: ID,
        eventIds: '',
        linkTitle0: 'Report',
        linkUrl0: 'https://example.org/report',
      }),
    );
    expect(validateUpdateForm(ID, values, '2026-12-05')).toEqual({
      input: {
        commitmentId: ID,
        reportedOn: '2026-12-05',
        status: 'AMBER',
        narrative: 'Twelve people started work.',
        progressValue: 1200,
        evidence: [
          { kind: 'CASE_STUDY', targetId: ID },
          { kind: 'LINK', title: 'Report', url: 'https://example.org/report' },
        ],
      },
    });
  });
});

describe('new commitment form', () => {
  const base: CreateFormValues = {
    title: '',
    statement: 'Recruit 100 local people into entry-level roles.',
    organisationIds: [ID],
    themeKeys: ['EMPLOYMENT'],
    cadence: 'QUARTERLY',
    metricKey: '',
    targetValue: '',
    targetDate: { day: '', month: '', year: '' },
    sourceTitle: '',
    sourceUrl: '',
  };

  it('should accept a commitment without a target', () => {
    expect(validateCreateForm(base)).toMatchObject({
      input: { metricKey: null, leadOrganisationId: ID },
    });
  });

  it('should ask for the whole target once any part is given', () => {
    const result = validateCreateForm({ ...base, targetValue: '450' });
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'metricKey',
      'targetDate',
    ]);
  });

  it('should refuse a blank form with an error per field', () => {
    const result = validateCreateForm({
      ...base,
      statement: '',
      organisationIds: [],
      themeKeys: [],
      cadence: '',
    });
    expect('errors' in result && result.errors.map((e) => e.field)).toEqual([
      'statement',
      'leadOrganisationId',
      'themeKeys',
      'cadence',
    ]);
  });
});

describe('progress update form: outcome figures and files', () => {
  it('should cite outcome figures and keep an earlier upload', () => {
    const values = readUpdateForm(
      form({
        'reportedOn-day': '5',
        'reportedOn-month': '12',
        'reportedOn-year': '2026',
        status: 'GREEN',
        narrative: 'Figures for the quarter are in.',
        measurementIds: [ID, ''],
        fileTitle: ' Quarterly return ',
        uploadedFileId: ID,
        uploadedFileName: 'return.pdf',
      }),
    );
    expect(values.uploadedFile).toEqual({ id: ID, name: 'return.pdf' });
    expect(values.fileTitle).toBe('Quarterly return');
    const checked = validateUpdateForm(ID, values, '2026-12-05');
    expect(checked).toMatchObject({
      input: { evidence: [{ kind: 'MEASUREMENT', targetId: ID }] },
    });
  });

  it('should ignore a malformed earlier upload id', () => {
    const values = readUpdateForm(form({ uploadedFileId: 'x', uploadedFileName: 'a.pdf' }));
    expect(values.uploadedFile).toBeNull();
  });
});

describe('edit commitment form', () => {
  const fields = {
    title: ' Local jobs ',
    statement: 'Recruit 120 local people by 2027.',
    leadOrganisationId: ID,
    partnerIds: [ID, '223e4567-e89b-12d3-a456-426614174000'],
    cadence: 'MONTHLY',
    targetValue: '1,200',
    'targetDate-day': '30',
    'targetDate-month': '6',
    'targetDate-year': '2027',
  };

  it('should build the API input, lead first, with the target when there is one', () => {
    expect(validateEditForm(ID, readEditForm(form(fields)), true)).toEqual({
      input: {
        commitmentId: ID,
        title: 'Local jobs',
        statement: 'Recruit 120 local people by 2027.',
        organisationIds: [ID, '223e4567-e89b-12d3-a456-426614174000'],
        leadOrganisationId: ID,
        cadence: 'MONTHLY',
        targetValue: 1200,
        targetDate: '2027-06-30',
      },
    });
    expect(validateEditForm(ID, readEditForm(form(fields)), false)).not.toHaveProperty(
      'input.targetDate',
    );
  });

  it('should list every problem against its field', () => {
    const checked = validateEditForm(
      ID,
      readEditForm(form({ statement: 'short', 'targetDate-day': '31', 'targetDate-month': '2' })),
      true,
    );
    expect('errors' in checked && checked.errors.map((e) => e.field)).toEqual([
      'statement',
      'leadOrganisationId',
      'cadence',
      'targetValue',
      'targetDate',
    ]);
  });
});

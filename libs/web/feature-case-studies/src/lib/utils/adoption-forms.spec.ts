import { describe, expect, it } from '@jest/globals';

import {
  ADOPTION_STAGE_ORDER,
  ADOPTION_STAGE_TEXT,
  ADOPT_API_FIELDS,
  FIGURE_API_FIELDS,
  OTHER_COMPONENT,
  STARTING_STAGES,
  adoptionErrorsFromApi,
  adoptionStageLabel,
  isTechnicalMessage,
  parseFigureValue,
  readAdaptationForm,
  readAdoptForm,
  readAttachForm,
  readFigureForm,
  readReadinessForm,
  readStageForm,
} from './adoption-forms';

const form = (fields: Record<string, string>): FormData => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('parseFigureValue', () => {
  it('should read plain numbers, thousands commas, decimals, £ and %', () => {
    expect(parseFigureValue('12')).toBe(12);
    expect(parseFigureValue('1,200')).toBe(1200);
    expect(parseFigureValue('1,234,567.5')).toBe(1234567.5);
    expect(parseFigureValue(' 4.5 ')).toBe(4.5);
    expect(parseFigureValue('£2,000')).toBe(2000);
    expect(parseFigureValue('35%')).toBe(35);
    expect(parseFigureValue('-3')).toBe(-3);
  });

  it('should refuse words, blanks and misplaced commas', () => {
    for (const raw of [
      'lots',
      '',
      '1,2,3',
      '12,00',
      '1.2.3',
      '12 people',
      'NaN',
      'Infinity',
      '1e5',
    ])
      expect(parseFigureValue(raw)).toBeNull();
  });
});

describe('readFigureForm', () => {
  const metrics = ['LOCAL_RESIDENTS_INTO_JOBS'];

  it('should give field errors for "lots" and 31/11/2026 and keep what was typed', () => {
    const result = readFigureForm(
      form({
        id: 'x',
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: 'lots',
        'measuredOn-day': '31',
        'measuredOn-month': '11',
        'measuredOn-year': '2026',
        source: 'Board report',
      }),
      metrics,
      '2026-12-31',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        field: 'value',
        fieldId: 'value',
        message: 'Figure must be a number, like 12, 1,200 or 4.5',
      },
      {
        field: 'measuredOn',
        fieldId: 'measuredOn-day',
        message: 'Date must be a real date',
        parts: ['day', 'month', 'year'],
      },
    ]);
    expect(result.values).toMatchObject({
      value: 'lots',
      'measuredOn-day': '31',
      'measuredOn-month': '11',
      'measuredOn-year': '2026',
      source: 'Board report',
    });
  });

  it('should list every blank required field', () => {
    const result = readFigureForm(form({ id: 'x' }), metrics, '2026-12-31');
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.message])).toEqual([
      ['metricKey', 'Select the metric the figure is for'],
      ['value', 'Enter the figure'],
      ['measuredOn', 'Enter the date the figure applies to'],
      ['source', 'Enter the source of the figure: a document title or a link'],
    ]);
  });

  it('should give the API input: number with commas, ISO date, title or link', () => {
    const base = {
      metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
      value: '1,200',
      'measuredOn-day': '30',
      'measuredOn-month': '9',
      'measuredOn-year': '2025',
    };
    expect(
      readFigureForm(form({ ...base, source: 'Board report' }), metrics, '2026-01-01'),
    ).toMatchObject({
      ok: true,
      input: {
        metricKey: 'LOCAL_RESIDENTS_INTO_JOBS',
        value: 1200,
        measuredOn: '2025-09-30',
        sourceTitle: 'Board report',
        sourceUrl: null,
      },
    });
    expect(
      readFigureForm(
        form({ ...base, source: 'https://example.org/report' }),
        metrics,
        '2026-01-01',
      ),
    ).toMatchObject({
      ok: true,
      input: { sourceTitle: null, sourceUrl: 'https://example.org/report' },
    });
    expect(
      readFigureForm(
        form({ ...base, metricKey: 'NOT_A_METRIC', source: 'x y' }),
        metrics,
        '2026-01-01',
      ),
    ).toMatchObject({ ok: false, errors: [{ field: 'metricKey' }] });
  });
});

describe('readAdoptForm', () => {
  const allowed = { organisationIds: ['org-1'], adoptionIds: ['adoption-1'] };
  const valid = {
    organisationId: 'org-1',
    contactName: 'Marcus Hall',
    contactEmail: 'member@example.org',
    stage: 'PLANNING',
    learnedFrom: 'adoption-1',
  };

  it('should give the input when everything is answered', () => {
    expect(readAdoptForm(form(valid), allowed)).toEqual({
      ok: true,
      values: valid,
      input: {
        organisationId: 'org-1',
        contact: { name: 'Marcus Hall', email: 'member@example.org' },
        stage: 'PLANNING',
        learnedFromAdoptionId: 'adoption-1',
      },
    });
    expect(readAdoptForm(form({ ...valid, learnedFrom: 'origin' }), allowed)).toMatchObject({
      input: { learnedFromAdoptionId: null },
    });
  });

  it('should refuse an organisation that is not one of the verified ones, a stopped start and a bad email', () => {
    const result = readAdoptForm(
      form({
        ...valid,
        organisationId: 'someone-else',
        contactEmail: 'nope',
        stage: 'STOPPED',
        contactName: '',
      }),
      allowed,
    );
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.message])).toEqual([
      ['organisationId', 'Select the organisation that is adopting it'],
      ['contactName', 'Enter the name of the contact for this adoption'],
      ['contactEmail', 'Enter an email address in the correct format, like name@example.nhs.uk'],
      ['stage', 'Select the stage you are starting at'],
    ]);
  });
});

describe('readAdaptationForm', () => {
  const components = ['Guaranteed interview', 'One-day placement'];

  it('should take a listed component, or the typed name for Other', () => {
    expect(
      readAdaptationForm(
        form({ component: 'Guaranteed interview', decision: 'KEPT', detail: '' }),
        components,
      ),
    ).toMatchObject({
      ok: true,
      input: { component: 'Guaranteed interview', decision: 'KEPT', detail: null },
    });
    expect(
      readAdaptationForm(
        form({
          component: OTHER_COMPONENT,
          otherComponent: 'Mentor scheme',
          decision: 'ADAPTED',
          detail: 'Peer mentors',
        }),
        components,
      ),
    ).toMatchObject({ ok: true, input: { component: 'Mentor scheme' } });
  });

  it('should refuse an unlisted component, a blank Other and an adaptation without detail', () => {
    const result = readAdaptationForm(
      form({ component: 'Made up', decision: 'ADAPTED', detail: '' }),
      components,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['component', 'detail']);
    const other = readAdaptationForm(
      form({ component: OTHER_COMPONENT, decision: 'DROPPED' }),
      components,
    );
    expect(other.ok ? [] : other.errors.map((e) => [e.field, e.message])).toEqual([
      ['otherComponent', 'Enter the name of the component'],
      ['detail', 'Say why you dropped it'],
    ]);
  });
});

describe('readStageForm, readReadinessForm and readAttachForm', () => {
  it('should need a reason to stop', () => {
    expect(readStageForm(form({ stage: 'STOPPED', stageReason: '' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'stageReason', message: 'Say why the adoption stopped' }],
    });
    expect(readStageForm(form({ stage: 'PILOTING', stageReason: '' }))).toMatchObject({
      ok: true,
      input: { stage: 'PILOTING', stageReason: null },
    });
    expect(readStageForm(form({ stage: 'NOPE' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'stage' }],
    });
  });

  it('should read scores and one barrier or enabler per line', () => {
    expect(
      readReadinessForm(
        form({
          'readiness-leadership': '3',
          barriers: 'Short-term funding\n\n Staff turnover ',
          enablers: '',
        }),
      ),
    ).toMatchObject({
      ok: true,
      input: {
        readiness: [
          { area: 'leadership', score: 3 },
          { area: 'funding', score: 0 },
          { area: 'partners', score: 0 },
          { area: 'data', score: 0 },
          { area: 'workforce', score: 0 },
        ],
        barriers: ['Short-term funding', 'Staff turnover'],
        enablers: [],
      },
    });
    expect(readReadinessForm(form({ 'readiness-data': '9' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'readiness-data' }],
    });
  });

  it('should only attach one of the person’s submitted assessments', () => {
    expect(readAttachForm(form({ assessmentId: 'a' }), ['a'])).toMatchObject({ ok: true });
    expect(readAttachForm(form({ assessmentId: 'b' }), ['a'])).toMatchObject({ ok: false });
  });
});

describe('adoptionErrorsFromApi', () => {
  it('should never pass on raw GraphQL or field-name text, using the field’s plain message instead', () => {
    const errors = adoptionErrorsFromApi(
      [
        {
          code: 'BAD_USER_INPUT',
          message:
            'Variable "$input" got invalid value null at "input.value"; Expected non-nullable type "Float!" not to be null.',
          field: 'input.value',
        },
        {
          code: 'BAD_USER_INPUT',
          message: 'measuredOn must be a date as YYYY-MM-DD',
          field: 'measuredOn',
        },
        {
          code: 'BAD_USER_INPUT',
          message: 'Give the source of the figure: a link or a document title.',
          field: 'sourceUrl',
        },
      ],
      FIGURE_API_FIELDS,
    );
    expect(errors).toEqual([
      {
        field: 'value',
        fieldId: 'value',
        message: 'Figure must be a number, like 12, 1,200 or 4.5',
      },
      { field: 'measuredOn', fieldId: 'measuredOn-day', message: 'Date must be a real date' },
      {
        field: 'source',
        fieldId: 'source',
        message: 'Give the source of the figure: a link or a document title.',
      },
    ]);
  });

  it('should put CONFLICT and FORBIDDEN on the organisation, and mask internal errors', () => {
    expect(
      adoptionErrorsFromApi(
        [{ code: 'CONFLICT', message: 'This organisation is already adopting this case study.' }],
        ADOPT_API_FIELDS,
      ),
    ).toEqual([
      {
        field: 'organisationId',
        fieldId: 'organisationId',
        message: 'This organisation is already adopting this case study.',
      },
    ]);
    expect(
      adoptionErrorsFromApi(
        [{ code: 'INTERNAL_SERVER_ERROR', message: 'relation "x" does not exist' }],
        ADOPT_API_FIELDS,
      ),
    ).toEqual([
      { message: 'Sorry, something went wrong and your change was not saved. Try again.' },
    ]);
    expect(adoptionErrorsFromApi([], ADOPT_API_FIELDS)).toHaveLength(1);
  });

  it('should recognise technical messages', () => {
    expect(isTechnicalMessage('Variable "$input" got invalid value')).toBe(true);
    expect(isTechnicalMessage('learnedFromAdoptionId must be another adoption')).toBe(true);
    expect(isTechnicalMessage('Say why the adoption stopped.')).toBe(false);
  });
});

describe('adoption stages', () => {
  it('should label and explain every stage, starting stages leaving out Stopped', () => {
    for (const stage of ADOPTION_STAGE_ORDER) {
      expect(ADOPTION_STAGE_TEXT[stage].label).not.toMatch(/^[A-Z_]+$/);
      expect(ADOPTION_STAGE_TEXT[stage].hint.length).toBeGreaterThan(10);
    }
    expect(STARTING_STAGES).not.toContain('STOPPED');
    expect(adoptionStageLabel('EMBEDDED')).toBe('Embedded');
    expect(adoptionStageLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

import { describe, expect, it } from '@jest/globals';

import type { EditorEvent } from './event-editor';
import { parseClockTime, utcToDateInputValue } from './date-time-input';
import { editorDefaults, editorErrorTarget, editorFormValues, londonLocalToUtc, readEventForm, readExpectedVersion, utcToLondonLocal } from './event-editor';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

/** The NHS date input's boxes for a UK clock time "YYYY-MM-DDTHH:mm". */
function when(id: string, local: string): Record<string, string> {
  const [date, time] = local.split('T');
  const [year, month, day] = date.split('-');
  return { [`${id}-day`]: day, [`${id}-month`]: month, [`${id}-year`]: year, [`${id}-time`]: time };
}

describe('event-editor', () => {
  it('should convert UK clock times to UTC across BST and GMT', () => {
    expect(londonLocalToUtc('2026-07-01T09:30')).toBe('2026-07-01T08:30:00.000Z');
    expect(londonLocalToUtc('2026-12-01T09:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(utcToLondonLocal('2026-07-01T08:30:00.000Z')).toBe('2026-07-01T09:30');
    expect(londonLocalToUtc('nonsense')).toBeNull();
  });

  it('should read every question row the form has, beyond the six blank rows (none lost on save)', () => {
    const rows: Record<string, string> = { title: 'Learning day', ...when('startsAt', '2026-12-01T09:30'), ...when('endsAt', '2026-12-01T16:00'), capacity: '100' };
    for (let i = 0; i < 9; i += 1) {
      rows[`question-${i}-id`] = `q${i}`;
      rows[`question-${i}-label`] = `Question ${i + 1}`;
      rows[`question-${i}-type`] = 'TEXT';
    }
    const read = readEventForm(form(rows));
    expect(read.errors).toEqual([]);
    expect(read.values?.questions.map((q) => q.id)).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
  });

  it('should read quotas and questions, and report missing fields', () => {
    const ok = readEventForm(
      form({
        title: 'Learning day',
        ...when('startsAt', '2026-12-01T09:30'),
        ...when('endsAt', '2026-12-01T16:00'),
        capacity: '100',
        'quota-ICS-QUA': '10',
        'quota-ORGANISATION_TYPE-VCSE': '20',
        'quota-ICS-QHL': '',
        'question-0-label': 'Dietary needs',
        'question-0-type': 'TEXT',
        'question-0-sensitive': 'yes',
        'question-1-label': 'Role',
        'question-1-type': 'CHOICE',
        'question-1-options': 'Clinical, Other',
        'question-1-required': 'yes',
      }),
    );
    expect(ok.errors).toEqual([]);
    expect(ok.values?.quotas).toEqual([
      { kind: 'ICS', key: 'QUA', places: 10 },
      { kind: 'ORGANISATION_TYPE', key: 'VCSE', places: 20 },
    ]);
    expect(ok.values?.questions.map((q) => [q.label, q.sensitive, q.required, q.options])).toEqual([
      ['Dietary needs', true, false, []],
      ['Role', false, true, ['Clinical', 'Other']],
    ]);
    const bad = readEventForm(form({ title: 'x', capacity: '0', 'question-0-label': 'Pick', 'question-0-type': 'CHOICE' }));
    expect(bad.errors.map((e) => e.field)).toEqual(['title', 'startsAt', 'endsAt', 'capacity', 'question-0-options']);
    expect(bad.errors.find((e) => e.field === 'startsAt')?.message).toBe('Enter the date and time the event starts');
  });

  it('should keep every ticked case study link, however many (none is dropped past a cap)', () => {
    const f = form({ title: 'Learning day', ...when('startsAt', '2026-12-01T09:30'), ...when('endsAt', '2026-12-01T16:00'), capacity: '10' });
    const ids = Array.from({ length: 25 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    for (const id of [...ids, ids[0], 'not-a-uuid']) f.append('caseStudyIds', id);
    expect(readEventForm(f).values?.caseStudyIds).toEqual(ids);
  });

  describe('after a conflicting change or an error', () => {
    const event: EditorEvent = {
      title: 'Learning day',
      description: 'As loaded',
      startsAt: '2026-12-01T09:30:00.000Z',
      endsAt: '2026-12-01T16:00:00.000Z',
      venueName: 'The Studio',
      venueAddress: null,
      onlineUrl: null,
      capacity: 100,
      offerHours: 48,
      requiresApproval: true,
      version: 7,
      caseStudyIds: ['cs-1', 'cs-2'],
      quotas: [{ kind: 'ICS', key: 'QUA', places: 10 }],
      questions: [{ id: 'q1', label: 'Dietary needs', type: 'CHOICE', required: true, sensitive: true, options: ['None', 'Vegan'] }],
    };

    it('should start from the event as loaded, with the version it was opened at', () => {
      const d = editorDefaults(event, undefined);
      expect(d).toMatchObject({
        expectedVersion: '7',
        title: 'Learning day',
        startsAt: { day: '1', month: '12', year: '2026', time: '09:30' },
        registrationClosesAt: {},
        venueName: 'The Studio',
        venueAddress: undefined,
        capacity: '100',
        requiresApproval: true,
        quotas: { 'quota-ICS-QUA': '10' },
        caseStudyIds: ['cs-1', 'cs-2'],
      });
      expect(d.questions[0]).toEqual({ id: 'q1', label: 'Dietary needs', type: 'CHOICE', options: 'None, Vegan', required: true, sensitive: true });
      expect(d.questions).toHaveLength(6);
    });

    it('should show again exactly what was typed (not the event as loaded), keeping the version it was opened at', () => {
      const f = new FormData();
      for (const [k, v] of Object.entries({
        $ACTION_REF_1: '',
        expectedVersion: '7',
        title: 'My new title',
        description: 'Typed text',
        ...when('startsAt', '2026-12-02T10:00'),
        'startsAt-month': 'Dec',
        ...when('endsAt', '2026-12-02T12:00'),
        venueName: '',
        capacity: '120',
        offerHours: '24',
        'quota-ICS-QUA': '',
        'quota-ICS-QHL': '5',
        'question-0-id': 'q1',
        'question-0-label': 'Access needs',
        'question-0-type': 'TEXT',
        'question-0-sensitive': 'yes',
        'question-1-label': 'A new question',
        'question-1-type': 'YES_NO',
        then: 'case-studies',
      })) {
        f.append(k, v);
      }
      f.append('caseStudyIds', 'cs-2');
      const submitted = editorFormValues(f);
      expect(submitted).not.toHaveProperty('$ACTION_REF_1');
      expect(submitted).not.toHaveProperty('then');
      const d = editorDefaults({ ...event, version: 8, title: 'Their title' }, submitted);
      expect(d).toMatchObject({
        expectedVersion: '7',
        title: 'My new title',
        description: 'Typed text',
        startsAt: { day: '02', month: 'Dec', year: '2026', time: '10:00' },
        registrationClosesAt: { day: undefined, month: undefined, year: undefined, time: undefined },
        venueName: '',
        capacity: '120',
        offerHours: '24',
        requiresApproval: false,
        quotas: { 'quota-ICS-QUA': '', 'quota-ICS-QHL': '5' },
        caseStudyIds: ['cs-2'],
      });
      expect(d.questions.slice(0, 2)).toEqual([
        { id: 'q1', label: 'Access needs', type: 'TEXT', options: undefined, required: false, sensitive: true },
        { id: undefined, label: 'A new question', type: 'YES_NO', options: undefined, required: false, sensitive: false },
      ]);
    });

    it('should collect a repeated field as a list and read only a whole version of 1 or more', () => {
      const f = new FormData();
      f.append('caseStudyIds', 'a');
      f.append('caseStudyIds', 'b');
      expect(editorFormValues(f)).toEqual({ caseStudyIds: ['a', 'b'] });
      expect(readExpectedVersion(form({ expectedVersion: '12' }))).toBe(12);
      for (const bad of ['', '0', '-1', '1.5', 'x', '99999999999']) expect(readExpectedVersion(form({ expectedVersion: bad }))).toBeUndefined();
      expect(readExpectedVersion(new FormData())).toBeUndefined();
    });
  });

  describe('dates and times (NHS date input: day, month, year and time, in UK time)', () => {
    const base = { title: 'Learning day', capacity: '10', ...when('endsAt', '2031-03-04T16:00') };
    const errorsFor = (entries: Record<string, string>) => readEventForm(form({ ...base, ...entries })).errors;

    it('should say which part of the date is missing', () => {
      expect(errorsFor({ 'startsAt-day': '4', 'startsAt-year': '2031', 'startsAt-time': '10:00' })).toEqual([
        { field: 'startsAt', message: 'Start date must include a month', parts: ['month'] },
      ]);
      expect(errorsFor({ 'startsAt-year': '2031', 'startsAt-time': '10:00' })[0]).toMatchObject({
        message: 'Start date must include a day and month',
        parts: ['day', 'month'],
      });
      expect(errorsFor({ ...when('startsAt', '2031-03-04T10:00'), 'startsAt-time': '' })[0].message).toBe('Start date must include a time');
    });

    it('should say when a date or time cannot be real', () => {
      expect(errorsFor(when('startsAt', '2031-02-30T10:00'))[0]).toMatchObject({ message: 'Start date must be a real date', parts: ['day'] });
      expect(errorsFor(when('startsAt', '2031-13-01T10:00'))[0]).toMatchObject({ message: 'Start date must be a real date', parts: ['month'] });
      expect(errorsFor({ ...when('startsAt', '2031-03-04T10:00'), 'startsAt-day': 'x' })[0].message).toBe('Start date must be a real date');
      expect(errorsFor({ ...when('startsAt', '2031-03-04T10:00'), 'startsAt-year': '31' })[0].message).toBe(
        'Start date must include a year with 4 numbers, like 2026',
      );
      expect(errorsFor({ ...when('startsAt', '2031-03-04T10:00'), 'startsAt-time': '25:00' })[0]).toMatchObject({
        message: 'Start time must be a real time, like 09:30 or 14:00',
        parts: ['time'],
      });
    });

    it('should need the end after the start, and the deadline before the start', () => {
      expect(errorsFor(when('startsAt', '2031-03-04T17:00'))).toEqual([
        { field: 'endsAt', message: 'End must be after the start', parts: ['day', 'month', 'year', 'time'] },
      ]);
      expect(errorsFor({ ...when('startsAt', '2031-03-04T10:00'), ...when('registrationClosesAt', '2031-03-05T10:00') })[0]).toMatchObject({
        field: 'registrationClosesAt',
        message: 'Registration deadline must be before the event starts',
      });
    });

    it('should read UK clock times (BST and GMT) in the ways people type them, and an optional deadline', () => {
      const read = readEventForm(
        form({ ...base, ...when('startsAt', '2031-03-04T10:00'), 'startsAt-time': '10am', ...when('registrationClosesAt', '2031-03-03T17:00'), 'registrationClosesAt-time': '5pm' }),
      );
      expect(read.errors).toEqual([]);
      expect(read.values).toMatchObject({
        startsAt: '2031-03-04T10:00:00.000Z',
        endsAt: '2031-03-04T16:00:00.000Z',
        registrationClosesAt: '2031-03-03T17:00:00.000Z',
      });
      const summer = readEventForm(form({ ...base, ...when('startsAt', '2031-06-04T09:30'), ...when('endsAt', '2031-06-04T12:00') }));
      expect(summer.values).toMatchObject({ startsAt: '2031-06-04T08:30:00.000Z', registrationClosesAt: null });
      expect(parseClockTime('9.30')).toBe('09:30');
      expect(parseClockTime('0930')).toBe('09:30');
      expect(parseClockTime('12am')).toBe('00:00');
      expect(parseClockTime('2:30pm')).toBe('14:30');
      expect(parseClockTime('9')).toBeNull();
      expect(parseClockTime('13pm')).toBeNull();
    });

    it('should link the error summary to the first box in error', () => {
      expect(editorErrorTarget({ field: 'startsAt', message: 'x', parts: ['month', 'year'] })).toBe('startsAt-month');
      expect(editorErrorTarget({ field: 'title', message: 'x' })).toBe('title');
      expect(editorErrorTarget({ message: 'x' })).toBeUndefined();
    });

    it('should show an event\'s times in the boxes in UK time', () => {
      expect(utcToDateInputValue('2031-06-04T08:30:00.000Z')).toEqual({ day: '4', month: '6', year: '2031', time: '09:30' });
      expect(utcToDateInputValue(null)).toEqual({});
    });

    it('should name the ICS or organisation type in a quota error', () => {
      expect(readEventForm(form({ ...base, ...when('startsAt', '2031-03-04T10:00'), 'quota-ICS-QUA': 'five' }), { 'ICS:QUA': 'Black Country' }).errors).toEqual([
        { field: 'quota-ICS-QUA', message: 'Guaranteed places for Black Country must be a whole number, like 5' },
      ]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';

import type { EditorEvent } from './event-editor';
import { editorDefaults, editorFormValues, londonLocalToUtc, readEventForm, readExpectedVersion, utcToLondonLocal } from './event-editor';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

describe('event-editor', () => {
  it('should convert UK clock times to UTC across BST and GMT', () => {
    expect(londonLocalToUtc('2026-07-01T09:30')).toBe('2026-07-01T08:30:00.000Z');
    expect(londonLocalToUtc('2026-12-01T09:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(utcToLondonLocal('2026-07-01T08:30:00.000Z')).toBe('2026-07-01T09:30');
    expect(londonLocalToUtc('nonsense')).toBeNull();
  });

  it('should read every question row the form has, beyond the six blank rows (none lost on save)', () => {
    const rows: Record<string, string> = { title: 'Learning day', startsAt: '2026-12-01T09:30', endsAt: '2026-12-01T16:00', capacity: '100' };
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
        startsAt: '2026-12-01T09:30',
        endsAt: '2026-12-01T16:00',
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
  });

  it('should keep every ticked case study link, however many (none is dropped past a cap)', () => {
    const f = form({ title: 'Learning day', startsAt: '2026-12-01T09:30', endsAt: '2026-12-01T16:00', capacity: '10' });
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
        startsAt: '2026-12-01T09:30',
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
        startsAt: '2026-12-02T10:00',
        endsAt: '2026-12-02T12:00',
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
        startsAt: '2026-12-02T10:00',
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
});

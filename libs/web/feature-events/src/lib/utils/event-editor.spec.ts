import { describe, expect, it } from '@jest/globals';

import { londonLocalToUtc, readEventForm, utcToLondonLocal } from './event-editor';

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
});

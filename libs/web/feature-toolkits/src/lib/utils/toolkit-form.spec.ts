import { describe, expect, it } from '@jest/globals';

import {
  fieldIdForApiField,
  formErrorsFromApiErrors,
  parsePendingFiles,
  readSections,
  slugify,
} from './toolkit-form';

const form = (entries: Record<string, string>): FormData => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

describe('readSections', () => {
  it('should skip removed and blank rows and remember which row each section came from', () => {
    const read = readSections(
      form({
        sectionRows: '4',
        'sections-0-key': 'intro',
        'sections-0-title': 'Introduction',
        'sections-0-body': 'Why',
        'sections-1-key': 'old',
        'sections-1-title': 'Old',
        'sections-1-body': 'x',
        'sections-1-remove': 'yes',
        'sections-2-key': 'method',
        'sections-2-title': 'Method',
        'sections-2-body': 'How',
      }),
    );
    expect(read.sections.map((s) => s.key)).toEqual(['intro', 'method']);
    expect(read.rows).toEqual([0, 2]);
    expect(read.errors).toEqual([]);
  });

  it('should report a bad key, a duplicate key and a missing title on their fields', () => {
    const read = readSections(
      form({
        sectionRows: '2',
        'sections-0-key': 'Bad Key',
        'sections-0-title': '',
        'sections-0-body': 'x',
        'sections-1-key': 'Bad Key',
        'sections-1-title': 'T',
        'sections-1-body': 'y',
      }),
    );
    expect(read.errors.map((e) => e.field)).toEqual([
      'sections-0-key',
      'sections-0-title',
      'sections-1-key',
    ]);
  });
});

describe('fieldIdForApiField', () => {
  it('should map a sent section index back to its form row', () => {
    expect(fieldIdForApiField('sections.1.body', [0, 2], {})).toBe('sections-2-body');
    expect(fieldIdForApiField('changelog', [], { changelog: 'changelog' })).toBe('changelog');
    expect(fieldIdForApiField('unknown', [], {})).toBeUndefined();
  });

  it('should fall back to a summary-only error when the API names no known field', () => {
    expect(formErrorsFromApiErrors([{ message: 'No' }], [], {})).toEqual([{ message: 'No' }]);
    expect(formErrorsFromApiErrors([], [], {})[0]?.message).toMatch(/went wrong/);
  });
});

describe('parsePendingFiles and slugify', () => {
  it('should keep only well-formed, distinct uploads', () => {
    const id = '0b0e5c8e-7a53-4c41-9a3b-1f6f1d0f3a11';
    expect(parsePendingFiles([`${id}|guide.pdf`, `${id}|again.pdf`, 'nope|x', `${id}`])).toEqual([
      { id, name: 'guide.pdf' },
    ]);
    expect(parsePendingFiles(undefined)).toEqual([]);
  });

  it('should make a URL slug from a title', () => {
    expect(slugify('  Social Prescribing: a How-To!  ')).toBe('social-prescribing-a-how-to');
  });
});

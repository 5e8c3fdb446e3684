import { describe, expect, it } from '@jest/globals';

import {
  CONFLICT_MESSAGE,
  editorErrorsFromApi,
  fieldForApiPath,
  parsePartners,
  readStepValues,
  stepInput,
  validateStep,
} from './editor-steps';

const form = (entries: Array<[string, string]>): FormData => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe('editor steps', () => {
  describe('readStepValues', () => {
    it('should read only the fields of the step, trimmed, with checkbox lists', () => {
      const values = readStepValues(
        1,
        form([
          ['title', '  Care academy  '],
          ['summary', 'A summary of the work'],
          ['themes', 'EMPLOYMENT'],
          ['themes', 'SKILLS'],
          ['problem', 'not on this step'],
        ]),
      );
      expect(values).toEqual({
        title: 'Care academy',
        summary: 'A summary of the work',
        icsOdsCode: '',
        placeName: '',
        themes: ['EMPLOYMENT', 'SKILLS'],
      });
    });
  });

  describe('validateStep', () => {
    it('should require a title and summary on step 1', () => {
      expect(validateStep(1, { title: '', summary: 'short' })).toEqual([
        { field: 'title', message: 'Enter a title' },
        { field: 'summary', message: 'Summary must be 10 to 2,000 characters' },
      ]);
    });

    it('should require a contact name when a contact email is given and a real review-by date', () => {
      expect(
        validateStep(4, { contactEmail: 'a@example.org', reviewBy: '2026-13-40' }).map(
          (e) => e.field,
        ),
      ).toEqual(['contactName', 'reviewBy']);
    });
  });

  describe('stepInput', () => {
    it('should build the step 4 input with lists, quintiles and a contact', () => {
      expect(
        stepInput(4, {
          targetGroups: 'Core20, Carers',
          imdQuintiles: ['1', '2'],
          ageBands: '16-24',
          contactName: 'Asha',
          contactEmail: 'asha@example.org',
          evidenceLevel: 'EVALUATED',
        }),
      ).toMatchObject({
        targetGroups: ['Core20', 'Carers'],
        imdQuintiles: [1, 2],
        ageBands: ['16-24'],
        evidenceLevel: 'EVALUATED',
        contact: { name: 'Asha', role: null, email: 'asha@example.org' },
        reviewBy: null,
      });
    });

    it('should clear the contact when no name is given', () => {
      expect(stepInput(4, {})).toMatchObject({ contact: null });
    });
  });

  describe('parsePartners', () => {
    it('should read one partner per line with an optional role after a colon', () => {
      expect(parsePartners('Walsall College: runs training\n\nDWP')).toEqual([
        { name: 'Walsall College', role: 'runs training' },
        { name: 'DWP' },
      ]);
    });
  });

  describe('editorErrorsFromApi', () => {
    it('should map nested API paths to the fields of the step', () => {
      expect(fieldForApiPath(4, 'contact.email')).toBe('contactEmail');
      expect(fieldForApiPath(3, 'partners.0.name')).toBe('partners');
      expect(fieldForApiPath(2, 'title')).toBeUndefined();
      expect(
        editorErrorsFromApi(4, [
          { code: 'BAD_USER_INPUT', field: 'contact.email', message: 'Email must be an email.' },
        ]),
      ).toEqual([{ field: 'contactEmail', message: 'Email must be an email.' }]);
    });

    it('should show CONFLICT on expectedVersion as the reload message', () => {
      expect(
        editorErrorsFromApi(2, [
          { code: 'CONFLICT', field: 'expectedVersion', message: 'Someone else changed it.' },
        ]),
      ).toEqual([{ message: CONFLICT_MESSAGE }]);
    });
  });
});

import { describe, expect, it } from '@jest/globals';

import { questionFieldId } from './question-field-id';

describe('questionFieldId', () => {
  it('should point at the text input, or at the first option of a choice', () => {
    expect(questionFieldId({ id: 'diet', type: 'TEXT' })).toBe('q-diet');
    expect(questionFieldId({ id: 'role', type: 'CHOICE' })).toBe('q-role-0');
    expect(questionFieldId({ id: 'photos', type: 'YES_NO' })).toBe('q-photos-0');
  });
});

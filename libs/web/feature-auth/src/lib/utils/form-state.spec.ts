import { describe, expect, it } from '@jest/globals';

import { signUpFields, signUpSchema } from './auth-schemas';
import { formErrorsFromApi, formErrorsFromIssues } from './form-state';

describe('formErrorsFromApi', () => {
  it('should attach BAD_USER_INPUT errors to the named field', () => {
    const errors = formErrorsFromApi(
      [{ code: 'BAD_USER_INPUT', field: 'password', message: 'Too common' }],
      { fields: signUpFields },
    );
    expect(errors).toEqual([{ field: 'password', message: 'Too common' }]);
  });

  it('should use fieldForCode when the API names no field', () => {
    const errors = formErrorsFromApi(
      [{ code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.' }],
      { fields: ['email', 'password'] as const, fieldForCode: { UNAUTHENTICATED: 'email' } },
    );
    expect(errors).toEqual([{ field: 'email', message: 'Email or password is incorrect.' }]);
  });

  it('should leave errors for unknown fields without a field', () => {
    const errors = formErrorsFromApi(
      [{ code: 'BAD_USER_INPUT', field: 'after', message: 'Bad cursor' }],
      { fields: signUpFields },
    );
    expect(errors).toEqual([{ message: 'Bad cursor' }]);
  });
});

describe('formErrorsFromIssues', () => {
  it('should give one error per field in page order', () => {
    const result = signUpSchema.safeParse({
      name: '',
      email: 'nope',
      organisationId: '',
      password: 'short',
    });
    expect(result.success).toBe(false);
    const errors = result.success ? [] : formErrorsFromIssues(result.error.issues, signUpFields);
    expect(errors.map((error) => error.field)).toEqual([
      'name',
      'email',
      'organisationId',
      'password',
    ]);
    expect(errors[3]?.message).toBe('Password must be 12 characters or more');
  });
});

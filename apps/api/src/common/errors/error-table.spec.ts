import { DomainException } from './domain.exception';
import { ErrorCategory } from './error-category';
import type { ErrorSpec } from './error-table';
import { domainExceptionFrom } from './error-table';

enum SampleCode {
  Missing = 'SAMPLE_MISSING',
  Taken = 'SAMPLE_TAKEN',
}

const ERRORS: Record<SampleCode, ErrorSpec> = {
  [SampleCode.Missing]: [ErrorCategory.NotFound, 'The sample was not found.'],
  [SampleCode.Taken]: [ErrorCategory.Conflict, 'That name is taken.', 'name'],
};

class SampleException extends domainExceptionFrom(ERRORS) {}

describe('domainExceptionFrom', () => {
  it('should take the category, message and field from the table', () => {
    const e = new SampleException(SampleCode.Taken);
    expect(e).toBeInstanceOf(DomainException);
    expect(e).toBeInstanceOf(SampleException);
    expect([e.code, e.category, e.message, e.field]).toEqual([
      'SAMPLE_TAKEN',
      ErrorCategory.Conflict,
      'That name is taken.',
      'name',
    ]);
    expect(new SampleException(SampleCode.Missing).field).toBeUndefined();
  });

  it('should let a throw replace the message and field and add field errors', () => {
    const e = new SampleException(SampleCode.Taken, 'Another message.', 'title', [
      { field: 'title', message: 'Too long' },
    ]);
    expect([e.message, e.field, e.fieldErrors]).toEqual([
      'Another message.',
      'title',
      [{ field: 'title', message: 'Too long' }],
    ]);
  });
});

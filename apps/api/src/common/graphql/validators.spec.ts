import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { OptionalStringList } from './validators';

class Sample {
  @OptionalStringList(2, 5)
  tags?: string[];
}

const errorsFor = (value: unknown) =>
  validateSync(plainToInstance(Sample, { tags: value })).map((e) => Object.keys(e.constraints ?? {}));

describe('OptionalStringList', () => {
  it('should accept a missing or valid list', () => {
    expect(errorsFor(undefined)).toEqual([]);
    expect(errorsFor(['ab', 'cde'])).toEqual([]);
  });

  it('should reject too many items, too-long items, non-strings and non-lists', () => {
    expect(errorsFor(['a', 'b', 'c'])[0]).toContain('arrayMaxSize');
    expect(errorsFor(['toolong'])[0]).toContain('maxLength');
    expect(errorsFor([1])[0]).toContain('isString');
    expect(errorsFor('abc')[0]).toContain('isArray');
  });
});

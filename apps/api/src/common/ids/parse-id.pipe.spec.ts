import { DomainException } from '../errors/domain.exception';
import { ParseIdPipe } from './parse-id.pipe';
import { isUuid } from './uuid';

describe('isUuid', () => {
  it('should accept canonical UUIDs in either case and nothing else', () => {
    expect(isUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isUuid('123E4567-E89B-12D3-A456-426614174000')).toBe(true);
    for (const value of [
      '',
      'not-a-uuid',
      '123e4567e89b12d3a456426614174000',
      '------------------------------------',
      "1' OR '1'='1",
      7,
      null,
      undefined,
    ]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});

describe('ParseIdPipe', () => {
  const pipe = new ParseIdPipe();
  it('should pass a UUID through', () => {
    expect(
      pipe.transform('123e4567-e89b-12d3-a456-426614174000', { type: 'param', data: 'id' }),
    ).toBe('123e4567-e89b-12d3-a456-426614174000');
  });
  it('should refuse a malformed id as BAD_USER_INPUT naming the param', () => {
    expect.assertions(3);
    try {
      pipe.transform('nope', { type: 'param', data: 'id' });
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      expect((error as DomainException).category).toBe('BAD_USER_INPUT');
      expect((error as DomainException).field).toBe('id');
    }
  });
});

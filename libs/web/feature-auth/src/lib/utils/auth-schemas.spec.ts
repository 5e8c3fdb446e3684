import { describe, expect, it } from '@jest/globals';

import { returnToSchema } from './auth-schemas';

describe('returnToSchema', () => {
  it('should allow same-site paths', () => {
    expect(returnToSchema.parse('/account')).toBe('/account');
    expect(returnToSchema.parse('/organisations?ics=QUA')).toBe('/organisations?ics=QUA');
  });

  it('should fall back to /account for other sites and junk', () => {
    for (const value of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      undefined,
      42,
    ]) {
      expect(returnToSchema.parse(value)).toBe('/account');
    }
  });
});

import { describe, expect, it } from '@jest/globals';

import {
  odsCodeSchema,
  organisationsHref,
  organisationsSearchParamsSchema,
} from './directory-params';

describe('organisationsSearchParamsSchema', () => {
  it('should keep valid filters and drop invalid or empty ones', () => {
    expect(
      organisationsSearchParamsSchema.parse({
        q: '  walsall ',
        ics: 'qua',
        type: 'NHS_TRUST',
        after: 'bzox',
      }),
    ).toEqual({ q: 'walsall', ics: 'QUA', type: 'NHS_TRUST', after: 'bzox' });
    expect(
      organisationsSearchParamsSchema.parse({
        q: '',
        ics: 'not-a-code',
        type: '<b>',
        after: 'a b',
      }),
    ).toEqual({
      q: undefined,
      ics: undefined,
      type: undefined,
      after: undefined,
    });
  });

  it('should take the first value of repeated parameters', () => {
    expect(organisationsSearchParamsSchema.parse({ ics: ['QUA', 'QHL'] }).ics).toBe('QUA');
  });
});

describe('organisationsHref', () => {
  it('should omit empty filters', () => {
    expect(organisationsHref({})).toBe('/organisations');
    expect(organisationsHref({ ics: 'QUA', after: 'abc' })).toBe(
      '/organisations?ics=QUA&after=abc',
    );
  });
});

describe('odsCodeSchema', () => {
  it('should upper-case valid codes and reject others', () => {
    expect(odsCodeSchema.parse('qua')).toBe('QUA');
    expect(odsCodeSchema.safeParse('QUAX').success).toBe(false);
  });
});

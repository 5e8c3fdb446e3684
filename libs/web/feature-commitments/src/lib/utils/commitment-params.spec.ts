import { describe, expect, it } from '@jest/globals';
import { commitmentsFilter, commitmentsHref, parseCommitmentsParams } from './commitment-params';

describe('commitments tracker params', () => {
  it('should keep valid filters, drop malformed ones and empty ones', () => {
    const p = parseCommitmentsParams({
      ics: 'QHL',
      theme: 'EMPLOYMENT',
      status: 'PURPLE',
      organisation: 'x',
      overdue: 'yes',
      after: '',
    });
    expect(p).toEqual({
      ics: 'QHL',
      theme: 'EMPLOYMENT',
      status: undefined,
      organisation: undefined,
      overdue: 'yes',
      after: undefined,
    });
    expect(commitmentsFilter(p)).toEqual({
      icsOdsCode: 'QHL',
      themeKey: 'EMPLOYMENT',
      organisationId: null,
      status: null,
      overdue: true,
    });
  });

  it('should build links with only the chosen filters', () => {
    expect(commitmentsHref({})).toBe('/commitments');
    expect(commitmentsHref({ theme: 'EMPLOYMENT', overdue: 'no' }, 'b286MTk')).toBe(
      '/commitments?theme=EMPLOYMENT&overdue=no&after=b286MTk',
    );
  });
});

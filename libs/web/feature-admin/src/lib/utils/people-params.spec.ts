import { describe, expect, it } from '@jest/globals';
import {
  adminPeopleFilter,
  adminPeopleHref,
  isFiltered,
  parseAdminPeopleParams,
  personStatus,
} from './people-params';

describe('admin people params', () => {
  it('should keep valid filters and drop malformed ones', () => {
    const p = parseAdminPeopleParams({
      q: '  jo ',
      ics: 'QUA',
      organisation: 'not-a-uuid',
      role: 'KING',
      status: ['SUSPENDED', 'VERIFIED'],
      after: 'bad cursor!',
    });
    expect(p).toEqual({
      q: 'jo',
      ics: 'QUA',
      organisation: undefined,
      role: undefined,
      status: 'SUSPENDED',
      after: undefined,
    });
    expect(adminPeopleFilter(p)).toEqual({
      search: 'jo',
      icsOdsCode: 'QUA',
      organisationId: null,
      role: null,
      status: 'SUSPENDED',
    });
    expect(isFiltered(p)).toBe(true);
    expect(isFiltered(parseAdminPeopleParams({}))).toBe(false);
  });

  it('should build the search URL with a cursor', () => {
    expect(adminPeopleHref(parseAdminPeopleParams({}))).toBe('/admin/people');
    expect(adminPeopleHref(parseAdminPeopleParams({ q: 'a b', role: 'MODERATOR' }), 'b2s')).toBe(
      '/admin/people?q=a+b&role=MODERATOR&after=b2s',
    );
  });

  it('should put a suspension before the membership status', () => {
    expect(
      personStatus({ membership: { status: 'VERIFIED' }, signInState: { suspended: true } }).text,
    ).toBe('Suspended');
    expect(
      personStatus({ membership: { status: 'REQUESTED' }, signInState: { suspended: false } }).text,
    ).toBe('Waiting to be verified');
    expect(personStatus({ membership: null, signInState: null }).text).toBe('No organisation');
  });
});

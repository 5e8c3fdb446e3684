import { describe, expect, it } from '@jest/globals';

import { isReviewer, roleLinks } from './role-links';

const keys = (user: { verified: boolean; roles: string[] }) => roleLinks(user).map((l) => l.key);

describe('roleLinks', () => {
  it('should give a verified member only the join requests they can vouch for', () => {
    expect(keys({ verified: true, roles: ['MEMBER'] })).toEqual(['join-requests']);
  });

  it('should give an unverified member no work links', () => {
    expect(keys({ verified: false, roles: ['MEMBER'] })).toEqual([]);
    expect(keys({ verified: false, roles: ['MEMBER', 'ORGANISER'] })).toEqual([]);
  });

  it('should give a moderator the review queue and moderation, not admin', () => {
    expect(keys({ verified: true, roles: ['MEMBER', 'MODERATOR'] })).toEqual([
      'review',
      'moderation',
      'join-requests',
    ]);
  });

  it('should give ICS and regional admins review, moderation and admin', () => {
    for (const role of ['ICS_ADMIN', 'REGIONAL_ADMIN']) {
      expect(keys({ verified: true, roles: ['MEMBER', role] })).toEqual([
        'review',
        'moderation',
        'admin',
      ]);
    }
  });

  it('should link each to its page', () => {
    const links = roleLinks({ verified: true, roles: ['REGIONAL_ADMIN'] });
    expect(links.map((l) => [l.text, l.href])).toEqual([
      ['Review queue', '/case-studies/review'],
      ['Moderation', '/moderation'],
      ['Admin', '/admin/requests'],
    ]);
  });
});

describe('isReviewer', () => {
  it('should match the API reviewer roles only', () => {
    expect(isReviewer(['MODERATOR'])).toBe(true);
    expect(isReviewer(['ORGANISER', 'MEMBER'])).toBe(false);
  });
});

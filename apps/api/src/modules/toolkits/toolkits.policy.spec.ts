import type { AuthUser } from '../../common/auth/auth-user';
import { testAuthUser } from '../../common/auth/auth-user.testing';
import { HEAT_FORM } from '../../database/seeds/toolkits-seed';
import { canPublishVersion, validateAnswers } from './toolkits.policy';

const member: AuthUser = testAuthUser({ id: 'u', organisationId: 'org' });

describe('toolkits.policy', () => {
  it('should let verified members of the owning organisation publish, and not others', () => {
    expect(canPublishVersion(member, { ownerOrganisationId: 'org', createdById: null })).toBe(true);
    expect(canPublishVersion(member, { ownerOrganisationId: 'other', createdById: null })).toBe(
      false,
    );
    expect(
      canPublishVersion(
        testAuthUser({ id: 'u', organisationId: 'org', verified: false }),
        { ownerOrganisationId: 'org', createdById: null },
      ),
    ).toBe(false);
  });

  it('should validate scale, choice and unknown answers, and require closed questions on submit', () => {
    expect(validateAnswers(HEAT_FORM, { 'prepare.partners': 6 }, false)[0].field).toBe(
      'prepare.partners',
    );
    expect(validateAnswers(HEAT_FORM, { 'assess.data': 'Maybe' }, false)[0].message).toMatch(
      /options/,
    );
    expect(validateAnswers(HEAT_FORM, { nope: 1 }, false)).toHaveLength(1);
    expect(validateAnswers(HEAT_FORM, { 'prepare.partners': 3 }, true).length).toBeGreaterThan(0);
  });
});

import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../common/auth/auth-user';
import {
  canCiteAdoptionFigure,
  canCreateCommitment,
  canEditCommitment,
  canUpdateCommitment,
} from './commitments.policy';

const ORG_A = 'a0000000-0000-4000-8000-000000000001';
const ORG_B = 'b0000000-0000-4000-8000-000000000002';
const ICS_1 = 'c0000000-0000-4000-8000-000000000001';
const ICS_2 = 'c0000000-0000-4000-8000-000000000002';

function user(over: Partial<AuthUser> = {}): AuthUser {
  return {
    id: 'u0000000-0000-4000-8000-000000000009',
    name: 'Someone',
    email: 'someone@example.org',
    organisationId: null,
    membership: null,
    roles: [{ role: Role.MEMBER, icsId: null }],
    verified: false,
    sessionId: 's',
    createdAt: new Date(),
    ...over,
  };
}

const member = (organisationId: string) =>
  user({
    organisationId,
    verified: true,
    membership: { organisationId, status: 'VERIFIED' },
  });

describe('canCreateCommitment', () => {
  it('should let a verified member of one of the organisations create it', () => {
    expect(canCreateCommitment(member(ORG_A), [ORG_A, ORG_B], [ICS_1])).toBe(true);
    expect(canCreateCommitment(member(ORG_B), [ORG_A, ORG_B], [ICS_1])).toBe(true);
  });

  it('should refuse a member of another organisation, an unverified member and anonymous', () => {
    expect(canCreateCommitment(member(ORG_B), [ORG_A], [ICS_1])).toBe(false);
    const unverified = user({ membership: { organisationId: ORG_A, status: 'REQUESTED' } });
    expect(canCreateCommitment(unverified, [ORG_A], [ICS_1])).toBe(false);
    expect(canCreateCommitment(null, [ORG_A], [ICS_1])).toBe(false);
  });

  it('should let an ICS admin create one for an organisation in their ICS only', () => {
    const icsAdmin = user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_1 }] });
    expect(canCreateCommitment(icsAdmin, [ORG_A], [ICS_1])).toBe(true);
    expect(canCreateCommitment(icsAdmin, [ORG_A], [ICS_2])).toBe(false);
  });

  it('should let a regional admin create any', () => {
    const admin = user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] });
    expect(canCreateCommitment(admin, [ORG_A], [])).toBe(true);
  });
});

describe('canUpdateCommitment', () => {
  const facts = { ownerId: 'owner', organisationIds: [ORG_A, ORG_B], icsIds: [ICS_1] };

  it('should let the owner add updates even without membership', () => {
    expect(canUpdateCommitment(user({ id: 'owner' }), facts)).toBe(true);
  });

  it('should let verified members of any partner organisation add updates', () => {
    expect(canUpdateCommitment(member(ORG_B), facts)).toBe(true);
  });

  it('should let admins of its ICS and regional admins add updates', () => {
    expect(
      canUpdateCommitment(user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_1 }] }), facts),
    ).toBe(true);
    expect(
      canUpdateCommitment(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), facts),
    ).toBe(true);
  });

  it('should refuse others', () => {
    expect(canUpdateCommitment(null, facts)).toBe(false);
    expect(canUpdateCommitment(member('d0000000-0000-4000-8000-000000000004'), facts)).toBe(false);
    expect(
      canUpdateCommitment(user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_2 }] }), facts),
    ).toBe(false);
  });
});

describe('canEditCommitment', () => {
  const facts = { ownerId: 'owner', organisationIds: [ORG_A], icsIds: [ICS_1] };

  it('should follow who may make it: members, admins of its ICS, regional admins', () => {
    expect(canEditCommitment(member(ORG_A), facts)).toBe(true);
    expect(
      canEditCommitment(user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_1 }] }), facts),
    ).toBe(true);
    expect(
      canEditCommitment(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), facts),
    ).toBe(true);
  });

  it('should refuse other organisations, other ICSs and anonymous', () => {
    expect(canEditCommitment(member(ORG_B), facts)).toBe(false);
    expect(
      canEditCommitment(user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_2 }] }), facts),
    ).toBe(false);
    expect(canEditCommitment(null, facts)).toBe(false);
  });
});

describe('canCiteAdoptionFigure', () => {
  const adoption = { organisationId: ORG_B, icsId: ICS_1 };

  it('should allow figures of an adoption in their own ICS, or their own organisation', () => {
    expect(canCiteAdoptionFigure(member(ORG_A), adoption, [ICS_1])).toBe(true);
    expect(canCiteAdoptionFigure(member(ORG_B), adoption, [])).toBe(true);
    expect(
      canCiteAdoptionFigure(
        user({ roles: [{ role: Role.ICS_ADMIN, icsId: ICS_1 }] }),
        adoption,
        [],
      ),
    ).toBe(true);
    expect(
      canCiteAdoptionFigure(
        user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }),
        adoption,
        [],
      ),
    ).toBe(true);
  });

  it('should refuse figures of another ICS, and anonymous', () => {
    expect(canCiteAdoptionFigure(member(ORG_A), adoption, [ICS_2])).toBe(false);
    expect(canCiteAdoptionFigure(member(ORG_A), { ...adoption, icsId: null }, [ICS_1])).toBe(false);
    expect(canCiteAdoptionFigure(null, adoption, [ICS_1])).toBe(false);
  });
});

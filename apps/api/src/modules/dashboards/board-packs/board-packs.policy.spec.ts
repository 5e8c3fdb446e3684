import { Role } from '@mic/shared-util';

import type { AuthUser } from '../../../common/auth/auth-user';
import { packFileName } from './board-pack-document';
import { safeText } from './board-pack-sheets';
import { canReadPack, canRequestIcsPack, canRequestRegionPack } from './board-packs.policy';

const user = (o: Partial<AuthUser> = {}): AuthUser => ({
  id: 'u1',
  name: 'U',
  email: 'u@example.org',
  organisationId: 'org1',
  membership: { organisationId: 'org1', status: 'VERIFIED' },
  roles: [{ role: Role.MEMBER, icsId: null }],
  verified: true,
  sessionId: 's',
  createdAt: new Date(),
  ...o,
});

describe('board pack policy', () => {
  it('should let verified members of an organisation in the ICS have its pack, and no one else', () => {
    expect(canRequestIcsPack(user(), 'qua', ['qua', 'qhl'])).toBe(true);
    expect(canRequestIcsPack(user(), 'qua', ['qhl'])).toBe(false);
    expect(
      canRequestIcsPack(
        user({
          organisationId: null,
          verified: false,
          membership: { organisationId: 'org1', status: 'REQUESTED' },
        }),
        'qua',
        ['qua'],
      ),
    ).toBe(false);
  });

  it('should let regional admins and that ICS’s admins have an ICS pack', () => {
    expect(
      canRequestIcsPack(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), 'qua', []),
    ).toBe(true);
    expect(
      canRequestIcsPack(user({ roles: [{ role: Role.ICS_ADMIN, icsId: 'qua' }] }), 'qua', []),
    ).toBe(true);
    expect(
      canRequestIcsPack(user({ roles: [{ role: Role.ICS_ADMIN, icsId: 'qhl' }] }), 'qua', []),
    ).toBe(false);
  });

  it('should keep the region pack to regional and ICS admins', () => {
    expect(canRequestRegionPack(user())).toBe(false);
    expect(canRequestRegionPack(user({ roles: [{ role: Role.ICS_ADMIN, icsId: 'qhl' }] }))).toBe(
      true,
    );
    expect(
      canRequestRegionPack(user({ roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] })),
    ).toBe(true);
  });

  it('should show a pack to its requester and regional admins only', () => {
    expect(canReadPack(user(), { requestedById: 'u1' })).toBe(true);
    expect(canReadPack(user({ id: 'u2' }), { requestedById: 'u1' })).toBe(false);
    expect(
      canReadPack(user({ id: 'u2', roles: [{ role: Role.REGIONAL_ADMIN, icsId: null }] }), {
        requestedById: 'u1',
      }),
    ).toBe(true);
  });
});

describe('board pack files', () => {
  it('should name files readably', () => {
    expect(packFileName('Black Country', 2024, null, 'PDF')).toBe(
      'black-country-board-pack-2024-25.pdf',
    );
    expect(packFileName('Birmingham and Solihull', 2024, 2, 'XLSX')).toBe(
      'birmingham-and-solihull-board-pack-2024-25-q2.xlsx',
    );
    expect(packFileName('Midlands', null, null, 'CSV')).toBe('midlands-board-pack-all-years.csv');
  });

  it('should neutralise formulas', () => {
    for (const s of ['=1+1', '+44', '-5', '@SUM(A1)', '\tx']) expect(safeText(s)).toBe(`'${s}`);
    expect(safeText('Walsall')).toBe('Walsall');
  });
});

import { Role } from '@mic/shared-util';

import { SIGN_IN } from '../auth/auth.operations';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import type { TestUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const ADMIN_PEOPLE = `query AdminPeople($filter: AdminPeopleFilter, $first: Int, $after: String) {
  adminPeople(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id name email
      organisation { id name }
      membership { status }
      roleAssignments { role ics { odsCode } }
      signInState { lastActiveAt activeSessions suspended }
      suspension { suspendedAt reason }
    } }
  }
}`;

const ADMIN_PERSON = `query AdminPerson($id: ID!) { adminPerson(id: $id) { id email signInState { suspended activeSessions } suspension { reason } } }`;
const SUSPEND = `mutation Suspend($input: SuspendUserInput!) { suspendUser(input: $input) { id suspension { reason } } }`;
const RESTORE = `mutation Restore($userId: ID!) { restoreUser(userId: $userId) { id suspension { reason } } }`;
const GRANT = `mutation G($input: GrantRoleInput!) { grantRole(input: $input) { id roleAssignments { role ics { odsCode } } } }`;
const REVOKE = `mutation R($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }`;
const ME = `{ me { id } }`;

interface PeopleData {
  adminPeople: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; email: string | null } }[];
  };
}

describe('admin people (issue #15)', () => {
  let t: TestApp;
  let regional: TestUser;
  let icsAdmin: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    regional = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    icsAdmin = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
    });
  });

  afterAll(async () => {
    await t.close();
  });

  describe('adminPeople', () => {
    it('should find people by name or email with their emails, and page through them', async () => {
      for (let i = 0; i < 3; i += 1) {
        await createUser(t.db, {
          name: `Zebedee Admintest ${i}`,
          email: `zeb${i}.admintest@example.org`,
        });
      }
      const byName = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: regional.token,
        variables: { filter: { search: 'zebedee admintest' }, first: 2 },
      });
      expect(byName.errors).toBeUndefined();
      expect(byName.data!.adminPeople.totalCount).toBe(3);
      expect(byName.data!.adminPeople.edges.map((e) => e.node.email)).toEqual([
        'zeb0.admintest@example.org',
        'zeb1.admintest@example.org',
      ]);
      expect(byName.data!.adminPeople.pageInfo.hasNextPage).toBe(true);
      const next = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: regional.token,
        variables: {
          filter: { search: 'zebedee admintest' },
          first: 2,
          after: byName.data!.adminPeople.pageInfo.endCursor,
        },
      });
      expect(next.data!.adminPeople.edges.map((e) => e.node.name)).toEqual(['Zebedee Admintest 2']);
      const byEmail = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: regional.token,
        variables: { filter: { search: 'zeb1.admintest@' } },
      });
      expect(byEmail.data!.adminPeople.edges.map((e) => e.node.name)).toEqual([
        'Zebedee Admintest 1',
      ]);
    });

    it('should filter by role, status, organisation and ICS', async () => {
      const organiser = await createUser(t.db, {
        name: 'Yolanda Filtertest',
        icsOdsCodes: ['QT1'],
        roles: [{ role: Role.ORGANISER }],
      });
      const pending = await createUser(t.db, {
        name: 'Yves Filtertest',
        icsOdsCodes: ['QUA'],
        verified: false,
      });
      const ids = async (filter: Record<string, unknown>): Promise<string[]> => {
        const res = await gql<PeopleData>(t.url, {
          query: ADMIN_PEOPLE,
          as: regional.token,
          variables: { filter: { search: 'filtertest', ...filter } },
        });
        expect(res.errors).toBeUndefined();
        return res.data!.adminPeople.edges.map((e) => e.node.id);
      };
      expect(await ids({ role: 'ORGANISER' })).toEqual([organiser.id]);
      expect(await ids({ status: 'PENDING' })).toEqual([pending.id]);
      expect(await ids({ status: 'VERIFIED' })).toEqual([organiser.id]);
      expect(await ids({ organisationId: pending.organisationId })).toEqual([pending.id]);
      expect(await ids({ icsOdsCode: 'QT1' })).toEqual([organiser.id]);
      const unknownIcs = await gql(t.url, {
        query: ADMIN_PEOPLE,
        as: regional.token,
        variables: { filter: { icsOdsCode: 'ZZZ9' } },
      });
      expect(errorCode(unknownIcs)).toBe('BAD_USER_INPUT');
    });

    it('should show an ICS admin only the people in their ICS', async () => {
      const inside = await createUser(t.db, { name: 'Xanthe Scopetest', icsOdsCodes: ['QUA'] });
      await createUser(t.db, { name: 'Xavier Scopetest', icsOdsCodes: ['QT1'] });
      const mine = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: icsAdmin.token,
        variables: { filter: { search: 'scopetest' } },
      });
      expect(mine.data!.adminPeople.edges.map((e) => e.node.id)).toEqual([inside.id]);
      const elsewhere = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: icsAdmin.token,
        variables: { filter: { search: 'scopetest', icsOdsCode: 'QT1' } },
      });
      expect(elsewhere.data!.adminPeople.totalCount).toBe(0);
    });

    it('should refuse a member with FORBIDDEN and anonymous callers with UNAUTHENTICATED', async () => {
      const member = await createUser(t.db);
      expect(errorCode(await gql(t.url, { query: ADMIN_PEOPLE, as: member.token }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gql(t.url, { query: ADMIN_PEOPLE }))).toBe('UNAUTHENTICATED');
    });

    it('should use the same number of statements whatever the page size', async () => {
      for (let i = 0; i < 6; i += 1) {
        await createUser(t.db, {
          name: `Walter Counttest ${i}`,
          icsOdsCodes: [i % 2 ? 'QUA' : 'QT1'],
          roles: [{ role: Role.ICS_ADMIN, icsOdsCode: i % 2 ? 'QUA' : 'QT1' }],
        });
      }
      const page = (first: number) =>
        countQueries(() =>
          gql<PeopleData>(t.url, {
            query: ADMIN_PEOPLE,
            as: regional.token,
            variables: { filter: { search: 'counttest' }, first },
          }),
        );
      const small = await page(1);
      const large = await page(6);
      expect(small.result.errors).toBeUndefined();
      expect(large.result.data!.adminPeople.edges).toHaveLength(6);
      expect(large.count).toBe(small.count);
      // Session check, count, page, then one statement per loader (organisations, roles, ICSs, sessions).
      expect(large.count).toBeLessThanOrEqual(8);
    });
  });

  describe('adminPerson', () => {
    it('should answer FORBIDDEN outside an ICS admin’s ICS, NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const outside = await createUser(t.db, { icsOdsCodes: ['QT1'] });
      const inside = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      const ok = await gql<{ adminPerson: { email: string } }>(t.url, {
        query: ADMIN_PERSON,
        as: icsAdmin.token,
        variables: { id: inside.id },
      });
      expect(ok.data?.adminPerson.email).toBe(inside.email);
      expect(
        errorCode(
          await gql(t.url, {
            query: ADMIN_PERSON,
            as: icsAdmin.token,
            variables: { id: outside.id },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: ADMIN_PERSON,
            as: regional.token,
            variables: { id: '00000000-0000-4000-8000-000000000000' },
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(
          await gql(t.url, {
            query: ADMIN_PERSON,
            as: regional.token,
            variables: { id: 'not-an-id' },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('suspendUser and restoreUser', () => {
    it('should end every session at once, block sign-in with a clear error, audit the reason, and restore', async () => {
      const person = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      const signedIn = await gql<{ signIn: { accessToken: string } }>(t.url, {
        query: SIGN_IN,
        variables: { input: { email: person.email, password: TEST_PASSWORD } },
      });
      const second = signedIn.data!.signIn.accessToken;
      expect((await gql(t.url, { query: ME, as: person.token })).data?.me).toBeTruthy();

      const res = await gql<{ suspendUser: { suspension: { reason: string } } }>(t.url, {
        query: SUSPEND,
        as: icsAdmin.token,
        variables: { input: { userId: person.id, reason: 'Shared their account' } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.suspendUser.suspension.reason).toBe('Shared their account');

      // Both sessions stop working at once.
      for (const token of [person.token, second]) {
        expect((await gql<{ me: unknown }>(t.url, { query: ME, as: token })).data?.me).toBeNull();
        expect(errorCode(await gql(t.url, { query: `{ mySessions { id } }`, as: token }))).toBe(
          'UNAUTHENTICATED',
        );
      }
      const live: unknown[] = await t.db.query(
        `SELECT 1 FROM session WHERE user_id = $1 AND revoked_at IS NULL`,
        [person.id],
      );
      expect(live).toHaveLength(0);

      // Signing in with the right password is refused, saying why.
      const refused = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: person.email, password: TEST_PASSWORD } },
      });
      expect(errorCode(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toMatch(/suspended/);
      // A wrong password still says only "incorrect" (nothing revealed without the password).
      const wrong = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: person.email, password: 'not-the-password-1' } },
      });
      expect(wrong.errors?.[0]?.message).not.toMatch(/suspended/);

      // Shown as suspended to admins.
      const view = await gql<{
        adminPerson: { signInState: { suspended: boolean; activeSessions: number } };
      }>(t.url, {
        query: ADMIN_PERSON,
        as: regional.token,
        variables: { id: person.id },
      });
      expect(view.data!.adminPerson.signInState).toEqual({ suspended: true, activeSessions: 0 });
      const listed = await gql<PeopleData>(t.url, {
        query: ADMIN_PEOPLE,
        as: regional.token,
        variables: { filter: { search: person.email, status: 'SUSPENDED' } },
      });
      expect(listed.data!.adminPeople.edges.map((e) => e.node.id)).toEqual([person.id]);

      // A second click is CONFLICT.
      const again = await gql(t.url, {
        query: SUSPEND,
        as: icsAdmin.token,
        variables: { input: { userId: person.id, reason: 'Again' } },
      });
      expect(errorCode(again)).toBe('CONFLICT');

      const audit: { details: Record<string, unknown>; actor_id: string }[] = await t.db.query(
        `SELECT details, actor_id FROM audit_log WHERE action = 'user.suspended' AND target_id = $1`,
        [person.id],
      );
      expect(audit).toEqual([
        { details: { reason: 'Shared their account' }, actor_id: icsAdmin.id },
      ]);
      expect(JSON.stringify(audit)).not.toContain(person.email);

      const restored = await gql<{ restoreUser: { suspension: unknown } }>(t.url, {
        query: RESTORE,
        as: icsAdmin.token,
        variables: { userId: person.id },
      });
      expect(restored.data?.restoreUser.suspension).toBeNull();
      expect(
        errorCode(
          await gql(t.url, {
            query: RESTORE,
            as: icsAdmin.token,
            variables: { userId: person.id },
          }),
        ),
      ).toBe('CONFLICT');
      const back = await gql<{ signIn: { accessToken: string } }>(t.url, {
        query: SIGN_IN,
        variables: { input: { email: person.email, password: TEST_PASSWORD } },
      });
      expect(back.errors).toBeUndefined();
      const restoredAudit: unknown[] = await t.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'user.restored' AND target_id = $1`,
        [person.id],
      );
      expect(restoredAudit).toHaveLength(1);
    });

    it('should refuse yourself, people outside an ICS admin’s ICS, a blank reason and malformed ids', async () => {
      const outside = await createUser(t.db, { icsOdsCodes: ['QT1'] });
      const suspend = (as: string, userId: string, reason = 'Reason') =>
        gql(t.url, { query: SUSPEND, as, variables: { input: { userId, reason } } });
      expect(errorCode(await suspend(regional.token, regional.id))).toBe('FORBIDDEN');
      expect(errorCode(await suspend(icsAdmin.token, outside.id))).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: RESTORE,
            as: icsAdmin.token,
            variables: { userId: outside.id },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await suspend(icsAdmin.token, regional.id))).toBe('FORBIDDEN');
      const blank = await suspend(regional.token, outside.id, '   ');
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0]?.extensions?.field).toBe('reason');
      expect(errorCode(await suspend(regional.token, 'nope'))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, { query: RESTORE, as: regional.token, variables: { userId: '123' } }),
        ),
      ).toBe('BAD_USER_INPUT');
      const member = await createUser(t.db, { icsOdsCodes: ['QT1'] });
      expect(errorCode(await suspend(member.token, outside.id))).toBe('FORBIDDEN');
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND account_suspended_at IS NOT NULL`,
        [outside.id],
      );
      expect(rows).toHaveLength(0);
    });
  });

  describe('roles with ICS scope', () => {
    it('should let an ICS admin grant ICS_ADMIN for their own ICS only, and never REGIONAL_ADMIN', async () => {
      const inside = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      const grant = (input: Record<string, unknown>) =>
        gql(t.url, {
          query: GRANT,
          as: icsAdmin.token,
          variables: { input: { userId: inside.id, ...input } },
        });
      expect((await grant({ role: 'ICS_ADMIN', icsOdsCode: 'QUA' })).errors).toBeUndefined();
      const twice = await grant({ role: 'ICS_ADMIN', icsOdsCode: 'QUA' });
      expect(twice.errors).toBeUndefined();
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'role.granted' AND target_id = $1`,
        [inside.id],
      );
      expect(rows).toHaveLength(1);
      expect(errorCode(await grant({ role: 'ICS_ADMIN', icsOdsCode: 'QT1' }))).toBe('FORBIDDEN');
      expect(errorCode(await grant({ role: 'REGIONAL_ADMIN' }))).toBe('FORBIDDEN');
    });

    it('should not revoke the last active regional admin', async () => {
      const other = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      await t.db.query(
        `DELETE FROM role_assignment WHERE role = 'REGIONAL_ADMIN' AND user_id NOT IN ($1, $2)`,
        [regional.id, other.id],
      );
      const revoke = (as: string, userId: string) =>
        gql(t.url, { query: REVOKE, as, variables: { input: { userId, role: 'REGIONAL_ADMIN' } } });
      expect((await revoke(regional.token, other.id)).errors).toBeUndefined();
      const last = await revoke(regional.token, regional.id);
      expect(errorCode(last)).toBe('CONFLICT');
      expect(last.errors?.[0]?.message).toMatch(/last regional admin/);
    });
  });
});

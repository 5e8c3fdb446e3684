import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createUser } from '../factories/user.factory';

const GRANT = `mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { id roles roleAssignments { role ics { odsCode } } } }`;
const REVOKE = `mutation Revoke($input: RevokeRoleInput!) { revokeRole(input: $input) { id roles } }`;
const VOUCH = `mutation Vouch($input: VouchForMemberInput!) { vouchForMember(input: $input) { id verified verificationMethod } }`;
const ME_EMAIL = `{ me { id email } }`;

describe('roles and verification', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('grantRole', () => {
    it('should refuse an ordinary member with FORBIDDEN', async () => {
      const member = await createUser(t.db);
      const target = await createUser(t.db);
      const res = await gql(t.url, {
        query: GRANT,
        as: member.token,
        variables: { input: { userId: target.id, role: 'ORGANISER' } },
      });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });

    it('should refuse an anonymous caller with UNAUTHENTICATED', async () => {
      const target = await createUser(t.db);
      const res = await gql(t.url, { query: GRANT, variables: { input: { userId: target.id, role: 'ORGANISER' } } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });

    it('should let a regional admin grant and revoke a role, with an audit entry each', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const target = await createUser(t.db);
      const granted = await gql<{ grantRole: { roles: string[] } }>(t.url, {
        query: GRANT,
        as: admin.token,
        variables: { input: { userId: target.id, role: 'ORGANISER' } },
      });
      expect(granted.errors).toBeUndefined();
      expect(granted.data?.grantRole.roles.sort()).toEqual(['MEMBER', 'ORGANISER']);
      const revoked = await gql<{ revokeRole: { roles: string[] } }>(t.url, {
        query: REVOKE,
        as: admin.token,
        variables: { input: { userId: target.id, role: 'ORGANISER' } },
      });
      expect(revoked.data?.revokeRole.roles).toEqual(['MEMBER']);
      const audit: { action: string; actor_id: string }[] = await t.db.query(
        `SELECT action, actor_id FROM audit_log WHERE target_id = $1 ORDER BY id`,
        [target.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['role.granted', 'role.revoked']);
      expect(audit[0].actor_id).toBe(admin.id);
    });

    it('should require an ICS for ICS_ADMIN and scope it', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const target = await createUser(t.db);
      const missing = await gql(t.url, {
        query: GRANT,
        as: admin.token,
        variables: { input: { userId: target.id, role: 'ICS_ADMIN' } },
      });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'icsOdsCode' });
      const ok = await gql<{ grantRole: { roleAssignments: { role: string; ics: { odsCode: string } | null }[] } }>(t.url, {
        query: GRANT,
        as: admin.token,
        variables: { input: { userId: target.id, role: 'ICS_ADMIN', icsOdsCode: 'QUA' } },
      });
      expect(ok.data?.grantRole.roleAssignments).toContainEqual({ role: 'ICS_ADMIN', ics: { odsCode: 'QUA' } });
    });

    it('should stop an ICS admin granting roles outside their ICS', async () => {
      const icsAdmin = await createUser(t.db, { roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] });
      const inside = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      const outside = await createUser(t.db, { icsOdsCodes: ['QT1'] });
      const ok = await gql(t.url, { query: GRANT, as: icsAdmin.token, variables: { input: { userId: inside.id, role: 'ORGANISER' } } });
      expect(ok.errors).toBeUndefined();
      const refused = await gql(t.url, { query: GRANT, as: icsAdmin.token, variables: { input: { userId: outside.id, role: 'ORGANISER' } } });
      expect(errorCode(refused)).toBe('FORBIDDEN');
    });
  });

  describe('vouchForMember', () => {
    it('should let a verified colleague vouch, once, and audit it', async () => {
      const colleague = await createUser(t.db);
      const newcomer = await createUser(t.db, { organisationId: colleague.organisationId, verified: false });
      const res = await gql<{ vouchForMember: { verified: boolean; verificationMethod: string } }>(t.url, {
        query: VOUCH,
        as: colleague.token,
        variables: { input: { userId: newcomer.id } },
      });
      expect(res.data?.vouchForMember).toEqual({ id: newcomer.id, verified: true, verificationMethod: 'VOUCHED' });
      const again = await gql(t.url, { query: VOUCH, as: colleague.token, variables: { input: { userId: newcomer.id } } });
      expect(errorCode(again)).toBe('CONFLICT');
      const audit: unknown[] = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'member.vouched' AND target_id = $1`, [newcomer.id]);
      expect(audit).toHaveLength(1);
    });

    it('should refuse a member of another organisation with FORBIDDEN', async () => {
      const stranger = await createUser(t.db);
      const newcomer = await createUser(t.db, { verified: false });
      const res = await gql(t.url, { query: VOUCH, as: stranger.token, variables: { input: { userId: newcomer.id } } });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });

    it('should refuse an unverified colleague', async () => {
      const unverified = await createUser(t.db, { verified: false });
      const newcomer = await createUser(t.db, { organisationId: unverified.organisationId, verified: false });
      const res = await gql(t.url, { query: VOUCH, as: unverified.token, variables: { input: { userId: newcomer.id } } });
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });

  describe('User.email', () => {
    it('should show a person their own email', async () => {
      const user = await createUser(t.db);
      const res = await gql<{ me: { email: string } }>(t.url, { query: ME_EMAIL, as: user.token });
      expect(res.data?.me.email).toBe(user.email);
    });

    it('should show other people emails to admins (members only ever see their own)', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const target = await createUser(t.db);
      const asAdmin = await gql<{ grantRole: { email: string | null } }>(t.url, {
        query: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { email } }`,
        as: admin.token,
        variables: { input: { userId: target.id, role: 'MODERATOR' } },
      });
      expect(asAdmin.data?.grantRole.email).toBe(target.email);
    });
  });
});

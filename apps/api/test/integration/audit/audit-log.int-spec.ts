import { Role } from '@mic/shared-util';

import { AuditService } from '../../../src/modules/audit/audit.service';
import { createEvent } from '../factories/event.factory';
import type { TestUser } from '../factories/user.factory';
import { TEST_PASSWORD, createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { CANCEL_EVENT, CANCEL_REGISTRATION, REGISTER } from '../events/events.operations';

const AUDIT_LOG = `query A($filter: AuditLogFilter, $first: Int, $after: String, $before: String) {
  auditLog(filter: $filter, first: $first, after: $after, before: $before) {
    totalCount
    pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
    edges { cursor node { id createdAt actorId actorName action actionLabel targetType targetId summary detailsJson requestId icsIds } }
  }
}`;
const ACTIONS = `query { auditActions { action label targetType feature } }`;
const SIGN_IN = `mutation S($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

interface Node {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: string;
  detailsJson: string;
  requestId: string | null;
  icsIds: string[];
}
interface Page {
  auditLog: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      endCursor: string | null;
      hasPreviousPage: boolean;
      startCursor: string | null;
    };
    edges: { cursor: string; node: Node }[];
  };
}

describe('the audit log (issue #15)', () => {
  let t: TestApp;
  let audit: AuditService;
  let regional: TestUser;
  let icsAdmin: TestUser;
  let member: TestUser;
  let organiser: TestUser;
  let qua: string;
  let qhl: string;

  const page = (as: string, variables: Record<string, unknown> = {}) =>
    gql<Page>(t.url, { query: AUDIT_LOG, variables, as });
  const rows = (sql: string, params: unknown[] = []) =>
    t.db.query(sql, params) as Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    audit = t.app.get(AuditService);
    regional = await createUser(t.db, {
      name: 'Regina Regional',
      roles: [{ role: Role.REGIONAL_ADMIN }],
    });
    icsAdmin = await createUser(t.db, {
      icsOdsCodes: ['QUA'],
      roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
    });
    member = await createUser(t.db, { icsOdsCodes: ['QUA'] });
    organiser = await createUser(t.db, {
      name: 'Olu Organiser',
      roles: [{ role: Role.ORGANISER }],
    });
    qua = ((await rows(`SELECT id FROM ics WHERE ods_code = 'QUA'`))[0] as { id: string }).id;
    qhl = ((await rows(`SELECT id FROM ics WHERE ods_code = 'QHL'`))[0] as { id: string }).id;
  });

  afterAll(async () => {
    await t.close();
  });

  describe('append-only in PostgreSQL', () => {
    it('should let the application role insert and select but never update, delete or truncate', async () => {
      await audit.record({
        actorId: regional.id,
        action: 'role.granted',
        targetType: 'user',
        targetId: member.id,
      });
      expect(
        (
          await rows(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [member.id])
        )[0],
      ).toEqual({ n: 1 });
      await expect(
        t.db.query(`UPDATE audit_log SET action = 'role.revoked' WHERE target_id = $1`, [
          member.id,
        ]),
      ).rejects.toThrow(/audit_log is append-only: UPDATE/);
      await expect(
        t.db.query(`DELETE FROM audit_log WHERE target_id = $1`, [member.id]),
      ).rejects.toThrow(/audit_log is append-only: DELETE/);
      await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(
        /audit_log is append-only: TRUNCATE/,
      );
      expect(
        (await rows(`SELECT action FROM audit_log WHERE target_id = $1`, [member.id]))[0],
      ).toEqual({ action: 'role.granted' });
    });

    it('should refuse UPDATE even under the maintenance flag, which only opens DELETE for the transaction that sets it', async () => {
      const runner = t.db.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query(`SELECT set_config('mic.audit_maintenance', 'on', true)`);
        await expect(runner.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(
          /UPDATE is not allowed/,
        );
        await runner.rollbackTransaction();
        await runner.startTransaction();
        await runner.query(`SELECT set_config('mic.audit_maintenance', 'on', true)`);
        await runner.query(`DELETE FROM audit_log WHERE target_id = $1`, [member.id]);
        await runner.rollbackTransaction();
        // The flag ended with its transaction: the same connection is refused again.
        await expect(
          runner.query(`DELETE FROM audit_log WHERE target_id = $1`, [member.id]),
        ).rejects.toThrow(/DELETE is not allowed/);
      } finally {
        await runner.release();
      }
      expect(
        (
          await rows(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [member.id])
        )[0],
      ).toEqual({ n: 1 });
    });
  });

  describe('what is recorded', () => {
    it('should record the delegate CSV export (special-category data) with the request id and the event ICS, never the answers', async () => {
      const event = await createEvent(t.db, {
        organiserId: organiser.id,
        icsOdsCodes: ['QUA'],
        questions: [
          {
            id: 'diet',
            label: 'Dietary needs',
            type: 'TEXT',
            required: false,
            sensitive: true,
            options: [],
          },
        ],
      });
      const registered = await gql(t.url, {
        query: REGISTER,
        variables: {
          input: {
            eventId: event.id,
            consent: true,
            answers: [{ questionId: 'diet', value: 'coeliac' }],
          },
        },
        as: member.token,
      });
      expect(registered.errors).toBeUndefined();
      const res = await fetch(`${t.url}/events/${event.id}/delegates.csv`, {
        headers: { authorization: `Bearer ${organiser.token}` },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('coeliac');
      const entries = await rows(
        `SELECT actor_id, details, request_id, ics_ids::text[] AS ics_ids FROM audit_log WHERE action = 'event.delegates_exported' AND target_id = $1`,
        [event.id],
      );
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor_id: organiser.id,
        request_id: res.headers.get('x-request-id'),
        ics_ids: [qua],
        details: { delegates: 1, sensitiveQuestionIds: ['diet'] },
      });
      expect(JSON.stringify(entries[0])).not.toContain('coeliac');
      // Refused exports write nothing.
      expect(
        (
          await fetch(`${t.url}/events/${event.id}/delegates.csv`, {
            headers: { authorization: `Bearer ${member.token}` },
          })
        ).status,
      ).toBe(403);
      expect(
        await rows(
          `SELECT 1 FROM audit_log WHERE action = 'event.delegates_exported' AND target_id = $1`,
          [event.id],
        ),
      ).toHaveLength(1);
    });

    it('should record cancellations with before and after, scoped to the event ICS', async () => {
      const event = await createEvent(t.db, { organiserId: organiser.id, icsOdsCodes: ['QHL'] });
      const reg = await gql<{ registerForEvent: { id: string } }>(t.url, {
        query: REGISTER,
        variables: { input: { eventId: event.id, consent: true, answers: [] } },
        as: member.token,
      });
      const registrationId = reg.data!.registerForEvent.id;
      expect(
        (
          await gql(t.url, {
            query: CANCEL_REGISTRATION,
            variables: { id: registrationId },
            as: member.token,
          })
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await gql(t.url, {
            query: CANCEL_EVENT,
            variables: { id: event.id },
            as: organiser.token,
          })
        ).errors,
      ).toBeUndefined();
      // A second click changes nothing and records nothing.
      expect(
        (
          await gql(t.url, {
            query: CANCEL_EVENT,
            variables: { id: event.id },
            as: organiser.token,
          })
        ).errors,
      ).toBeUndefined();
      const entries = await rows(
        `SELECT action, actor_id, target_id, details, ics_ids::text[] AS ics_ids FROM audit_log
          WHERE target_id IN ($1, $2) ORDER BY id`,
        [registrationId, event.id],
      );
      expect(entries).toEqual([
        {
          action: 'registration.cancelled',
          actor_id: member.id,
          target_id: registrationId,
          details: {
            eventId: event.id,
            registrantId: member.id,
            before: { status: 'CONFIRMED' },
            after: { status: 'CANCELLED' },
          },
          ics_ids: [qhl],
        },
        {
          action: 'event.cancelled',
          actor_id: organiser.id,
          target_id: event.id,
          details: { before: { status: 'PUBLISHED' }, after: { status: 'CANCELLED' } },
          ics_ids: [qhl],
        },
      ]);
    });

    it('should record sign-in success and failure, storing no email for a failure', async () => {
      const ok = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: member.email, password: TEST_PASSWORD } },
      });
      expect(ok.errors).toBeUndefined();
      const bad = await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: 'nobody-here@example.org', password: 'wrong-password-1' } },
      });
      expect(errorCode(bad)).toBe('UNAUTHENTICATED');
      const succeeded = await rows(
        `SELECT actor_id, request_id FROM audit_log WHERE action = 'sign_in.succeeded' AND target_id = $1`,
        [member.id],
      );
      expect(succeeded).toEqual([
        { actor_id: member.id, request_id: ok.headers.get('x-request-id') },
      ]);
      const failed = await rows(
        `SELECT actor_id, target_type, target_id, details FROM audit_log WHERE action = 'sign_in.failed'`,
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        actor_id: null,
        target_type: 'sign_in',
        details: { reason: 'INVALID_CREDENTIALS' },
      });
      expect(failed[0].target_id).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(failed)).not.toContain('nobody-here');
    });
  });

  describe('auditLog', () => {
    beforeAll(async () => {
      await audit.record({
        actorId: regional.id,
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: 'in-qhl',
        icsIds: [qhl],
        before: { name: 'Old' },
        after: { name: 'New' },
      });
      await audit.record({
        actorId: regional.id,
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: 'in-qua',
        icsIds: [qua],
      });
      for (let i = 0; i < 12; i += 1) {
        await audit.record({
          actorId: organiser.id,
          action: 'organisation.created',
          targetType: 'organisation',
          targetId: `bulk-${i}`,
        });
      }
    });

    it('should show a regional admin every entry, newest first, with the actor name and what changed', async () => {
      const res = await page(regional.token, { filter: { action: 'organisation.updated' } });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.auditLog.edges.map((e) => e.node);
      expect(nodes.map((n) => n.targetId)).toEqual(['in-qua', 'in-qhl']);
      expect(nodes[1]).toMatchObject({
        actorName: 'Regina Regional',
        actionLabel: 'Organisation changed',
        summary: 'name: Old → New',
        icsIds: [qhl],
      });
    });

    it("should show an ICS admin only their ICS's entries", async () => {
      const res = await page(icsAdmin.token, { first: 100 });
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.auditLog.edges.map((e) => e.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.icsIds.includes(qua))).toBe(true);
      expect(nodes.map((n) => n.targetId)).toContain('in-qua');
      expect(nodes.map((n) => n.targetId)).not.toContain('in-qhl');
      expect(nodes.map((n) => n.action)).toContain('event.delegates_exported');
      expect(res.data!.auditLog.totalCount).toBe(nodes.length);
      // Filtering cannot widen the scope.
      const qhlOnly = await page(icsAdmin.token, { filter: { targetId: 'in-qhl' } });
      expect(qhlOnly.data!.auditLog.edges).toEqual([]);
    });

    it("should show an ICS admin the entries about members of their ICS (suspension, privacy request) and not about another ICS's members", async () => {
      const SUSPEND = `mutation S($input: SuspendUserInput!) { suspendUser(input: $input) { id } }`;
      const EXPORT = `mutation { requestDataExport { id } }`;
      const ours = await createUser(t.db, { icsOdsCodes: ['QUA'] });
      const theirs = await createUser(t.db, { icsOdsCodes: ['QHL'] });
      for (const person of [ours, theirs]) {
        expect((await gql(t.url, { query: EXPORT, as: person.token })).errors).toBeUndefined();
        const res = await gql(t.url, {
          query: SUSPEND,
          as: regional.token,
          variables: { input: { userId: person.id, reason: 'Audit scope test' } },
        });
        expect(res.errors).toBeUndefined();
      }
      const stored = await rows(
        `SELECT target_id, action, ics_ids FROM audit_log WHERE target_id = ANY($1) ORDER BY id`,
        [[ours.id, theirs.id]],
      );
      expect(
        stored
          .filter((r) => r.target_id === ours.id)
          .every((r) => (r.ics_ids as string[]).includes(qua)),
      ).toBe(true);
      expect(
        stored
          .filter((r) => r.target_id === theirs.id)
          .every((r) => (r.ics_ids as string[]).includes(qhl)),
      ).toBe(true);
      const seen = async (targetId: string) =>
        (await page(icsAdmin.token, { filter: { targetType: 'user', targetId } }))
          .data!.auditLog.edges.map((e) => e.node.action)
          .sort();
      expect(await seen(ours.id)).toEqual(['privacy.export-requested', 'user.suspended']);
      expect(await seen(theirs.id)).toEqual([]);
      const regionalSees = await page(regional.token, {
        filter: { targetType: 'user', targetId: theirs.id },
      });
      expect(regionalSees.data!.auditLog.edges.map((e) => e.node.action).sort()).toEqual([
        'privacy.export-requested',
        'user.suspended',
      ]);
    });

    it('should refuse everyone else', async () => {
      expect(errorCode(await page(member.token))).toBe('FORBIDDEN');
      expect(errorCode(await page(organiser.token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.url, { query: AUDIT_LOG }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await gql(t.url, { query: ACTIONS, as: member.token }))).toBe('FORBIDDEN');
    });

    it('should page with a keyset cursor both ways without gaps or repeats', async () => {
      const filter = { action: 'organisation.created' };
      const first = await page(regional.token, { filter, first: 5 });
      const one = first.data!.auditLog;
      expect(one.totalCount).toBe(12);
      expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      const second = (
        await page(regional.token, { filter, first: 5, after: one.pageInfo.endCursor })
      ).data!.auditLog;
      const third = (
        await page(regional.token, { filter, first: 5, after: second.pageInfo.endCursor })
      ).data!.auditLog;
      expect(third.pageInfo.hasNextPage).toBe(false);
      const ids = [...one.edges, ...second.edges, ...third.edges].map((e) => e.node.targetId);
      expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `bulk-${11 - i}`));
      const back = (
        await page(regional.token, { filter, first: 5, before: second.pageInfo.startCursor })
      ).data!.auditLog;
      expect(back.edges.map((e) => e.node.targetId)).toEqual(one.edges.map((e) => e.node.targetId));
      expect(back.pageInfo.hasPreviousPage).toBe(false);
    });

    it('should answer malformed ids, dates, actions and cursors with BAD_USER_INPUT', async () => {
      for (const variables of [
        { filter: { actorId: 'not-a-uuid' } },
        { filter: { from: '2026-02-30' } },
        { filter: { to: 'yesterday' } },
        { filter: { from: '2026-12-06', to: '2026-12-01' } },
        { filter: { action: 'DROP TABLE' } },
        { after: 'bm9wZQ' },
        { first: 0 },
      ]) {
        expect([variables, errorCode(await page(regional.token, variables))]).toEqual([
          variables,
          'BAD_USER_INPUT',
        ]);
      }
      const dated = await page(regional.token, {
        filter: {
          actorId: organiser.id,
          from: '2000-01-01',
          to: '2999-12-31',
          action: 'organisation.created',
        },
        first: 1,
      });
      expect(dated.data!.auditLog.totalCount).toBe(12);
    });

    it('should read a page in the same number of statements whatever its size (actor names by loader)', async () => {
      const small = await countQueries(() => page(regional.token, { first: 2 }));
      const large = await countQueries(() => page(regional.token, { first: 16 }));
      expect(small.result.errors).toBeUndefined();
      expect(large.result.data!.auditLog.edges.length).toBe(16);
      expect(
        new Set(large.result.data!.auditLog.edges.map((e) => e.node.actorId)).size,
      ).toBeGreaterThan(1);
      expect(large.count).toBe(small.count);
    });

    it('should list the declared actions for the filter', async () => {
      const res = await gql<{ auditActions: { action: string; feature: string }[] }>(t.url, {
        query: ACTIONS,
        as: icsAdmin.token,
      });
      expect(res.data!.auditActions.map((a) => a.action)).toEqual(
        expect.arrayContaining([
          'event.delegates_exported',
          'audit_log.exported',
          'sign_in.failed',
        ]),
      );
    });
  });

  describe('GET /audit/export.csv', () => {
    const get = (query: string, token?: string) =>
      fetch(`${t.url}/audit/export.csv?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it('should export the filtered entries as injection-safe CSV and audit the export itself', async () => {
      await audit.record({
        actorId: null,
        action: 'organisation.updated',
        targetType: 'organisation',
        targetId: 'evil',
        icsIds: [qua],
        details: { note: '=HYPERLINK("http://x")' },
      });
      const res = await get('action=organisation.updated', icsAdmin.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect(res.headers.get('content-disposition')).toContain('audit-log.csv');
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe(
        'id,when_utc,actor_id,actor_name,action,action_label,target_type,target_id,summary,request_id',
      );
      expect(lines).toHaveLength(3); // the header, evil and in-qua; never in-qhl
      expect(lines.join('\n')).not.toContain('in-qhl');
      expect(lines[1]).toContain(`"note: =HYPERLINK(""http://x"")"`);
      const exported = await rows(
        `SELECT actor_id, details, request_id, ics_ids::text[] AS ics_ids FROM audit_log WHERE action = 'audit_log.exported'`,
      );
      expect(exported).toEqual([
        {
          actor_id: icsAdmin.id,
          details: { filter: { action: 'organisation.updated' }, scope: [qua] },
          request_id: res.headers.get('x-request-id'),
          ics_ids: [qua],
        },
      ]);
    });

    it('should refuse members, strangers and malformed filters, and record nothing for them', async () => {
      const before = (
        await rows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit_log.exported'`)
      )[0];
      expect((await get('', member.token)).status).toBe(403);
      expect((await get('')).status).toBe(401);
      expect((await get('actorId=nope', regional.token)).status).toBe(400);
      expect((await get('from=2026-13-01', regional.token)).status).toBe(400);
      expect(
        (
          await rows(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit_log.exported'`)
        )[0],
      ).toEqual(before);
    });
  });
});

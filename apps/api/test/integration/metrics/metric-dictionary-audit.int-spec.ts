import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestUser } from '../factories/user.factory';
import { createUser } from '../factories/user.factory';

const UPSERT = `mutation U($input: UpsertMetricInput!) { upsertMetric(input: $input) { key label } }`;

describe('metric dictionary changes are audited', () => {
  let t: TestApp;
  let admin: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
    member = await createUser(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  const input = (label: string) => ({
    key: 'VOLUNTEER_HOURS',
    label,
    unit: 'hours',
    definition: 'Hours volunteered by staff in local communities.',
    direction: 'HIGHER_IS_BETTER',
  });

  it('should record who added and who changed a metric, with before and after', async () => {
    expect(
      (
        await gql(t.url, {
          query: UPSERT,
          as: admin.token,
          variables: { input: input('Volunteer hours') },
        })
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await gql(t.url, {
          query: UPSERT,
          as: admin.token,
          variables: { input: input('Staff volunteer hours') },
        })
      ).errors,
    ).toBeUndefined();
    const rows: {
      action: string;
      actor_id: string;
      details: { before: { label: string } | null; after: { label: string } };
    }[] = await t.db.query(
      `SELECT action, actor_id, details FROM audit_log WHERE target_type = 'metric' AND target_id = 'VOLUNTEER_HOURS' ORDER BY id`,
    );
    expect(
      rows.map((r) => [
        r.action,
        r.actor_id,
        r.details.before?.label ?? null,
        r.details.after.label,
      ]),
    ).toEqual([
      ['metric.created', admin.id, null, 'Volunteer hours'],
      ['metric.updated', admin.id, 'Volunteer hours', 'Staff volunteer hours'],
    ]);
  });

  it('should refuse a member and record nothing', async () => {
    const res = await gql(t.url, {
      query: UPSERT,
      as: member.token,
      variables: { input: input('Hijacked') },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const rows = await t.db.query(`SELECT 1 FROM audit_log WHERE details::text LIKE '%Hijacked%'`);
    expect(rows).toHaveLength(0);
  });
});

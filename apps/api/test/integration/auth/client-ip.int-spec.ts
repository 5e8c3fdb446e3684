import { hashToken } from '../../../src/modules/auth/session-token';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { gql } from '../setup/gql';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { SIGN_IN } from './auth.operations';

describe('client IP behind proxies (TRUST_PROXY)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The test client connects from loopback, which this configuration does NOT trust.
    t = await createTestApp({ TRUST_PROXY: '10.0.0.0/8,fd00::/8' });
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should ignore a forged X-Forwarded-For from an untrusted peer when counting and recording', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 3; i += 1) {
      await gql(t.url, {
        query: SIGN_IN,
        variables: { input: { email: `nobody-${i}@example.org`, password: 'wrong-password' } },
        headers: { 'x-forwarded-for': `203.0.113.${i}, 10.0.0.1` },
      });
    }
    const counted: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM sign_in_attempt WHERE key_hash = $1', [
      hashToken('ip:127.0.0.1'),
    ]);
    expect(Number(counted[0].n)).toBe(3);
    const forged: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM sign_in_attempt WHERE key_hash = $1', [
      hashToken('ip:203.0.113.0'),
    ]);
    expect(Number(forged[0].n)).toBe(0);

    const res = await gql(t.url, {
      query: SIGN_IN,
      variables: { input: { email: user.email, password: TEST_PASSWORD } },
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect(res.errors).toBeUndefined();
    const rows: { ip: string }[] = await t.db.query('SELECT ip FROM session WHERE user_id = $1 AND ip IS NOT NULL', [user.id]);
    expect(rows.map((r) => r.ip)).toEqual(['127.0.0.1']);
  });
});

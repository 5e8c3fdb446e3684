import type { TestClock } from '../setup/clock';
import { controlClock, DAY, HOUR, MINUTE } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { ME, MY_SESSIONS, REVOKE_ALL_SESSIONS, REVOKE_SESSION, SIGN_IN } from './auth.operations';

interface SessionView {
  id: string;
  current: boolean;
  browser: string;
  os: string;
  network: string;
  createdAt: string;
  lastUsedAt: string;
}

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

describe('sessions', () => {
  let t: TestApp;
  let clock: TestClock;

  beforeAll(async () => {
    t = await createTestApp({ SESSION_IDLE_HOURS: '12', SESSION_TTL_DAYS: '30' });
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => {
    clock = controlClock(t);
  });

  afterEach(() => clock.restore());

  async function signIn(email: string, ip: string, userAgent = FIREFOX): Promise<string> {
    const res = await gql<{ signIn: { accessToken: string } }>(t.url, {
      query: SIGN_IN,
      variables: { input: { email, password: TEST_PASSWORD } },
      headers: { 'x-forwarded-for': ip, 'user-agent': userAgent },
    });
    expect(res.errors).toBeUndefined();
    return res.data?.signIn.accessToken as string;
  }

  async function isSignedIn(token: string): Promise<boolean> {
    const me = await gql<{ me: { id: string } | null }>(t.url, { query: ME, as: token });
    return !!me.data?.me;
  }

  describe('mySessions', () => {
    it('should list my live sessions with browser, system, a masked network and the current one marked', async () => {
      const user = await createUser(t.db);
      const a = await signIn(user.email, '203.0.113.77');
      await signIn(user.email, '192.168.4.20', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36');
      const someoneElse = await createUser(t.db);
      await signIn(someoneElse.email, '203.0.113.1');

      const res = await gql<{ mySessions: SessionView[] }>(t.url, { query: MY_SESSIONS, as: a });
      expect(res.errors).toBeUndefined();
      const sessions = res.data?.mySessions ?? [];
      expect(sessions).toHaveLength(3); // the factory's session and two sign-ins
      const current = sessions.find((s) => s.current);
      expect(current).toMatchObject({ browser: 'Firefox 133', os: 'Linux', network: '203.0.113.x' });
      expect(sessions.filter((s) => s.current)).toHaveLength(1);
      expect(sessions.map((s) => s.network)).toEqual(expect.arrayContaining(['Private network']));
      expect(sessions.find((s) => s.os === 'Windows')?.browser).toBe('Chrome 131');
      expect(JSON.stringify(sessions)).not.toContain('203.0.113.77');
    });

    it('should require sign-in', async () => {
      const res = await gql(t.url, { query: MY_SESSIONS });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });

  describe('revokeSession', () => {
    it('should sign out another of my sessions', async () => {
      const user = await createUser(t.db);
      const mine = await signIn(user.email, '203.0.113.5');
      const other = await signIn(user.email, '203.0.113.6');
      const otherId = (
        await gql<{ mySessions: SessionView[] }>(t.url, { query: MY_SESSIONS, as: other })
      ).data?.mySessions.find((s) => s.current)?.id as string;
      const res = await gql<{ revokeSession: boolean }>(t.url, { query: REVOKE_SESSION, as: mine, variables: { id: otherId } });
      expect(res.data?.revokeSession).toBe(true);
      expect(await isSignedIn(other)).toBe(false);
      expect(await isSignedIn(mine)).toBe(true);
      const afterRevoke = await gql(t.url, { query: 'mutation { signOut }', as: other });
      expect(errorCode(afterRevoke)).toBe('UNAUTHENTICATED');
    });

    it("should answer NOT_FOUND for someone else's session and leave it alone", async () => {
      const me = await createUser(t.db);
      const victim = await createUser(t.db);
      const victimSession = (
        await gql<{ mySessions: SessionView[] }>(t.url, { query: MY_SESSIONS, as: victim.token })
      ).data?.mySessions[0].id;
      const res = await gql(t.url, { query: REVOKE_SESSION, as: me.token, variables: { id: victimSession } });
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(await isSignedIn(victim.token)).toBe(true);
    });

    it('should answer BAD_USER_INPUT for a malformed id, never a server error', async () => {
      const me = await createUser(t.db);
      for (const id of ['not-a-uuid', "1' OR '1'='1", '']) {
        const res = await gql(t.url, { query: REVOKE_SESSION, as: me.token, variables: { id } });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
      }
    });
  });

  describe('revokeAllSessions', () => {
    it('should sign out everywhere including the current session by default', async () => {
      const user = await createUser(t.db);
      const a = await signIn(user.email, '203.0.113.7');
      const b = await signIn(user.email, '203.0.113.8');
      const res = await gql<{ revokeAllSessions: boolean }>(t.url, { query: REVOKE_ALL_SESSIONS, as: a });
      expect(res.data?.revokeAllSessions).toBe(true);
      for (const token of [a, b, user.token]) expect(await isSignedIn(token)).toBe(false);
    });

    it('should keep the current session with keepCurrent', async () => {
      const user = await createUser(t.db);
      const a = await signIn(user.email, '203.0.113.7');
      const b = await signIn(user.email, '203.0.113.8');
      await gql(t.url, { query: REVOKE_ALL_SESSIONS, as: a, variables: { keepCurrent: true } });
      expect(await isSignedIn(a)).toBe(true);
      expect(await isSignedIn(b)).toBe(false);
      expect(await isSignedIn(user.token)).toBe(false);
    });
  });

  describe('expiry (clock advanced, no sleep)', () => {
    it('should expire a session left idle for longer than SESSION_IDLE_HOURS', async () => {
      const user = await createUser(t.db);
      const token = await signIn(user.email, '203.0.113.9');
      clock.advance(11 * HOUR);
      expect(await isSignedIn(token)).toBe(true); // use records last_used_at
      clock.advance(11 * HOUR);
      expect(await isSignedIn(token)).toBe(true); // 22 h old, but used 11 h ago
      clock.advance(12 * HOUR + MINUTE);
      expect(await isSignedIn(token)).toBe(false);
    });

    it('should record use at most about once a minute', async () => {
      const user = await createUser(t.db);
      const token = await signIn(user.email, '203.0.113.9');
      const lastUsed = async (): Promise<number> => {
        const rows: { t: Date }[] = await t.db.query(
          `SELECT last_used_at AS t FROM session WHERE user_id = $1 AND ip = '203.0.113.9'`,
          [user.id],
        );
        return new Date(rows[0].t).getTime();
      };
      const start = await lastUsed();
      clock.advance(20_000);
      await isSignedIn(token);
      expect(await lastUsed()).toBe(start);
      clock.advance(50_000);
      await isSignedIn(token);
      expect(await lastUsed()).toBeGreaterThan(start);
    });

    it('should expire an active session at its absolute age', async () => {
      const user = await createUser(t.db);
      const token = await signIn(user.email, '203.0.113.9');
      // Used every 11 hours, so never idle for 12; it still ends at 30 days.
      let elapsed = 0;
      while (elapsed + 11 * HOUR <= 30 * DAY) {
        clock.advance(11 * HOUR);
        elapsed += 11 * HOUR;
        expect(await isSignedIn(token)).toBe(true);
      }
      clock.advance(30 * DAY - elapsed + MINUTE);
      expect(await isSignedIn(token)).toBe(false);
    });
  });
});

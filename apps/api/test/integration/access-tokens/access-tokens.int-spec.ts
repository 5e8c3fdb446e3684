import type { TestClock } from '../setup/clock';
import { controlClock, DAY, MINUTE } from '../setup/clock';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import type { TestUser } from '../factories/user.factory';
import { createUser, TEST_PASSWORD } from '../factories/user.factory';
import { ME, SIGN_IN } from '../auth/auth.operations';

const CREATE = `mutation Create($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) { token accessToken { id name scope expiresAt expired lastUsedAt } }
}`;
const LIST = `{ myAccessTokens { id name scope createdAt expiresAt expired lastUsedAt revokedAt } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }`;

interface Created {
  id: string;
  token: string;
}

describe('personal access tokens', () => {
  let t: TestApp;
  let clock: TestClock;
  let owner: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    clock = controlClock(t);
    owner = await createUser(t.db);
  });

  afterEach(() => clock.restore());

  async function create(
    user: TestUser,
    input: { name?: string; scope?: string; expiresAt?: string | null } = {},
  ): Promise<Created> {
    const res = await gql<{ createAccessToken: { token: string; accessToken: { id: string } } }>(t.url, {
      query: CREATE,
      variables: { input: { name: 'Power BI refresh', scope: 'READ_WRITE', ...input } },
      as: user.token,
    });
    expect(res.errors).toBeUndefined();
    const created = res.data?.createAccessToken;
    return { id: created?.accessToken.id as string, token: created?.token as string };
  }

  async function meWith(token: string) {
    return gql<{ me: { id: string } | null }>(t.url, { query: ME, as: token });
  }

  it('should create a mic_pat_ token that works as a bearer token for queries and records its use', async () => {
    const { id, token } = await create(owner, { scope: 'READ' });
    expect(token).toMatch(/^mic_pat_[A-Za-z0-9_-]{43}$/);
    const me = await meWith(token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me?.id).toBe(owner.id);
    const list = await gql<{ myAccessTokens: { id: string; lastUsedAt: string | null }[] }>(t.url, {
      query: LIST,
      as: token,
    });
    expect(list.data?.myAccessTokens.find((row) => row.id === id)?.lastUsedAt).not.toBeNull();
    const stored: { token_hash: string }[] = await t.db.query('SELECT token_hash FROM access_token WHERE id = $1', [id]);
    expect(stored[0].token_hash).not.toContain(token.slice(8));
  });

  it('should show the token once: the list and the audit log never hold it', async () => {
    const { id, token } = await create(owner, { expiresAt: new Date(Date.now() + 30 * DAY).toISOString() });
    const list = await gql(t.url, { query: LIST, as: owner.token });
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).not.toContain(token);
    expect(JSON.stringify(list.data)).toContain(id);
    const audit: { details: unknown }[] = await t.db.query(
      `SELECT details FROM audit_log WHERE target_type = 'access_token' AND target_id = $1`,
      [id],
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token.slice(8));
    expect(JSON.stringify(audit)).not.toContain('Power BI');
  });

  it('should refuse a revoked token with UNAUTHENTICATED, even on a public query', async () => {
    const { id, token } = await create(owner);
    const revoked = await gql<{ revokeAccessToken: { revokedAt: string } }>(t.url, {
      query: REVOKE,
      variables: { id },
      as: owner.token,
    });
    expect(revoked.data?.revokeAccessToken.revokedAt).toBeTruthy();
    expect(errorCode(await meWith(token))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(t.url, { query: LIST, as: token }))).toBe('UNAUTHENTICATED');
    // A second click finds nothing to revoke.
    expect(errorCode(await gql(t.url, { query: REVOKE, variables: { id }, as: owner.token }))).toBe('NOT_FOUND');
    const audit: { action: string }[] = await t.db.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [id],
    );
    expect(audit.map((row) => row.action)).toEqual(['access_token.created', 'access_token.revoked']);
  });

  it('should refuse an expired token once the clock passes its expiry, and mark it expired in the list', async () => {
    const { id, token } = await create(owner, { expiresAt: new Date(Date.now() + 2 * DAY).toISOString() });
    expect((await meWith(token)).data?.me?.id).toBe(owner.id);
    clock.advance(2 * DAY + MINUTE);
    expect(errorCode(await meWith(token))).toBe('UNAUTHENTICATED');
    // The factory's session has expired too: sign in afresh to look at the list.
    const signIn = await gql<{ signIn: { accessToken: string } }>(t.url, {
      query: SIGN_IN,
      variables: { input: { email: owner.email, password: TEST_PASSWORD } },
    });
    const list = await gql<{ myAccessTokens: { id: string; expired: boolean }[] }>(t.url, {
      query: LIST,
      as: signIn.data?.signIn.accessToken,
    });
    expect(list.data?.myAccessTokens.find((row) => row.id === id)?.expired).toBe(true);
  });

  it('should refuse every mutation made with a READ token (FORBIDDEN, saying why) and allow it with READ_WRITE', async () => {
    const read = await create(owner, { scope: 'READ' });
    const spare = await create(owner);
    const refused = await gql(t.url, { query: REVOKE, variables: { id: spare.id }, as: read.token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/read-only.*READ_WRITE/);
    expect(errorCode(await gql(t.url, { query: 'mutation { signOut }', as: read.token }))).toBe('FORBIDDEN');
    const readWrite = await create(owner);
    const allowed = await gql(t.url, { query: REVOKE, variables: { id: spare.id }, as: readWrite.token });
    expect(allowed.errors).toBeUndefined();
  });

  it('should not let a token create tokens', async () => {
    const { token } = await create(owner);
    const res = await gql(t.url, {
      query: CREATE,
      variables: { input: { name: 'Another', scope: 'READ' } },
      as: token,
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('should refuse malformed and unknown bearer tokens with UNAUTHENTICATED', async () => {
    for (const bearer of ['mic_pat_short', `mic_pat_${'A'.repeat(43)}`, `mic_pat_${'a'.repeat(42)}!`]) {
      expect(errorCode(await meWith(bearer))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await gql(t.url, { query: LIST, headers: { authorization: 'Bearer not a token!' } }))).toBe(
      'UNAUTHENTICATED',
    );
    // A token is never read from the session cookie.
    const { token } = await create(owner);
    const viaCookie = await gql(t.url, { query: LIST, cookie: `mic_session=${token}` });
    expect(errorCode(viaCookie)).toBe('UNAUTHENTICATED');
  });

  it('should not let anyone revoke or see another person\'s token (NOT_FOUND)', async () => {
    const { id, token } = await create(owner);
    const other = await createUser(t.db);
    expect(errorCode(await gql(t.url, { query: REVOKE, variables: { id }, as: other.token }))).toBe('NOT_FOUND');
    const theirs = await gql<{ myAccessTokens: { id: string }[] }>(t.url, { query: LIST, as: other.token });
    expect(theirs.data?.myAccessTokens).toEqual([]);
    expect((await meWith(token)).data?.me?.id).toBe(owner.id);
    expect(errorCode(await gql(t.url, { query: REVOKE, variables: { id: 'not-an-id' }, as: owner.token }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('should stop working while the owner is suspended', async () => {
    const { token } = await create(owner);
    // An administrator's suspension of the account (suspendUser) stops it; restoring brings it back.
    await t.db.query(`UPDATE app_user SET account_suspended_at = now(), account_suspension_reason = 'test' WHERE id = $1`, [owner.id]);
    expect(errorCode(await meWith(token))).toBe('UNAUTHENTICATED');
    await t.db.query(`UPDATE app_user SET account_suspended_at = NULL, account_suspension_reason = NULL WHERE id = $1`, [owner.id]);
    expect((await meWith(token)).data?.me?.id).toBe(owner.id);
  });

  it('should check the name, scope and expiry', async () => {
    const attempt = (input: Record<string, unknown>) =>
      gql(t.url, { query: CREATE, variables: { input: { name: 'x', scope: 'READ', ...input } }, as: owner.token });
    const blank = await attempt({ name: '   ' });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0].extensions?.field).toBe('name');
    expect(errorCode(await attempt({ name: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await attempt({ scope: 'ADMIN' }))).toBe('BAD_USER_INPUT');
    const past = await attempt({ expiresAt: new Date(Date.now() - DAY).toISOString() });
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0].extensions?.field).toBe('expiresAt');
    expect(errorCode(await attempt({ expiresAt: new Date(Date.now() + 400 * DAY).toISOString() }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await gql(t.url, { query: CREATE, variables: { input: { name: 'x', scope: 'READ' } } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('should allow at most 20 live tokens per person', async () => {
    for (let i = 0; i < 20; i += 1) await create(owner, { name: `token ${i}`, scope: 'READ' });
    const res = await gql(t.url, {
      query: CREATE,
      variables: { input: { name: 'one too many', scope: 'READ' } },
      as: owner.token,
    });
    expect(errorCode(res)).toBe('CONFLICT');
  });
});

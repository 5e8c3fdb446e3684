import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createUser } from '../factories/user.factory';

const PEOPLE = `query P($search: String!, $first: Int) { people(search: $search, first: $first) { id name organisationName } }`;

interface Person {
  id: string;
  name: string;
  organisationName: string;
}

describe('people (mention autocomplete)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should return verified, non-suspended people matching the name, prefix matches first, without emails', async () => {
    const viewer = await createUser(t.db);
    const marcus = await createUser(t.db, { name: 'Qzmira Hall', email: 'qzmira.secret@example.org' });
    const omar = await createUser(t.db, { name: 'Ana Qzmer' });
    await createUser(t.db, { name: 'Qzmaud Unverified', verified: false });
    const suspended = await createUser(t.db, { name: 'Qzmo Suspended' });
    await t.db.query(`UPDATE app_user SET suspended_until = now() + interval '1 day' WHERE id = $1`, [
      suspended.id,
    ]);
    const res = await gql<{ people: Person[] }>(t.url, {
      query: PEOPLE,
      as: viewer.token,
      variables: { search: 'qzm' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.people.map((p) => p.id)).toEqual([marcus.id, omar.id]);
    expect(res.data!.people[0].organisationName).toEqual(expect.any(String));
    expect(JSON.stringify(res.data)).not.toContain('@example.org');
    // Person has no email field at all.
    const email = await gql(t.url, {
      query: `{ people(search: "Qzmira") { id email } }`,
      as: viewer.token,
    });
    expect(email.data).toBeFalsy();
    expect(email.errors?.[0]?.message).toMatch(/email/);
  });

  it('should treat LIKE wildcards literally and cap the number of results', async () => {
    const viewer = await createUser(t.db);
    for (let i = 0; i < 12; i += 1) await createUser(t.db, { name: `Capped Person ${i}` });
    const wildcard = await gql<{ people: Person[] }>(t.url, {
      query: PEOPLE,
      as: viewer.token,
      variables: { search: '%%' },
    });
    expect(wildcard.data!.people).toEqual([]);
    const capped = await gql<{ people: Person[] }>(t.url, {
      query: PEOPLE,
      as: viewer.token,
      variables: { search: 'capped' },
    });
    expect(capped.data!.people).toHaveLength(8);
    const tooMany = await gql(t.url, {
      query: PEOPLE,
      as: viewer.token,
      variables: { search: 'capped', first: 50 },
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('should refuse a search under 2 characters with BAD_USER_INPUT and an anonymous caller with UNAUTHENTICATED', async () => {
    const viewer = await createUser(t.db);
    const short = await gql(t.url, { query: PEOPLE, as: viewer.token, variables: { search: 'm' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors?.[0]?.extensions?.['field']).toBe('search');
    const blank = await gql(t.url, { query: PEOPLE, as: viewer.token, variables: { search: ' m ' } });
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const anonymous = await gql(t.url, { query: PEOPLE, variables: { search: 'marcus' } });
    expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
  });
});

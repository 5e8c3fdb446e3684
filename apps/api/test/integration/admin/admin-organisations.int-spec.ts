import { Role } from '@mic/shared-util';

import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const LIST = `query L($filter: OrganisationsFilter, $first: Int, $after: String) {
  adminOrganisations(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name icss { odsCode } } }
  }
}`;
interface Page {
  adminOrganisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; icss: { odsCode: string }[] } }[];
  };
}

describe('adminOrganisations: the admin list of organisations (issue #15)', () => {
  let t: TestApp;
  let regional: string;
  let icsAdmin: string;
  let member: string;
  const names = {
    qua: 'Admin list Walsall one',
    both: 'Admin list shared',
    qhl: 'Admin list Derby one',
  };

  const list = (as: string | undefined, variables: Record<string, unknown> = {}) =>
    gql<Page>(t.url, {
      query: LIST,
      variables: { first: 50, filter: { search: 'Admin list' }, ...variables },
      as,
    });

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
    await createOrganisation(t.db, { name: names.qua, icsOdsCodes: ['QUA'] });
    await createOrganisation(t.db, { name: names.both, icsOdsCodes: ['QUA', 'QHL'] });
    await createOrganisation(t.db, { name: names.qhl, icsOdsCodes: ['QHL'] });
    regional = (await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] })).token;
    icsAdmin = (await createUser(t.db, { roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] }))
      .token;
    member = (await createUser(t.db)).token;
  });

  afterAll(async () => {
    await t.close();
  });

  const namesOf = (page: Page) => page.adminOrganisations.edges.map((e) => e.node.name).sort();

  it('should show a regional admin every organisation', async () => {
    const res = await list(regional);
    expect(res.errors).toBeUndefined();
    expect(namesOf(res.data!)).toEqual([names.qhl, names.qua, names.both].sort());
    expect(res.data!.adminOrganisations.totalCount).toBe(3);
    const derby = await list(regional, { filter: { search: 'Admin list', icsOdsCode: 'QHL' } });
    expect(namesOf(derby.data!)).toEqual([names.qhl, names.both].sort());
  });

  it("should narrow an ICS admin's list to organisations in their ICS, and never widen it by filter", async () => {
    const res = await list(icsAdmin);
    expect(res.errors).toBeUndefined();
    expect(namesOf(res.data!)).toEqual([names.qua, names.both].sort());
    expect(res.data!.adminOrganisations.totalCount).toBe(2);
    const other = await list(icsAdmin, { filter: { search: 'Admin list', icsOdsCode: 'QHL' } });
    expect(other.errors).toBeUndefined();
    // Only the organisation that is in both their ICS and the one asked for.
    expect(namesOf(other.data!)).toEqual([names.both]);
  });

  it('should refuse members and strangers', async () => {
    expect(errorCode(await list(member))).toBe('FORBIDDEN');
    expect(errorCode(await list(undefined))).toBe('UNAUTHENTICATED');
  });

  it('should read a page in the same number of statements whatever its size', async () => {
    for (let i = 0; i < 6; i += 1)
      await createOrganisation(t.db, { name: `Admin list extra ${i}`, icsOdsCodes: ['QUA'] });
    const small = await countQueries(() => list(icsAdmin, { first: 2 }));
    const large = await countQueries(() => list(icsAdmin, { first: 8 }));
    expect(large.result.data!.adminOrganisations.edges).toHaveLength(8);
    expect(large.count).toBe(small.count);
  });
});

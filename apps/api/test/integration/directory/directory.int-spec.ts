import { Role } from '@mic/shared-util';

import type { TestApp } from '../setup/create-test-app';
import { countQueries, createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';
import { createOrganisation } from '../factories/organisation.factory';
import { createUser } from '../factories/user.factory';

const ORGS = `query Orgs($first: Int, $after: String, $filter: OrganisationsFilter) {
  organisations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name type { key label } icss { odsCode name places { name } } places { name ics { odsCode } } } }
  }
}`;

interface OrgsData {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; icss: { odsCode: string }[] } }[];
  };
}

const REAL_ODS_CODES = ['QHL', 'QUA', 'QWU', 'QJ2', 'QGH', 'QK1', 'QJM', 'QPM', 'QT1', 'QOC', 'QNC'];

describe('directory', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should list the 11 Midlands ICSs with their real ODS codes', async () => {
    const res = await gql<{ icss: { odsCode: string; subRegion: string }[] }>(t.url, {
      query: '{ icss { odsCode subRegion } }',
    });
    expect(res.data?.icss.map((i) => i.odsCode).sort()).toEqual([...REAL_ODS_CODES].sort());
    expect(new Set(res.data?.icss.map((i) => i.subRegion))).toEqual(new Set(['West Midlands', 'East Midlands']));
  });

  it('should return an ICS by ODS code with its places, and null for an unknown code', async () => {
    const res = await gql<{ ics: { name: string; places: { name: string }[] }; none: null }>(t.url, {
      query: '{ ics(odsCode: "QUA") { name places { name } } none: ics(odsCode: "ZZZ") { name } }',
    });
    expect(res.data?.ics.places.map((p) => p.name)).toEqual(['Dudley', 'Sandwell', 'Walsall', 'Wolverhampton']);
    expect(res.data?.none).toBeNull();
  });

  it('should place every ICS on the hex map from the reference data', async () => {
    const res = await gql<{ icss: { odsCode: string; mapHex: { col: number; row: number } | null }[] }>(t.url, {
      query: '{ icss { odsCode mapHex { col row } } }',
    });
    const byCode = new Map(res.data?.icss.map((i) => [i.odsCode, i.mapHex]));
    expect(byCode.get('QUA')).toEqual({ col: 1, row: 1 });
    expect(byCode.get('QJM')).toEqual({ col: 4, row: 0 });
    expect(new Set(res.data?.icss.map((i) => `${i.mapHex?.col},${i.mapHex?.row}`)).size).toBe(11);
  });

  it('should seed the 29 organisations, themes and organisation types', async () => {
    const res = await gql<OrgsData & { themes: unknown[]; organisationTypes: unknown[] }>(t.url, {
      query: '{ organisations(first: 1) { totalCount } themes { key } organisationTypes { key } }',
    });
    expect(res.data?.organisations.totalCount).toBe(29);
    expect(res.data?.themes).toHaveLength(12);
    expect(res.data?.organisationTypes).toHaveLength(11);
  });

  it('should filter organisations by ICS, type and search', async () => {
    const byIcs = await gql<OrgsData>(t.url, { query: ORGS, variables: { first: 50, filter: { icsOdsCode: 'QHL' } } });
    expect(byIcs.data?.organisations.edges.every((e) => e.node.icss.some((i) => i.odsCode === 'QHL'))).toBe(true);
    const search = await gql<OrgsData>(t.url, { query: ORGS, variables: { filter: { search: 'walsall' } } });
    expect(search.data?.organisations.edges.map((e) => e.node.name)).toContain('Walsall College');
    const byType = await gql<OrgsData>(t.url, { query: ORGS, variables: { filter: { type: 'ICB' } } });
    expect(byType.data?.organisations.totalCount).toBe(4);
    const literal = await gql<OrgsData>(t.url, { query: ORGS, variables: { filter: { search: '%' } } });
    expect(literal.data?.organisations.totalCount).toBe(0);
  });

  it('should page through organisations with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const res: { data?: OrgsData | null } = await gql<OrgsData>(t.url, { query: ORGS, variables: { first: 7, after } });
      const conn = res.data!.organisations;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(29);
    expect(new Set(seen).size).toBe(29);
  });

  it('should reject a forged cursor with BAD_USER_INPUT', async () => {
    const res = await gql(t.url, { query: ORGS, variables: { after: 'bm90LWEtY3Vyc29y' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('should issue the same small number of SQL statements for 10 and 50 organisations', async () => {
    for (let i = 0; i < 25; i += 1) await createOrganisation(t.db, { icsOdsCodes: ['QUA', 'QHL'] });
    const LIST = `query($first: Int) { organisations(first: $first) { totalCount edges { node {
      id name type { label } icss { odsCode name } places { name } } } } }`;
    const ten = await countQueries(() => gql(t.url, { query: LIST, variables: { first: 10 } }));
    const fifty = await countQueries(() => gql(t.url, { query: LIST, variables: { first: 50 } }));
    expect((fifty.result.data as unknown as OrgsData).organisations.edges).toHaveLength(50);
    expect(ten.count).toBe(fifty.count);
    expect(fifty.count).toBeLessThanOrEqual(5);
    // Deeper nesting (places of each ICS, the ICS of each place) still does not grow with page size.
    const deepTen = await countQueries(() => gql(t.url, { query: ORGS, variables: { first: 10 } }));
    const deepFifty = await countQueries(() => gql(t.url, { query: ORGS, variables: { first: 50 } }));
    expect(deepTen.count).toBe(deepFifty.count);
  });

  describe('managing organisations', () => {
    const CREATE = `mutation Create($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name emailDomains icss { odsCode } places { name } } }`;
    const UPDATE = `mutation Update($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name emailDomains } }`;

    it('should let an ICS admin create an organisation in their ICS, with domains and places', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] });
      const res = await gql<{ createOrganisation: { emailDomains: string[]; places: { name: string }[] } }>(t.url, {
        query: CREATE,
        as: admin.token,
        variables: { input: { name: 'Dudley Community Kitchen', type: 'VCSE', icsOdsCodes: ['QUA'], placeNames: ['Dudley'], emailDomains: ['DudleyKitchen.org.uk'] } },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createOrganisation.emailDomains).toEqual(['dudleykitchen.org.uk']);
      expect(res.data?.createOrganisation.places).toEqual([{ name: 'Dudley' }]);
    });

    it('should refuse an ICS admin outside their ICS and a member anywhere', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }] });
      const member = await createUser(t.db);
      const input = { name: 'Lincoln Food Bank', type: 'VCSE', icsOdsCodes: ['QJM'] };
      expect(errorCode(await gql(t.url, { query: CREATE, as: admin.token, variables: { input } }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(t.url, { query: CREATE, as: member.token, variables: { input } }))).toBe('FORBIDDEN');
    });

    it('should validate names, types, domains and places', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const bad = [
        [{ name: 'X', type: 'VCSE', icsOdsCodes: ['QUA'] }, 'name'],
        [{ name: 'Good Name', type: 'SPACESHIP', icsOdsCodes: ['QUA'] }, 'type'],
        [{ name: 'Good Name', type: 'VCSE', icsOdsCodes: ['QUA'], emailDomains: ['not a domain'] }, 'emailDomains'],
        [{ name: 'Good Name', type: 'VCSE', icsOdsCodes: ['QUA'], placeNames: ['Lincoln'] }, 'placeNames'],
        [{ name: 'Good Name', type: 'VCSE', icsOdsCodes: ['ZZZ'] }, 'icsOdsCodes'],
      ] as const;
      for (const [input, field] of bad) {
        const res = await gql(t.url, { query: CREATE, as: admin.token, variables: { input } });
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });

    it('should refuse a duplicate name with CONFLICT and audit updates', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const dup = await gql(t.url, { query: CREATE, as: admin.token, variables: { input: { name: 'walsall college', type: 'VCSE', icsOdsCodes: ['QUA'] } } });
      expect(errorCode(dup)).toBe('CONFLICT');
      const org = await createOrganisation(t.db);
      const upd = await gql<{ updateOrganisation: { name: string } }>(t.url, {
        query: UPDATE,
        as: admin.token,
        variables: { input: { id: org.id, name: 'Renamed Organisation', emailDomains: ['renamed.org'] } },
      });
      expect(upd.data?.updateOrganisation.name).toBe('Renamed Organisation');
      const audit: unknown[] = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'organisation.updated' AND target_id = $1`, [org.id]);
      expect(audit).toHaveLength(1);
      const missing = await gql(t.url, { query: UPDATE, as: admin.token, variables: { input: { id: '00000000-0000-4000-8000-000000000000', name: 'Nope Org' } } });
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });
  });
});

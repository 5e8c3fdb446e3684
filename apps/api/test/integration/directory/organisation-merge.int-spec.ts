import { Role } from '@mic/shared-util';

import { OrganisationMergeRegistry } from '../../../src/common/organisation-merge/organisation-merge';
import { createAdoption, createCaseStudy } from '../factories/case-study.factory';
import { createEvent } from '../factories/event.factory';
import { createOrganisation } from '../factories/organisation.factory';
import { createToolkit } from '../factories/toolkit.factory';
import { createUser } from '../factories/user.factory';
import type { TestApp } from '../setup/create-test-app';
import { createTestApp } from '../setup/create-test-app';
import { resetDatabase } from '../setup/db-reset';
import { errorCode, gql } from '../setup/gql';

const PREVIEW = `query Preview($input: MergeOrganisationsInput!) {
  organisationMergePreview(input: $input) { survivor { id } duplicate { id } moves { label count } }
}`;
const MERGE = `mutation Merge($input: MergeOrganisationsInput!) {
  mergeOrganisations(input: $input) { survivor { id emailDomains icss { odsCode } } duplicateId moved { label count } }
}`;

type Counts = { label: string; count: number }[];
const asMap = (counts: Counts) => Object.fromEntries(counts.map((c) => [c.label, c.count]));

describe('merging duplicate organisations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await resetDatabase(t.db);
  });

  afterAll(async () => {
    await t.close();
  });

  it('should have a merge participant for every column that holds an organisation id', async () => {
    const fks: { col: string }[] = await t.db.query(
      `SELECT kcu.table_name || '.' || kcu.column_name AS col
         FROM information_schema.referential_constraints rc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = rc.unique_constraint_name AND ccu.constraint_schema = rc.unique_constraint_schema
        WHERE ccu.table_name = 'organisation' AND kcu.table_schema = 'public'`,
    );
    // Columns that hold organisation ids without a foreign key (arrays, owner ids) are covered too.
    const named: { col: string }[] = await t.db.query(
      `SELECT table_name || '.' || column_name AS col FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'organisation'
          AND (column_name LIKE '%organisation_id' OR column_name LIKE '%organisation_ids')`,
    );
    const covered = t.app.get(OrganisationMergeRegistry).coveredColumns();
    expect(fks.length).toBeGreaterThanOrEqual(9);
    const missing = [...new Set([...fks, ...named].map((r) => r.col))]
      .filter((col) => !covered.has(col))
      .sort();
    expect(missing).toEqual([]);
  });

  describe('a merge', () => {
    it('should move every kind of content to the survivor, keep one row where both had one, and redirect the old id', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const survivor = await createOrganisation(t.db, {
        name: 'Merge Survivor Trust',
        emailDomains: ['survivor.nhs.uk'],
      });
      const duplicate = await createOrganisation(t.db, {
        name: 'Merge Survivor NHS Trust',
        icsOdsCodes: ['QUA', 'QHL'],
        emailDomains: ['dup.nhs.uk'],
      });
      const member = await createUser(t.db, { organisationId: duplicate.id });
      const follower = await createUser(t.db);
      const own = await createCaseStudy(t.db, { organisationId: duplicate.id });
      const other = await createCaseStudy(t.db, { organisationId: survivor.id });
      await t.db.query(
        `INSERT INTO case_study_partner (case_study_id, organisation_id, name) VALUES ($1, $2, 'Dup'), ($1, $3, 'Surv')`,
        [other.id, duplicate.id, survivor.id],
      );
      const adoption = await createAdoption(t.db, {
        caseStudyId: other.id,
        organisationId: duplicate.id,
        icsOdsCode: 'QUA',
      });
      const event = await createEvent(t.db, { organiserId: admin.id });
      await t.db.query(`UPDATE event SET organiser_organisation_id = $1 WHERE id = $2`, [
        duplicate.id,
        event.id,
      ]);
      const toolkit = await createToolkit(t.db, { ownerOrganisationId: duplicate.id });
      await t.db.query(
        `INSERT INTO follow (user_id, target_type, target_id, level)
         VALUES ($1, 'ORGANISATION', $2, 'WATCHING'), ($1, 'ORGANISATION', $3, 'WATCHING'), ($4, 'ORGANISATION', $2, 'WATCHING')`,
        [follower.id, duplicate.id, survivor.id, member.id],
      );
      const [commitment] = (await t.db.query(
        `INSERT INTO commitment (statement, owner_id, cadence, next_update_due) VALUES ('Do it', $1, 'QUARTERLY', current_date + 30) RETURNING id`,
        [admin.id],
      )) as { id: string }[];
      await t.db.query(
        `INSERT INTO commitment_organisation (commitment_id, organisation_id, lead) VALUES ($1, $2, true), ($1, $3, false)`,
        [commitment.id, duplicate.id, survivor.id],
      );
      await t.db.query(
        `UPDATE network SET lead_organisation_ids = ARRAY[$1::uuid, $2::uuid] WHERE id = (SELECT id FROM network LIMIT 1)`,
        [duplicate.id, survivor.id],
      );
      const input = { survivorId: survivor.id, duplicateId: duplicate.id };

      const preview = await gql<{ organisationMergePreview: { moves: Counts } }>(t.url, {
        query: PREVIEW,
        as: admin.token,
        variables: { input },
      });
      expect(preview.errors).toBeUndefined();
      expect(asMap(preview.data!.organisationMergePreview.moves)).toMatchObject({
        members: 1,
        'case studies': 1,
        'case study partnerships': 1,
        adoptions: 1,
        events: 1,
        toolkits: 1,
        follows: 2,
        commitments: 1,
        ICSs: 2,
        'networks led': 1,
      });

      const res = await gql<{
        mergeOrganisations: {
          survivor: { id: string; emailDomains: string[]; icss: { odsCode: string }[] };
          moved: Counts;
        };
      }>(t.url, { query: MERGE, as: admin.token, variables: { input } });
      expect(res.errors).toBeUndefined();
      const merged = res.data!.mergeOrganisations;
      expect(merged.survivor.emailDomains.sort()).toEqual(['dup.nhs.uk', 'survivor.nhs.uk']);
      expect(merged.survivor.icss.map((i) => i.odsCode).sort()).toEqual(['QHL', 'QUA']);
      expect(asMap(merged.moved)).toMatchObject({
        members: 1,
        'case studies': 1,
        adoptions: 1,
        events: 1,
        toolkits: 1,
        follows: 2,
        commitments: 1,
      });

      const q = async (sql: string, params: unknown[]) =>
        ((await t.db.query(sql, params)) as { n: number }[])[0].n;
      expect(
        await q(`SELECT count(*)::int AS n FROM organisation WHERE id = $1`, [duplicate.id]),
      ).toBe(0);
      expect(
        await q(`SELECT count(*)::int AS n FROM app_user WHERE id = $1 AND organisation_id = $2`, [
          member.id,
          survivor.id,
        ]),
      ).toBe(1);
      expect(
        await q(
          `SELECT count(*)::int AS n FROM case_study WHERE id = $1 AND organisation_id = $2`,
          [own.id, survivor.id],
        ),
      ).toBe(1);
      expect(
        await q(`SELECT count(*)::int AS n FROM case_study_partner WHERE case_study_id = $1`, [
          other.id,
        ]),
      ).toBe(1);
      expect(
        await q(`SELECT count(*)::int AS n FROM adoption WHERE id = $1 AND organisation_id = $2`, [
          adoption.id,
          survivor.id,
        ]),
      ).toBe(1);
      expect(
        await q(
          `SELECT count(*)::int AS n FROM event WHERE id = $1 AND organiser_organisation_id = $2`,
          [event.id, survivor.id],
        ),
      ).toBe(1);
      expect(
        await q(
          `SELECT count(*)::int AS n FROM toolkit WHERE id = $1 AND owner_organisation_id = $2`,
          [toolkit.id, survivor.id],
        ),
      ).toBe(1);
      // The follower followed both: one follow is kept; the member's follow moved.
      expect(
        await q(
          `SELECT count(*)::int AS n FROM follow WHERE target_type = 'ORGANISATION' AND target_id = $1`,
          [survivor.id],
        ),
      ).toBe(2);
      // Both were on the commitment: one line, leading because the duplicate led.
      const lines: { lead: boolean }[] = await t.db.query(
        `SELECT lead FROM commitment_organisation WHERE commitment_id = $1`,
        [commitment.id],
      );
      expect(lines).toEqual([{ lead: true }]);
      const [network] = (await t.db.query(
        `SELECT lead_organisation_ids AS ids FROM network WHERE $1 = ANY(lead_organisation_ids)`,
        [survivor.id],
      )) as { ids: string[] }[];
      expect(network.ids).toEqual([survivor.id]);

      // The old id resolves to the survivor (its page redirects).
      const old = await gql<{ organisation: { id: string } }>(t.url, {
        query: `query { organisation(id: "${duplicate.id}") { id } }`,
      });
      expect(old.data?.organisation.id).toBe(survivor.id);

      const audit: {
        actor_id: string;
        details: {
          survivorId: string;
          duplicateId: string;
          before: { duplicate: Record<string, number> };
          moved: Record<string, number>;
        };
      }[] = await t.db.query(
        `SELECT actor_id, details FROM audit_log WHERE action = 'organisation.merged' AND target_id = $1`,
        [survivor.id],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(admin.id);
      expect(audit[0].details).toMatchObject({
        survivorId: survivor.id,
        duplicateId: duplicate.id,
        moved: { members: 1 },
      });
      expect(audit[0].details.before.duplicate.members).toBe(1);

      // A second click: the duplicate is gone.
      expect(
        errorCode(await gql(t.url, { query: MERGE, as: admin.token, variables: { input } })),
      ).toBe('CONFLICT');
    });

    it('should refuse a merge that would lose an adoption, and move nothing', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const survivor = await createOrganisation(t.db);
      const duplicate = await createOrganisation(t.db);
      const member = await createUser(t.db, { organisationId: duplicate.id });
      const cs = await createCaseStudy(t.db, { organisationId: member.organisationId });
      await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: survivor.id,
        icsOdsCode: 'QUA',
      });
      await createAdoption(t.db, {
        caseStudyId: cs.id,
        organisationId: duplicate.id,
        icsOdsCode: 'QUA',
      });
      const res = await gql(t.url, {
        query: MERGE,
        as: admin.token,
        variables: { input: { survivorId: survivor.id, duplicateId: duplicate.id } },
      });
      expect(errorCode(res)).toBe('CONFLICT');
      expect(res.errors?.[0].message).toMatch(/adopted the same case study/);
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND organisation_id = $2`,
        [member.id, duplicate.id],
      );
      expect(rows).toHaveLength(1);
    });

    it('should refuse people without the right, the same organisation twice and malformed ids', async () => {
      const survivor = await createOrganisation(t.db);
      const duplicate = await createOrganisation(t.db);
      const elsewhere = await createOrganisation(t.db, { icsOdsCodes: ['QHL'] });
      const member = await createUser(t.db);
      const icsAdmin = await createUser(t.db, {
        roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
      });
      const input = { survivorId: survivor.id, duplicateId: duplicate.id };
      expect(errorCode(await gql(t.url, { query: MERGE, variables: { input } }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        errorCode(await gql(t.url, { query: MERGE, as: member.token, variables: { input } })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: MERGE,
            as: icsAdmin.token,
            variables: { input: { survivorId: survivor.id, duplicateId: elsewhere.id } },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: PREVIEW,
            as: icsAdmin.token,
            variables: { input: { survivorId: elsewhere.id, duplicateId: duplicate.id } },
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: MERGE,
            as: icsAdmin.token,
            variables: { input: { survivorId: survivor.id, duplicateId: survivor.id } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, {
            query: MERGE,
            as: icsAdmin.token,
            variables: { input: { survivorId: survivor.id, duplicateId: 'not-an-id' } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await gql(t.url, {
            query: MERGE,
            as: icsAdmin.token,
            variables: {
              input: {
                survivorId: survivor.id,
                duplicateId: '00000000-0000-4000-8000-000000000000',
              },
            },
          }),
        ),
      ).toBe('NOT_FOUND');
      // An ICS admin within their ICS may merge.
      const ok = await gql(t.url, { query: MERGE, as: icsAdmin.token, variables: { input } });
      expect(ok.errors).toBeUndefined();
    });
  });

  describe('organisation requests matched to a listed organisation', () => {
    const MATCH = `mutation M($input: MatchOrganisationRequestInput!) {
      matchOrganisationRequest(input: $input) { id status organisation { id } }
    }`;

    it('should approve a request by matching it, once, audited, and ask the requester to join', async () => {
      const listed = await createOrganisation(t.db, { name: 'Walsall Borough Test Council' });
      const requester = await createUser(t.db, { email: `asker-${Date.now()}@example.org` });
      await t.db.query(
        `UPDATE app_user SET organisation_id = NULL, membership_status = NULL WHERE id = $1`,
        [requester.id],
      );
      const [request] = (await t.db.query(
        `INSERT INTO organisation_request (requested_by_id, name, type_key, ics_id)
         VALUES ($1, 'Walsall Council', 'VCSE', (SELECT id FROM ics WHERE ods_code = 'QUA')) RETURNING id`,
        [requester.id],
      )) as { id: string }[];
      const outsider = await createUser(t.db, {
        roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QHL' }],
      });
      const icsAdmin = await createUser(t.db, {
        roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
      });
      const input = { requestId: request.id, organisationId: listed.id };
      expect(
        errorCode(await gql(t.url, { query: MATCH, as: outsider.token, variables: { input } })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(t.url, {
            query: MATCH,
            as: icsAdmin.token,
            variables: { input: { ...input, organisationId: 'nope' } },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      const res = await gql<{
        matchOrganisationRequest: { status: string; organisation: { id: string } };
      }>(t.url, {
        query: MATCH,
        as: icsAdmin.token,
        variables: { input },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.matchOrganisationRequest).toEqual(
        expect.objectContaining({ status: 'CREATED', organisation: { id: listed.id } }),
      );
      expect(
        errorCode(await gql(t.url, { query: MATCH, as: icsAdmin.token, variables: { input } })),
      ).toBe('CONFLICT');
      const asked: { organisation_id: string }[] = await t.db.query(
        `SELECT organisation_id FROM app_user WHERE id = $1`,
        [requester.id],
      );
      expect(asked[0].organisation_id).toBe(listed.id);
      const audit: unknown[] = await t.db.query(
        `SELECT 1 FROM audit_log WHERE action = 'organisation_request.matched' AND target_id = $1`,
        [request.id],
      );
      expect(audit).toHaveLength(1);
    });
  });

  describe('reference data', () => {
    const UPSERT_THEME = `mutation T($input: UpsertReferenceInput!) { upsertTheme(input: $input) { key label description retiredAt } }`;
    const UPSERT_TYPE = `mutation T($input: UpsertReferenceInput!) { upsertOrganisationType(input: $input) { key label retiredAt } }`;

    it('should add, change and retire a theme, audited with before and after', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const created = await gql<{ upsertTheme: { key: string } }>(t.url, {
        query: UPSERT_THEME,
        as: admin.token,
        variables: {
          input: {
            key: 'test_theme',
            label: 'Test theme',
            description: 'About tests.',
            isNew: true,
          },
        },
      });
      expect(created.data?.upsertTheme.key).toBe('TEST_THEME');
      const changed = await gql<{ upsertTheme: { label: string; retiredAt: string | null } }>(
        t.url,
        {
          query: UPSERT_THEME,
          as: admin.token,
          variables: { input: { key: 'TEST_THEME', label: 'Testing theme', retired: true } },
        },
      );
      expect(changed.data?.upsertTheme.label).toBe('Testing theme');
      expect(changed.data?.upsertTheme.retiredAt).not.toBeNull();
      const offered = await gql<{ themes: { key: string }[]; all: { key: string }[] }>(t.url, {
        query: '{ themes { key } all: themes(includeRetired: true) { key } }',
      });
      expect(offered.data?.themes.map((x) => x.key)).not.toContain('TEST_THEME');
      expect(offered.data?.all.map((x) => x.key)).toContain('TEST_THEME');
      const audit: {
        action: string;
        details: { before: { label: string } | null; after: { label: string } };
      }[] = await t.db.query(
        `SELECT action, details FROM audit_log WHERE target_type = 'theme' AND target_id = 'TEST_THEME' ORDER BY id`,
      );
      expect(audit.map((a) => a.action)).toEqual(['theme.created', 'theme.updated']);
      expect(audit[0].details.before).toBeNull();
      expect(audit[1].details.before?.label).toBe('Test theme');
      expect(audit[1].details.after.label).toBe('Testing theme');
    });

    it('should refuse a taken key or label, a blank label, and anyone but a regional admin', async () => {
      const admin = await createUser(t.db, { roles: [{ role: Role.REGIONAL_ADMIN }] });
      const icsAdmin = await createUser(t.db, {
        roles: [{ role: Role.ICS_ADMIN, icsOdsCode: 'QUA' }],
      });
      const [type] = (await t.db.query(
        `SELECT key, label FROM organisation_type ORDER BY key LIMIT 1`,
      )) as { key: string; label: string }[];
      const run = (as: string, input: Record<string, unknown>) =>
        gql(t.url, { query: UPSERT_TYPE, as, variables: { input } });
      expect(
        errorCode(await run(admin.token, { key: type.key, label: 'Something new', isNew: true })),
      ).toBe('CONFLICT');
      expect(
        errorCode(await run(admin.token, { key: 'BRAND_NEW', label: type.label.toUpperCase() })),
      ).toBe('CONFLICT');
      expect(errorCode(await run(admin.token, { key: 'BRAND_NEW', label: ' ' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await run(admin.token, { key: 'no spaces!', label: 'Fine label' }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(errorCode(await run(icsAdmin.token, { key: 'BRAND_NEW', label: 'Fine label' }))).toBe(
        'FORBIDDEN',
      );
    });
  });
});
